# A callback run on a thread threading never started (a C library calling back): a dummy
# thread with its own ident, its exception shown by sys.excepthook and kept in sys.last_*.
import _testcapi, threading, sys
out = []
def cb():
    out.append(threading.current_thread().name.startswith('Dummy-'))
    out.append(threading.get_ident() != threading.main_thread().ident)
_testcapi.call_in_temporary_c_thread(cb)
print(out)
_testcapi.call_in_temporary_c_thread(lambda: None, False)
for _ in range(1000):
    _ = threading.local()
_testcapi.join_temporary_c_thread()
def bad():
    raise ValueError("from the C thread")
sys.excepthook = lambda t, v, tb: print("hook:", t.__name__, v)
_testcapi.call_in_temporary_c_thread(bad)
print(sys.last_type.__name__, sys.last_value)
try:
    _testcapi.call_in_temporary_c_thread(cb, "x")
except TypeError as e:
    print("TypeError", e)
print("done")
