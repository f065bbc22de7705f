class Recorder:
    def __init__(self):
        self.calls = []
    def __enter__(self):
        return self
    def __exit__(self, *args):
        self.calls.append(args)
        return True
r = Recorder()
with r:
    pass
with r:
    raise ValueError("v")
with r:
    [][1]
for typ, val, tb in r.calls:
    print(typ.__name__ if typ else typ, repr(val), type(tb).__name__)
class Async:
    async def __aenter__(self):
        return 1
try:
    with Async():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class Enter:
    def __enter__(self):
        return [1, 2]
    def __exit__(self, *a):
        pass
with Enter() as (a, b):
    print(a, b)
with Enter() if True else None as target:
    print(target)
holder = {}
with Enter() as holder["k"]:
    pass
print(holder)
