# exit and quit, which site.py adds to builtins.
import sys
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__)
try:
    quit('message')
except SystemExit as e:
    print('SystemExit', e.code, e.args, sys.stdin.closed)
print('leaving')
exit(4)
