# An object keeps its id() in __del__ and after a resurrection, as it keeps its address in
# CPython: code that records id(self) at creation finds it again when finalizing
import gc

created = {}
finalized = []
survivors = []


class Tracked:
    def __init__(self, name):
        self.name = name
        created[id(self)] = name

    def __del__(self):
        finalized.append(created.get(id(self), "unknown id"))


class Resurrector(Tracked):
    def __del__(self):
        super().__del__()
        survivors.append(self)


gc.disable()
a = Tracked("cycle")
a.me = a
del a
b = Resurrector("resurrected")
b.me = b
before = id(b)
del b
gc.collect()
print(sorted(finalized))
print(len(survivors), id(survivors[0]) == before, survivors[0].name)
survivors.clear()
gc.collect()
print(sorted(finalized))
gc.enable()
