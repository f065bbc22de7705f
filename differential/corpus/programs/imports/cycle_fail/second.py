from .first import FIRST
SECOND = "second"
