for expr in ["2.0 ** 2000", "10.0 ** 400", "1e308 * 10", "float(10 ** 400)", "int(1e400)",
             "math_like_exp(1000)", "(-2.0) ** 1025", "[0] * (2 ** 62)", "'x' * (2 ** 62)",
             "range(2 ** 64)[2 ** 63]", "len(range(2 ** 64))", "(1).to_bytes(0, 'big')",
             "bytes(2 ** 62)", "chr(2 ** 40)", "round(1.5, 2 ** 70)"]:
    try:
        value = eval(expr, {"math_like_exp": lambda n: 2.718281828459045 ** n})
        print(expr, "=", value if not isinstance(value, (list, str)) else len(value))
    except (OverflowError, MemoryError, ValueError, IndexError) as e:
        print(expr, "->", type(e).__name__ + ":", e)
print((2 ** 63 - 1).to_bytes(8, "big"), (-(2 ** 63)).to_bytes(8, "big", signed=True))
try:
    (2 ** 63).to_bytes(8, "big", signed=True)
except OverflowError as e:
    print(e)
