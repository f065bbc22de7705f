import sys
class Color:
    RED = "red"
    GREEN = "green"
def paint(c):
    match c:
        case Color.RED:
            return "stop"
        case Color.GREEN:
            return "go"
        case ("yellow" | "amber") as caution:
            return f"caution ({caution})"
        case [("a" | "b") as letter, *_]:
            return f"list starting with {letter}"
        case {"c": [1, *_] as lst}:
            return f"mapping with {lst}"
        case _:
            return "?"
for c in ["red", "green", "amber", ["b", 1], {"c": [1, 2]}, "blue"]:
    print(paint(c))
match sys.version_info[:2]:
    case (3, minor) if minor >= 10:
        print("match statements available")
def classify(n):
    match n:
        case int() if n < 0:
            return "negative"
        case 0:
            return "zero"
        case int():
            return "positive"
print([classify(n) for n in (-5, 0, 5)])
