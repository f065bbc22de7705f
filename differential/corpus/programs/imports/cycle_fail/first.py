from .second import SECOND
FIRST = "first"
