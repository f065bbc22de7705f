# Indices and flags too large for the C types _json reads them into raise CPython's
# OverflowError instead of wrapping around.
import _json
import json


def attempt(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__, e)


scanner = _json.make_scanner(json.JSONDecoder())
for end in (1, 2**63, -2**63 - 1, 2**64, 2**100):
    attempt("scanstring end=%d" % end, lambda: _json.scanstring('"abc"', end))
    attempt("scan_once idx=%d" % end, lambda: scanner('"abc"', end))
for strict in (0, 1, True, 2**31, -2**31 - 1, 2**64, "yes"):
    attempt("scanstring strict=%r" % (strict,), lambda: _json.scanstring('"a\tb"', 1, strict))
