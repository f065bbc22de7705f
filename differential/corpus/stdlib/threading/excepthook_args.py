# _thread._ExceptHookArgs is a struct sequence (what threading.excepthook receives): its fields
# by name and index, its class attributes, its repr, and the errors of its constructor.
import _thread
import threading

A = _thread._ExceptHookArgs
print(A.__module__, A.__name__, A.n_fields, A.n_sequence_fields, A.n_unnamed_fields)
print(A.__match_args__)
a = A([ValueError, ValueError("v"), None, "t"])
print(a)
print(a.exc_type, a.exc_value, a.exc_traceback, a.thread, a[3], len(a), tuple(a)[:1])
match a:
    case A(exc_type=t, thread=th):
        print("matched", t.__name__, th)
for bad in ([1, 2, 3], [1, 2, 3, 4, 5], 7):
    try:
        A(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    a.thread = None
except AttributeError as e:
    print("AttributeError", e)
print(threading.ExceptHookArgs is A)
seen = []
threading.excepthook = lambda args: seen.append((type(args).__name__, args.exc_type.__name__))
t = threading.Thread(target=lambda: 1 / 0)
t.start()
t.join()
print(seen)
