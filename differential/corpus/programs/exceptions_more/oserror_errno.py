# OSError picks its subclass from errno, and formats str with errno, strerror and filenames.
for errno in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 99):
    e = OSError(errno, "text")
    print(errno, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, "No such file", "a.txt")
print(type(e).__name__, repr(e), str(e), e.filename, e.filename2)
e = OSError(2, "No such file", "a.txt", None, "b.txt")
print(repr(e), "|", str(e))
e = OSError("just one")
print(repr(e), e.errno, e.strerror, e.filename)
e = OSError(1, 2, 3, 4, 5, 6)
print(repr(e), e.errno, str(e))
print(FileNotFoundError(13, "x").__class__.__name__)
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise FileNotFoundError(2, "gone", "f")
except OSError as e:
    print("caught", type(e).__name__, e)
