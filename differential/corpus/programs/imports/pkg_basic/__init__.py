"""A regular package: its __init__ runs once, on first import."""
print("running pkg_basic/__init__.py as", __name__)
VERSION = "1.0"
from .core import add, scale
_private = "hidden from import *"
__all__ = ["add", "VERSION", "scale"]
