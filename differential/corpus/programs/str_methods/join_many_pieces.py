# str.join of many pieces (over a thousand: Krait then appends each piece as it reads it):
# the same text, lengths and errors as a join of few, with plain, Latin-1 and wider text,
# lone surrogates meeting at the seams, and an item that is not a str after them.
pieces = ["p%d" % i for i in range(3000)]
joined = ", ".join(pieces)
print(len(joined), joined[:40], joined[-30:], hash(joined) == hash(", ".join(list(pieces))))
print("".join(pieces) == "".join(pieces[:1500]) + "".join(pieces[1500:]))
print(len("é".join(pieces)), len("\u20ac".join(pieces)), "\u20ac".join(pieces)[-12:])
wide = pieces[:2000] + ["\u4e2d\u6587"] + pieces[2000:]
print(len("".join(wide)), "".join(wide)[8885:8897])
seam = ["x"] * 1500 + ["a\ud83d", "\ude00b"] + ["y"] * 1500
s = "".join(seam)
print(len(s), ascii(s[1499:1505]))
s = "\ud800".join(["z"] * 1200 + ["\udc00"])
print(len(s), ascii(s[-4:]))
print(len("".join(["\U0001F600"] * 2000)), ascii("".join(["\U0001F600"] * 2000)[-2:]))
print(len("-".join(tuple(pieces))), len("-".join(iter(pieces))), len("-".join(x for x in pieces)))
for bad in (pieces[:1200] + [5] + pieces, ["\ud800"] * 1100 + [b"x"], ["a"] * 2000 + [None]):
    try:
        "".join(bad)
    except TypeError as e:
        print("TypeError:", e)


class S(str):
    pass


sub = [S("s%d" % i) for i in range(1500)]
r = "/".join(sub)
print(type(r).__name__, len(r), r[:12])
print("".join([""] * 5000) == "", len(" ".join([""] * 5000)))
