class Yield:
    def __await__(self):
        return (yield "paused")
async def guarded():
    try:
        await Yield()
    except ValueError as e:
        return f"handled {e}"
    finally:
        print("cleanup")
g = guarded()
print(g.send(None))
try:
    g.throw(ValueError("bad"))
except StopIteration as e:
    print(e.value)
g2 = guarded()
g2.send(None)
g2.close()
print(g2.cr_frame)
async def uncaught():
    await Yield()
u = uncaught()
u.send(None)
try:
    u.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    async def bad_await():
        await 5
    bad_await().send(None)
except TypeError as e:
    print(e)
class NotIterAwait:
    def __await__(self):
        return 5
async def use():
    await NotIterAwait()
try:
    use().send(None)
except TypeError as e:
    print(e)
