import os
import os.path
import xml.etree.ElementTree as ET
from collections import OrderedDict as OD, deque
from . import sibling
from .. import parent
from os import *


def f():
    import json
    from sys import argv as av
    return json, av, os
