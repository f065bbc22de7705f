# SystemExit(2) raised deep in a call stack is not an error: no traceback is printed and
# the exit status is 2.
import sys
def check_args(args):
    if len(args) < 3:
        print("usage: prog A B")
        sys.exit(2)
def main():
    check_args(["prog"])
    print("unreachable")
try:
    check_args(["prog"])
except SystemExit as e:
    print("caught exit", e.code)
main()
