async def simple():
    return 1
c = simple()
print(type(c).__name__, hasattr(c, "__await__"), hasattr(c, "__next__"), hasattr(c, "send"))
try:
    next(c)
except TypeError as e:
    print(e)
try:
    iter(c)
except TypeError as e:
    print(e)
try:
    c.send(1)
except TypeError as e:
    print(e)
try:
    c.send(None)
except StopIteration as e:
    print("value", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(e)
async def raises():
    raise ValueError("inside coroutine")
try:
    raises().send(None)
except ValueError as e:
    print("propagated:", e)
async def awaits_itself():
    return await awaits_itself_holder[0]
awaits_itself_holder = [None]
co = awaits_itself()
awaits_itself_holder[0] = co
try:
    co.send(None)
except (RuntimeError, ValueError) as e:
    print(type(e).__name__, e)
