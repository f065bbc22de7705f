# sys: exc_info/exception, _getframe, recursion limit, exit status.
import sys
print(sys.getrecursionlimit(), sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.exc_info(), sys.exception())
def depth():
    return sys._getframe(0).f_code.co_name, sys._getframe(1).f_code.co_name
print(depth())
sys.setrecursionlimit(50)
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
sys.setrecursionlimit(1000)
print(sys.intern('ab' + 'cd') is sys.intern('abcd'), sys.maxsize, sys.byteorder)
print(sys.argv[0].endswith('sys_state.py'), sys.version_info >= (3, 11))
sys.displayhook('shown')
print(_)
sys.exit(3)
