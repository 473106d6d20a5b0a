"""Shared test vectors of the link: `manifest.json` + one `.bin` per vector, made by `generate.py`."""
