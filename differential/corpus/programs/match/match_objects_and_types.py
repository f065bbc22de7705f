class Token:
    __match_args__ = ("kind", "value")
    def __init__(self, kind, value):
        self.kind, self.value = kind, value
def render(tok):
    match tok:
        case Token("num", int(v)) if v < 0:
            return f"negative {v}"
        case Token("num", v):
            return f"number {v}"
        case Token("op", "+" | "-" as op):
            return f"additive {op}"
        case Token("op", op):
            return f"operator {op}"
        case Token(kind=k):
            return f"other token {k}"
        case list() | tuple() as seq:
            return f"sequence of {len(seq)}"
        case dict(items) if not items:
            return "empty dict"
        case bool(b):
            return f"bool {b}"
        case float() | int():
            return "plain number"
        case _:
            return "unknown"
for t in [Token("num", -3), Token("num", 2.5), Token("op", "+"), Token("op", "*"), Token("ws", " "),
          [1, 2], (), {}, {"a": 1}, True, 3, 4.5, None]:
    print(render(t))
