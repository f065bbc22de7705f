def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case "hello":
            return "greeting"
        case True:
            return "true"
        case None:
            return "none"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case b"bytes":
            return "bytes"
        case other:
            return f"other {other!r}"
for v in [0, 2, "hello", True, None, -1, 1.5, b"bytes", 1.0, 99, [1], False]:
    print(repr(v), "->", describe(v))
match 5:
    case _:
        print("wildcard always matches")
x = 42
match x:
    case n if n > 40:
        print("guard true", n)
    case n:
        print("fallback", n)
print(n)
