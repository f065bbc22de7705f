# Implicit chaining cuts a cycle that the new exception would close, and does not hang on a
# cycle already in the chain. CPython: Python/errors.c _PyErr_SetObject.


def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)


try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, type(exc.__context__).__name__,
      exc.__context__.__context__ is exc.__context__)


class A(Exception):
    pass


class B(Exception):
    pass


class C(Exception):
    pass


class D(Exception):
    pass


class E(Exception):
    pass


try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                try:
                    raise D()
                except D as _d:
                    d = _d
                    e = E()
                    raise e
except E as caught:
    print(caught is e, e.__context__ is d, d.__context__ is c, c.__context__ is b,
          b.__context__ is a, a.__context__ is c)

# raising an exception already in the chain unlinks it there
try:
    try:
        raise A()
    except A as _first:
        first = _first
        try:
            raise B()
        except B:
            raise first
except A as again:
    print(again is first, type(again.__context__).__name__,
          again.__context__.__context__)
