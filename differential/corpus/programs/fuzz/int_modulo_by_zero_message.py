# Found by the whole-program fuzzer (RunCampaignTest, e.g. seed 2 without sets): CPython 3.11
# says "integer modulo by zero" for % and "integer division or modulo by zero" for // and divmod.
big = 10 ** 30
cases = [
    ("7 % 0", lambda: 7 % 0),
    ("7 // 0", lambda: 7 // 0),
    ("divmod(7, 0)", lambda: divmod(7, 0)),
    ("-big % 0", lambda: -big % 0),
    ("big // 0", lambda: big // 0),
    ("7.5 % 0.0", lambda: 7.5 % 0.0),
    ("7.5 // 0.0", lambda: 7.5 // 0.0),
]
for text, f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(text, "->", e)
n = 5
try:
    n %= 0
except ZeroDivisionError as e:
    print("%=", e)
try:
    print(n % (n - n))
except ZeroDivisionError as e:
    print("division:", e)
