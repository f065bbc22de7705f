# sys.exit("msg"): the message goes to stderr and the exit status is 1.
import sys
print("about to exit with a message")
sys.stdout.flush()
try:
    sys.exit("caught message")
except SystemExit as e:
    print("code is the message:", repr(e.code))
print("still running")
sys.exit("fatal: configuration missing")
