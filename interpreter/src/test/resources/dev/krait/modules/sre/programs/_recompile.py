# Gives the programs beside it CPython's re compiler without importing re/__init__.py, which
# Krait cannot import yet (it needs enum, functools...): a bare 're' package object whose
# __path__ is the installed re package lets re._compiler load. Under CPython, re is usually
# already imported at start-up and is used as it is.
import sys

if 're' not in sys.modules:
    _stdlib = [p for p in sys.path if p.endswith('python3.11') and 'site-packages' not in p][0]
    _re = type(sys)('re')
    _re.__path__ = [_stdlib + '/re']
    sys.modules['re'] = _re

import re._compiler as _compiler
import re._constants as _constants

I = IGNORECASE = _constants.SRE_FLAG_IGNORECASE
M = MULTILINE = _constants.SRE_FLAG_MULTILINE
S = DOTALL = _constants.SRE_FLAG_DOTALL
X = VERBOSE = _constants.SRE_FLAG_VERBOSE
A = ASCII = _constants.SRE_FLAG_ASCII
L = LOCALE = _constants.SRE_FLAG_LOCALE
U = UNICODE = _constants.SRE_FLAG_UNICODE
error = _constants.error


def compile(pattern, flags=0):
    flags = int(flags)
    if isinstance(pattern, str) and not flags & ASCII:
        flags |= UNICODE
    return _compiler.compile(pattern, flags)
