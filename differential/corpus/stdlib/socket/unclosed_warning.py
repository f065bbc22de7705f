# A socket dropped while open: its finaliser (socket.__del__) warns ResourceWarning naming it,
# then closes the descriptor; a closed socket's finaliser does nothing.
import gc
import os
import socket
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    text = repr(s)
    fd = s.fileno()
    del s
    gc.collect()
    gc.collect()
print([w.category.__name__ for w in caught])
print(all(text in str(w.message) for w in caught), str(caught[0].message).startswith("unclosed"))
try:
    os.fstat(fd)
    print("descriptor still open")
except OSError as e:
    print("descriptor closed:", e.errno)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.close()
    s.__del__()
    print("closed:", caught, s.fileno())
    t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    t.__del__()
    print("explicit:", [w.category.__name__ for w in caught], t.fileno())
print(socket.socket.__del__ is socket.socket.__mro__[1].__dict__["__del__"])
