"""What pyproject.toml cannot say: the repository's top-level `models/` folder is the package `edge._models`.

The models stay where their training scripts and cards live; the wheel carries the runtime artifacts (the
package-data patterns in pyproject.toml) inside `edge/_models/`, where `edge.home.models_dir()` finds them.
"""

from setuptools import find_namespace_packages, setup

setup(
    packages=[
        *find_namespace_packages(include=["edge", "edge.*", "firmware_bridge", "firmware_bridge.*"]),
        "edge._models",
    ],
    package_dir={"edge._models": "models"},
)
