# Shared memory blocks and lists, opened twice as another process would open them by name.
from multiprocessing import shared_memory
import _posixshmem
import os
import struct

block = shared_memory.SharedMemory(create=True, size=32)
block.buf[:5] = b"hello"
struct.pack_into("<iq", block.buf, 8, -7, 2**40)
view = shared_memory.SharedMemory(block.name)
print(bytes(view.buf[:5]), struct.unpack_from("<iq", view.buf, 8), view.size >= 32)
view.buf[0] = ord("J")
print(bytes(block.buf[:5]))
view.close()

numbers = shared_memory.ShareableList([3, 1.5, "text", b"raw", None, True])
other = shared_memory.ShareableList(name=numbers.shm.name)
other[0] = 99
other[2] = "TEXT"
print(list(numbers), numbers.count(99), numbers.index("TEXT"), numbers.format)
try:
    numbers[2] = "a string that is far too long for its slot"
except ValueError as e:
    print("ValueError:", e)
other.shm.close()
numbers.shm.close()
numbers.shm.unlink()
block.close()
block.unlink()
try:
    shared_memory.SharedMemory(block.name)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno)

# The module underneath.
name = "/krait-corpus-shm-%d" % id(block)
fd = _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR, mode=0o600)
os.ftruncate(fd, 100)
print(os.fstat(fd).st_size)
os.close(fd)
try:
    _posixshmem.shm_open(name, os.O_CREAT | os.O_EXCL | os.O_RDWR)
except FileExistsError as e:
    print("FileExistsError:", e.strerror, e.filename == name)
_posixshmem.shm_unlink(name)
for call in [lambda: _posixshmem.shm_unlink(name), lambda: _posixshmem.shm_open(b"/x", 0),
             lambda: _posixshmem.shm_open("/x", 1.5)]:
    try:
        call()
    except (OSError, TypeError) as e:
        print(type(e).__name__, e if not isinstance(e, OSError) else e.errno)
