match = [1, 2]
case = "case value"
print(match, case)
match match:
    case [1, 2]:
        print("matched list named match")
_ = "underscore"
match _:
    case "underscore":
        print("matched", _)
type = 3
print(type)
del type
def match_fn(match):
    return match * 2
print(match_fn(4))
match (1, 2):
    case (1, x) | (x, 1):
        print("or with same names", x)
match {"k": "v"}:
    case {"k": "v"} if (bound := True):
        print("walrus in guard", bound)
