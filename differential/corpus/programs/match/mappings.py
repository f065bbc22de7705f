def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown type {t}"
        case {}:
            return "empty mapping"
        case _:
            return "not a mapping"
events = [{"type": "click", "pos": (1, 2)}, {"type": "key", "key": "a", "mod": "shift"},
          {"type": "scroll", "dy": 3}, {}, {"pos": 1}, [("type", "click")], "click"]
for e in events:
    print(handle(e))
class Mapping(dict):
    pass
match Mapping(a=1):
    case {"a": 1}:
        print("dict subclass matches")
match {"a": 1, "b": 2}:
    case {"a": 1, **rest}:
        print("rest", rest)
