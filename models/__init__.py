"""The shipped models: installed as the package `edge._models`; found through `edge.home.models_dir()`."""
