for op in ["1 / 0", "1 // 0", "1 % 0", "divmod(1, 0)", "0 ** -1", "pow(2, -1, 4)",
           "10 ** 100 // 0", "5 % 0.0", "pow(2, 3, 0)", "1.0 / 0"]:
    try:
        print(op, eval(op))
    except Exception as e:
        print(op, "->", type(e).__name__ + ":", e)
try:
    x = 0
    x //= 0
except ZeroDivisionError as e:
    print("augmented", e, e.args)
try:
    pow(2, 0.5, 3)
except TypeError as e:
    print(e)
try:
    2 ** "3"
except TypeError as e:
    print(e)
try:
    "3" + 3
except TypeError as e:
    print(e)
try:
    3 + "3"
except TypeError as e:
    print(e)
try:
    -"x"
except TypeError as e:
    print(e)
try:
    ~1.5
except TypeError as e:
    print(e)
