# Found by the whole-program fuzzer (RunCampaignTest): multiplying a sequence by a non-int says
# "can't multiply sequence by non-int of type 'T'" (Krait: "unsupported operand type(s) for *").
attempts = [
    ("'a' * 'b'", lambda: 'a' * 'b'),
    ("[1] * 2.0", lambda: [1] * 2.0),
    ("(1,) * [2]", lambda: (1,) * [2]),
    ("2.5 * 'x'", lambda: 2.5 * 'x'),
    ("'x' * None", lambda: 'x' * None),
    ("{} * 2", lambda: {} * 2),
    ("None * 2", lambda: None * 2),
]
for text, f in attempts:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)
s = 'ab'
try:
    s *= 'c'
except TypeError as e:
    print("s *= 'c' ->", e)
print('ab' * 3, [0] * 2, (1, 2) * 0, 3 * 'x', True * 'y')
