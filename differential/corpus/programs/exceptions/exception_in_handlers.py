def process(items):
    results = []
    for item in items:
        try:
            results.append(10 // item)
        except ZeroDivisionError:
            results.append("div0")
        except TypeError as e:
            results.append(f"type: {e}")
            continue
        finally:
            results.append("|")
    return results
print(process([1, 0, "x", 5]))
def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        try:
            raise KeyError("second")
        except KeyError as k:
            return repr(k.__context__)
print(handler_raises())
try:
    try:
        raise ValueError("a")
    except ValueError as a:
        raise TypeError("b") from a
except TypeError as t:
    print(t.__cause__ is t.__context__)
stack = []
def depth(n):
    try:
        if n == 0:
            raise LookupError("bottom")
        depth(n - 1)
    finally:
        stack.append(n)
try:
    depth(4)
except LookupError as e:
    print(stack, e)
