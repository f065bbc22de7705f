# sys.exit() and sys.exit(None) mean status 0; SystemExit(0) raised directly too.
import sys
for arg in [(), (None,), (0,), (False,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, "->", repr(e.code), repr(e))
try:
    raise SystemExit
except SystemExit as e:
    print("bare", e.code, e.args)
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print("two args", e.code)
print("exiting with 0")
raise SystemExit(0)
