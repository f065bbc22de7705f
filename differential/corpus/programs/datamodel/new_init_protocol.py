# __new__ / __init__ protocol and their argument errors
class NoInit:
    pass
class OnlyInit:
    def __init__(self, a):
        self.a = a
class OnlyNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj
class Both:
    def __new__(cls, *a, **k):
        return super().__new__(cls)
    def __init__(self, *a, **k):
        super().__init__()
def attempt(label, f):
    try:
        r = f()
        print(label, "ok", type(r).__name__)
    except TypeError as e:
        print(label, type(e).__name__, e)
attempt("NoInit()", lambda: NoInit())
attempt("NoInit(1)", lambda: NoInit(1))
attempt("NoInit(k=1)", lambda: NoInit(k=1))
attempt("OnlyInit(1)", lambda: OnlyInit(1))
attempt("OnlyInit()", lambda: OnlyInit())
attempt("OnlyNew(1, 2)", lambda: OnlyNew(1, 2))
attempt("Both(1, x=2)", lambda: Both(1, x=2))
attempt("object(1)", lambda: object(1))
attempt("object.__new__(NoInit, 1)", lambda: object.__new__(NoInit, 1))
attempt("object.__new__(OnlyNew, 1)", lambda: object.__new__(OnlyNew, 1))
attempt("object.__init__(NoInit(), 1)", lambda: object.__init__(NoInit(), 1))
attempt("object.__init__(OnlyInit(1), 1)", lambda: object.__init__(OnlyInit(1), 1))
attempt("object.__new__(int)", lambda: object.__new__(int))
attempt("object.__new__(1)", lambda: object.__new__(1))
class InitCallsSuper:
    def __init__(self, x):
        super().__init__(x)
attempt("InitCallsSuper(1)", lambda: InitCallsSuper(1))
class NewCallsSuper:
    def __new__(cls, x):
        return super().__new__(cls, x)
attempt("NewCallsSuper(1)", lambda: NewCallsSuper(1))
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(ReturnsOther())
class InitReturns:
    def __init__(self):
        return 1
attempt("InitReturns()", lambda: InitReturns())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs again")
print(Singleton() is Singleton())
class Sub(OnlyInit):
    pass
print(Sub(7).a, type(Sub.__new__).__name__, Sub.__new__ is object.__new__)
print(type(OnlyNew.__dict__["__new__"]).__name__)
