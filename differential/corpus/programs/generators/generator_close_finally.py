def resource(name):
    print("open", name)
    try:
        for i in range(3):
            yield f"{name}{i}"
    finally:
        print("close", name)
for item in resource("a"):
    print(item)
    if item == "a1":
        break
print("after break")
g = resource("b")
print(next(g))
g.close()
print("closed b")
def ignores_exit():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
h = ignores_exit()
next(h)
try:
    h.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def returns_on_exit():
    try:
        yield 1
    except GeneratorExit:
        return "ignored value"
r = returns_on_exit()
next(r)
print(r.close())
unstarted = resource("never")
unstarted.close()
print("unstarted generator closes without running")
