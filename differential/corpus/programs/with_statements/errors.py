class NoExit:
    def __enter__(self):
        return self
class NoEnter:
    def __exit__(self, *a):
        pass
for cls in (NoExit, NoEnter, int):
    try:
        with cls():
            pass
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")
    def __exit__(self, *a):
        print("exit is not called")
try:
    with FailingEnter():
        print("body not run")
except RuntimeError as e:
    print(e)
class FailingExit:
    def __enter__(self):
        return self
    def __exit__(self, typ, val, tb):
        raise ValueError(f"exit failed during {typ.__name__ if typ else None}")
try:
    with FailingExit():
        raise KeyError("body")
except ValueError as e:
    print(e, "| context:", repr(e.__context__))
class Truthy:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return "non-empty string suppresses"
with Truthy():
    1 / 0
print("suppressed by truthy value")
