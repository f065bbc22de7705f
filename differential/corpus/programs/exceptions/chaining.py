try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("during") from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("implicit")
except TypeError as t:
    print(repr(t), t.__cause__, repr(t.__context__), t.__suppress_context__)
try:
    try:
        raise OSError("a")
    except OSError:
        raise RuntimeError("b") from None
except RuntimeError as r:
    print(r.__cause__, repr(r.__context__), r.__suppress_context__)
e = ValueError("manual")
e.__cause__ = KeyError("c")
print(e.__suppress_context__, repr(e.__cause__))
try:
    e.__cause__ = "not an exception"
except TypeError as err:
    print(err)
def cycle():
    try:
        raise ValueError("x")
    except ValueError as a:
        try:
            raise a
        except ValueError as b:
            return a is b, b.__context__
print(cycle())
