class Verbose(type):
    def __call__(cls, *args, **kwargs):
        print(f"Verbose.__call__({cls.__name__}, {args}, {kwargs})")
        obj = cls.__new__(cls, *args, **kwargs)
        if isinstance(obj, cls):
            print("calling __init__")
            obj.__init__(*args, **kwargs)
        return obj
class Thing(metaclass=Verbose):
    def __new__(cls, *args, **kwargs):
        print("Thing.__new__")
        return super().__new__(cls)
    def __init__(self, value, *, flag=False):
        print("Thing.__init__", value, flag)
        self.value = value
t = Thing(5, flag=True)
print(t.value)
class Other(metaclass=Verbose):
    def __new__(cls, x):
        return x * 2
print(Other(21))
print(type.__call__(Thing, 1).value)
