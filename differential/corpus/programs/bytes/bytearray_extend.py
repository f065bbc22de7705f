# bytearray.extend takes a buffer or an iterable of ints; an int, a str or None is neither.
class Ints:
    def __iter__(self):
        return iter([104, 105])


for value in [b"xy", bytearray(b"z"), memoryview(b"mv"), [1, 2], (65,), range(66, 68),
              (x for x in [67]), Ints(), 3, None, 3.5, "abc", [300], ["a"]]:
    target = bytearray(b"q")
    try:
        target.extend(value)
        print(type(value).__name__, target)
    except Exception as e:
        print(type(value).__name__, type(e).__name__, e)
