# sys._current_frames() and sys._current_exceptions(): per running thread (keyed by its
# get_ident()) the top frame, and the exc_info triple of the exception it handles.
import sys
import threading

started = threading.Event()
release = threading.Event()


def worker():
    try:
        raise KeyError("in worker")
    except KeyError:
        started.set()
        release.wait()


t = threading.Thread(target=worker)
t.start()
started.wait()
main = threading.get_ident()
frames = sys._current_frames()
print(sorted(frames) == sorted([main, t.ident]))
print(frames[main].f_code.co_name, frames[t.ident].f_code.co_name)
print(frames[t.ident].f_back.f_code.co_name)
excs = sys._current_exceptions()
print(excs[main])
print(excs[t.ident][0], repr(excs[t.ident][1]), type(excs[t.ident][2]).__name__)
try:
    1 / 0
except ZeroDivisionError:
    print(sys._current_exceptions()[main][0])
release.set()
t.join()
print(list(sys._current_frames()) == [main], list(sys._current_exceptions().values()))
