# print() with every keyword: sep, end, file, flush; run through Krait's launcher.
import sys
print()
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ", end=".\n")
print("no newline", end="")
print(" -- continued")
print(1, 2.5, None, True, [1], {"k": "v"}, (1,), sep="|")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print(*range(5), sep="-")
print("x", sep=None, end=None)
print("file None", file=None)
for bad in [dict(sep=5), dict(end=[]), dict(file=5), dict(bogus=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
class W:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
w = W()
print("into", "object", file=w, sep="_", end="!")
print(w.parts)
print("é", "😀", "\t", repr("\n"))
print("", end="")
print("last")
