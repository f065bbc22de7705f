# Objects with __del__ that are still alive when the program ends are finalized at exit, as
# CPython's teardown of the modules does: the objects the globals name, oldest first; then what
# they hold (a list's items last first, an object's attributes, a class's attributes); a
# TextIOWrapper over a GzipFile is flushed before the GzipFile writes its trailer. An error in
# __del__ at exit is reported as "Exception ignored", without source lines.
import gzip
import os
import sys
import tempfile


class Resource:
    def __init__(self, name, held=None):
        self.name = name
        self.held = held

    def __del__(self):
        print("closing", self.name, "finalizing:", sys.is_finalizing())


class Faulty:
    def __del__(self):
        raise RuntimeError("cannot close")


first = Resource("first")
second = Resource("second", first)
inner = Resource("inner")
outer = Resource("outer", inner)
del inner
pool = [Resource("pooled-1"), Resource("pooled-2"), Resource("pooled-3")]
table = {"a": Resource("in-dict-a"), "b": Resource("in-dict-b")}
broken = Faulty()


class Registry:
    default = Resource("class-attribute")


class Reporter:
    def __del__(self):
        print("reporter sees the program's globals:", type(path).__name__)


reporter = Reporter()
swapped_a = Resource("made-third-last")
swapped_b = Resource("made-second-last")
swapped_a, swapped_b = swapped_b, swapped_a

# A child writes through a TextIOWrapper over a GzipFile it never closes; the parent reads the
# file back after the child's exit.
directory = tempfile.mkdtemp()
path = os.path.join(directory, "data.txt.gz")
child = (
    "import gzip, sys\n"
    "compressed = gzip.open(sys.argv[1], 'wt', encoding='utf-8')\n"
    "compressed.write('text that only the exit writes\\n')\n"
)
import subprocess  # noqa: E402

subprocess.run([sys.executable, "-S", "-c", child, path], check=True)
with gzip.open(path, "rt", encoding="utf-8") as f:
    print("child wrote:", repr(f.read()))
os.remove(path)
os.rmdir(directory)

print("main body done")
