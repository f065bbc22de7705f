class Singleton:
    _instance = None
    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            print("created")
        return cls._instance
    def __init__(self, value):
        print("init", value)
        self.value = value
a = Singleton(1)
b = Singleton(2)
print(a is b, a.value)
class NotMine:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(NotMine())
class Tracker:
    def __new__(cls, *a, **k):
        print("new", cls.__name__, a, k)
        return super().__new__(cls)
    def __init__(self, x, y=0):
        print("init", x, y)
Tracker(1, y=2)
try:
    object.__new__(Tracker, 1)
    print("object.__new__ ignores extra args when __new__ is overridden")
except TypeError as e:
    print(e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(e)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(e)
try:
    object.__init__(NoInit(), 1)
except TypeError as e:
    print(e)
