# __cause__, __context__ and __suppress_context__ as raise sets them.
def show(e):
    print(type(e).__name__, repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise ValueError("v") from z
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("v") from None
except ValueError as e:
    show(e)
try:
    try:
        {}["k"]
    except KeyError:
        raise TypeError("t")
except TypeError as e:
    show(e)
try:
    raise ValueError("x") from KeyError("cause")
except ValueError as e:
    show(e)
try:
    raise ValueError from TypeError
except ValueError as e:
    show(e)
try:
    raise ValueError from 5
except TypeError as e:
    print(e)
e = ValueError()
e.__cause__ = KeyError()
print(e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
try:
    e.__context__ = 5
except TypeError as t:
    print(t)
try:
    e.__cause__ = 5
except TypeError as t:
    print(t)
# a handler re-raising the same exception does not chain it to itself
try:
    try:
        raise KeyError("same")
    except KeyError as k:
        raise k
except KeyError as k:
    print(k.__context__)
# context cycles are broken
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as a:
    print(repr(a.__context__), repr(a.__context__.__context__))
