from os import (path, sep
x = 1
