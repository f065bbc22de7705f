# except clause matching, name unbinding, and the TypeErrors of bad raise/except operands.
def classify(exc):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        return "lookup " + type(e).__name__
    except ArithmeticError:
        return "arith"
    except Exception as e:
        return "other " + repr(e)
for exc in (KeyError, IndexError(3), ZeroDivisionError, OverflowError("o"), ValueError):
    print(classify(exc))
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print(e)
err = "kept?"
try:
    raise KeyError
except KeyError as err:
    pass
print("err" in dir())
for bad in (5, "text", object(), int):
    try:
        raise bad
    except TypeError as e:
        print(e)
try:
    try:
        raise ValueError
    except 5:
        pass
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError
    except (ValueError, 5):
        print("tuple matched before the bad member")
except TypeError as e:
    print(e)
class NoInit(Exception):
    def __init__(self):
        super().__init__("built")
try:
    raise NoInit
except NoInit as e:
    print(e.args)
class NeedsArg(Exception):
    def __init__(self, x):
        super().__init__(x)
try:
    raise NeedsArg
except TypeError as e:
    print(e)
try:
    raise ValueError("v") from KeyError
except ValueError as e:
    print(repr(e.__cause__))
try:
    try:
        raise ValueError("first")
    except:
        print("bare except")
        raise
except ValueError as e:
    print("re-raised", e)
try:
    raise
except RuntimeError as e:
    print(e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return True
class Anything(Exception, metaclass=Meta):
    pass
try:
    raise KeyError("k")
except Anything:
    print("instancecheck used")
except KeyError:
    print("instancecheck not used by except")
