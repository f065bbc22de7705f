class Path(str):
    def __truediv__(self, other):
        return Path(self.rstrip("/") + "/" + other)
    @property
    def name(self):
        return self.rsplit("/", 1)[-1]
    @property
    def parent(self):
        return Path(self.rsplit("/", 1)[0])
p = Path("/usr") / "local" / "bin"
print(p, p.name, p.parent, p.parent.parent, type(p).__name__, type(p.upper()).__name__)
print(p.startswith("/usr"), p.split("/"), len(p), p == "/usr/local/bin", hash(p) == hash("/usr/local/bin"))
class Caseless(str):
    def __eq__(self, other):
        return self.lower() == str(other).lower()
    def __hash__(self):
        return hash(self.lower())
print(Caseless("Hello") == "HELLO", "HELLO" == Caseless("Hello"), Caseless("x") in {"X": 1})
print({Caseless("A"): 1}.get(Caseless("a")), Caseless("a") != "A")
class Tagged(str):
    def __new__(cls, value, tag):
        obj = super().__new__(cls, value)
        obj.tag = tag
        return obj
t = Tagged("text", "note")
print(t, t.tag, t + "!", (t + "!").__class__.__name__, repr(t), f"{t:>6}")
