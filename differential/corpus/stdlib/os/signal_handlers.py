# _signal: handlers set, queried and run on raise_signal, with CPython's errors.
import _signal

calls = []
def handler(signum, frame):
    calls.append(signum)
    print("handled", signum, frame is not None)

print(_signal.getsignal(_signal.SIGUSR1) == _signal.SIG_DFL)
print(_signal.getsignal(_signal.SIGINT) is _signal.default_int_handler)
print(_signal.getsignal(_signal.SIGPIPE) == _signal.SIG_IGN)
old = _signal.signal(_signal.SIGUSR1, handler)
print("old:", old)
_signal.raise_signal(_signal.SIGUSR1)
print("after raise", calls)
print(_signal.signal(_signal.SIGUSR1, _signal.SIG_IGN) is handler)
_signal.raise_signal(_signal.SIGUSR1)
print("ignored", calls)
_signal.signal(_signal.SIGUSR1, _signal.SIG_DFL)
def failing(signum, frame):
    raise RuntimeError("from handler %d" % signum)
_signal.signal(_signal.SIGUSR2, failing)
try:
    _signal.raise_signal(_signal.SIGUSR2)
except RuntimeError as e:
    print("raised:", e)
_signal.signal(_signal.SIGUSR2, _signal.SIG_DFL)
try:
    _signal.default_int_handler(2, None)
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", e.args)
for args in [(0, handler), (_signal.NSIG, handler), (_signal.SIGUSR1, 5),
             (_signal.SIGUSR1, "x"), (_signal.SIGKILL, handler)]:
    try:
        _signal.signal(*args)
    except (ValueError, TypeError, OSError) as e:
        print(type(e).__name__, e)
print(_signal.strsignal(_signal.SIGTERM), _signal.strsignal(_signal.SIGINT))
print(len(_signal.valid_signals()), _signal.NSIG, _signal.SIGRTMIN, _signal.SIGRTMAX)
print(_signal.SIGINT, _signal.SIGTERM, _signal.SIGCHLD, _signal.SIGALRM)
