from ..core import add
from . import PARENT_VERSION
from .. import core
def shout(s):
    return s.upper() + "!"
def summary():
    return f"add={add(2, 3)} factor={core.FACTOR} parent={PARENT_VERSION} name={__name__}"
