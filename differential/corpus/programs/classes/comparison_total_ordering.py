class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))
    def __repr__(self):
        return "Version('" + ".".join(map(str, self.parts)) + "')"
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
    def __gt__(self, other):
        return not self <= other
    def __ge__(self, other):
        return not self < other
    def __hash__(self):
        return hash(self.parts)
vs = [Version(v) for v in ["1.10", "1.2", "1.2.1", "0.9", "1.2"]]
print(sorted(vs), max(vs), min(vs), len(set(vs)))
a, b = Version("2.0"), Version("2.0.0")
print(a == b, a < b, a <= b, a > b, a >= b, a != b)
print(Version("3") > Version("2.99"), sorted(vs, reverse=True)[:2], vs.count(Version("1.2")))
