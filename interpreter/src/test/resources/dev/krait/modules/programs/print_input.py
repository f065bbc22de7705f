# print's keywords, file objects and input() over stdin.
import sys
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
    def flush(self): self.parts.append('<flush>')
w = W()
print('a', 'b', sep='-', end='!', file=w, flush=True)
print(w.parts)
print(1, 2, sep=None, end=None)
print('x', 'y', sep='')
print()
print(isinstance(True, int), issubclass(bool, (str, int)), callable(print), hasattr(w, 'parts'))
print(getattr(w, 'nope', 'dflt'), ascii('héllo'), repr('x'), chr(9731), ord('☃'))
print(sum([0.1] * 10), sum([1, 2], start=10), divmod(-7, 2), pow(3, -1, 7), round(2.675, 2))
print(input('name? '), input())
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdout.write('written\n')
print('to stderr', file=sys.stderr)
try:
    print(1, sep=2)
except TypeError as e:
    print(e)
