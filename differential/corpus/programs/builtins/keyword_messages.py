# an unknown keyword argument to a builtin, and keywords to a constructor that takes none
for f in [lambda: complex(x=1), lambda: int(x=1), lambda: [].sort(x=1), lambda: "".split(x=1), lambda: sorted([], x=1), lambda: float(x=1), lambda: str(x=1), lambda: range(x=1), lambda: {}.pop(x=1), lambda: max([1], x=1), lambda: bytes(x=1), lambda: "".encode(x=1), lambda: divmod(x=1)]:
    try: f()
    except TypeError as e: print(e)
