# Found by the whole-program fuzzer (RunCampaignTest): a list or dict as a dict key, a set
# element or an argument of hash() raises "TypeError: unhashable type: 'list'" (Krait built
# {[1]: 2} and hashed [] to a number).
attempts = [
    ("{[1]: 2}", lambda: {[1]: 2}),
    ("hash([])", lambda: hash([])),
    ("hash({})", lambda: hash({})),
    ("d[[1]] = 2", lambda: {}.__setitem__([1], 2)),
    ("dict([([1], 2)])", lambda: dict([([1], 2)])),
    ("{(1, [2]): 3}", lambda: {(1, [2]): 3}),
    ("[1] in {}", lambda: [1] in {}),
    ("{}.get([1])", lambda: {}.get([1])),
]
for text, f in attempts:
    try:
        print(text, "->", f())
    except TypeError as e:
        print(text, "->", type(e).__name__, e)
print(hash((1, 2)) == hash((1, 2)), {(1, 2): 'ok'}[(1, 2)])
