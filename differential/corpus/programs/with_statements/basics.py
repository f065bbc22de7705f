class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, typ, val, tb):
        print("exit", self.name, typ.__name__ if typ else None, val, tb is not None)
        return self.suppress
with Ctx("a") as value:
    print("body", value)
with Ctx("b", suppress=True):
    raise ValueError("suppressed")
print("after suppressed")
try:
    with Ctx("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", e)
with Ctx("d") as d, Ctx("e") as e:
    print("two managers", d, e)
with (Ctx("f") as f,
      Ctx("g")):
    print("parenthesised", f)
def early():
    with Ctx("h"):
        return "returned from with"
print(early())
for i in range(2):
    with Ctx(f"loop{i}"):
        if i == 0:
            continue
        break
