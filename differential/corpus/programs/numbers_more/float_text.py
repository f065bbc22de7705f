# float() from text, repr, hex and the float methods
texts = ['1.5', ' -2.25e3 ', 'inf', '-Infinity', 'nan', '+NaN', '1_000.5', '1e-400', '1e400',
         '.5', '5.', '0x1p3', '', '1__0', '١٫٥', '١.٥', '\u20031.0\u2003', '1e', 'e1', '1.5j']
for t in texts:
    try:
        print(repr(t), repr(float(t)))
    except ValueError as e:
        print(repr(t), 'ValueError', e)
for x in [0.1, 1e16, 1.5e-7, 123456789.0, 2.0 ** 60, -0.0, 1 / 3, 5e-324]:
    print(repr(x), str(x), x.hex(), float.fromhex(x.hex()) == x, x.as_integer_ratio(), x.is_integer())
print(float.fromhex('0x1.8p1'), float.fromhex('-0x1p-1074'), float.fromhex(' 0X1.FFFFFFFFFFFFFP+1023 '))
print(round(2.5), round(3.5), round(-0.5), round(2.675, 2), round(1234.5678, -2), round(0.5, 0))
print(float.__getformat__('double'), (7.5).__trunc__(), (7.5).__floor__(), (-7.5).__ceil__())
print(divmod(7.5, 2), divmod(-7.5, 2), 7.5 // -2, -7.5 % 2, 2.0 ** 0.5, (-8.0) ** (1 / 3))
cases = ["float('abc')", "float([])", "float.fromhex('0x1p9999')", "float.fromhex('zz')",
         "1e308 * 10 ** 1", "10.0 ** 400", "(-1.0) ** 0.5", "0.0 ** -1", "divmod(1.0, 0.0)",
         "round(float('inf'))", "round(float('nan'))", "float('inf').as_integer_ratio()",
         "float.__getformat__('int')", "1.0 / 0"]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
