print("b: start")
from . import a
print("b: a is partially initialised, has A_DONE:", hasattr(a, "A_DONE"))
DONE = True
