# sys.exit(3): the exit status is 3, nothing is printed, and finally blocks run on the way out.
import sys
def shutdown():
    try:
        print("shutting down")
        sys.exit(3)
    finally:
        print("finally runs before exit")
try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit", e.code, e.args, repr(e))
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
shutdown()
print("never printed")
