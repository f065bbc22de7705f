# A SyntaxError's report names its file as str(filename): a bytes name shows as b'...', None
# as <string>, and any other object through its str().
import sys


class Name:
    def __str__(self):
        return "named-by-str.py"


for filename in (b"bytes_filename", None, Name(), "plain.py"):
    try:
        raise SyntaxError("msg", (filename, 123, 3, "some text\n"))
    except SyntaxError:
        sys.excepthook(*sys.exc_info())

raise SyntaxError("last", (b"uncaught.py", 7, 1, "x = (\n"))
