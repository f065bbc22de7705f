values = [0, -1, 2 ** 70, 0.1, -0.0, 1e100, float("inf"), 1j, "s", "it's", 'a"b', b"\x00",
          None, True, [1, [2]], (1,), {1: "a"}, {1, 2}, frozenset({3}), range(1, 5, 2), slice(1, 2),
          ..., NotImplemented, bytearray(b"ab")]
for v in values:
    r = repr(v)
    try:
        back = eval(r)
        same = back == v or (v != v and back != back)
    except Exception as e:
        back, same = type(e).__name__, False
    print(f"{r:28} {str(v):28} {same}")
