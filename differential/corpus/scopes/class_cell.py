class A:
    def f(self):
        return super().f()

    def g(self):
        return __class__

    def h(self):
        def inner():
            return super()
        return inner

    x = [super for _ in range(2)]


class B:
    def __class__(self):
        return 1

    def m(self):
        return __class__


class C:
    __class__ = 1

    def m(self):
        __class__ = 2
        return __class__
