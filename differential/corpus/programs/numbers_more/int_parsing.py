# int() from text and numbers: bases, underscores, white space, Unicode digits, errors
texts = ['42', '  -17  ', '+5', '1_000_000', '0x_ff', '0b1010', '0o777', '00', '٣٤', '\u00a012\u2003',
         '１２３', 'ff', '0XAB', '_1', '1__0', '1_', '', ' ', '12a', '0x', '010', '1e5', '9' * 50]
for t in texts:
    for base in (10, 0, 16):
        try:
            print(repr(t[:20]), base, int(t, base))
        except ValueError as e:
            print(repr(t[:20]), base, 'ValueError', e)
print(int(3.99), int(-3.99), int(True), int(1e20), int('z', 36), int('Z', 36))

class Trunc:
    def __trunc__(self):
        return 7

class Index:
    def __index__(self):
        return 9

class IntM:
    def __int__(self):
        return 11

print(int(Index()), int(IntM()), int(Index(), ) + 1)
cases = ["int('5', 1)", "int('5', 37)", "int(5, 10)", "int([1])", "int(float('inf'))",
         "int(float('nan'))", "int(base=10)", "int('1' * 5000)", "int('12', base=3.0)",
         "int('x' * 300)", "int(1j)", "int(None)"]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
