class Spam:
    __private = 1
    __dunder__ = 2
    _single = 3

    def __method(self, __arg):
        __local = __arg
        import __module.sub
        import os.path as __alias
        return self.__private, __local, __module, __alias

    class __Inner:
        def f(self):
            return __private


class _Under:
    __x = 1

    def g(self, __y):
        return lambda __z=__y: (__z, __x)


class ___:
    __kept = 1


class Outer:
    def method(self):
        class Inner:
            __v = 1
        return [__w for __w in range(3)]
