# sys.exit() with a non-integer, non-None object prints its str to stderr and exits with 1.
import sys
print(SystemExit("a", "b").code, SystemExit().code, SystemExit(None).code)
for obj in ["text", 2.5, None, [1]]:
    try:
        sys.exit(obj)
    except SystemExit as e:
        print(type(e.code).__name__, repr(e.code), str(e))
print("exiting with a list")
sys.exit([1, "two", 3.0])
