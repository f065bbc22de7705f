def shape(seq):
    match seq:
        case []:
            return "empty"
        case [x]:
            return f"one: {x}"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *_, last] if first == last:
            return f"same ends {first}"
        case [first, *rest]:
            return f"first {first}, rest {rest}"
for s in [[], [1], (1, 2), [1, 2, 1], [1, 2, 3, 4], "ab", range(3), iter([1])]:
    print(repr(s) if not hasattr(s, "__next__") else "iterator", "->", shape(s))
match [1, [2, 3], (4, 5)]:
    case [a, [b, c], (d, e)]:
        print("nested", a, b, c, d, e)
match (1, 2, 3):
    case (1, *middle, 3):
        print("middle", middle, type(middle).__name__)
match "text":
    case [*chars]:
        print("strings are not sequences here")
    case str() as s:
        print("str matched", s)
match b"ab":
    case [97, 98]:
        print("bytes as sequence?")
    case _:
        print("bytes are not sequences for match")
