class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *rest):
        return self.n + x + sum(rest)
add = Adder(10)
print(add(1), add(1, 2, 3), callable(add), callable(Adder), callable(5), callable(print))
class Truthy:
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
class Sized:
    def __len__(self):
        return 0
print(bool(Truthy(True)), bool(Truthy(False)), bool(Sized()), not Sized(), bool(object()))
if Truthy(False) or Sized():
    print("no")
else:
    print("both falsy")
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print(e)
class BadLen:
    def __len__(self):
        return -1
try:
    bool(BadLen())
except ValueError as e:
    print(e)
try:
    len(BadLen())
except ValueError as e:
    print(e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print(e)
five = 5
try:
    five()
except TypeError as e:
    print(e)
