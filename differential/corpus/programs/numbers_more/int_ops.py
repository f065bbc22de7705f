# int methods, correctly rounded true division, pow edge cases and str() limits
nums = [0, 1, -1, 255, -256, 2 ** 63, -(2 ** 63) - 1, 10 ** 30, -(3 ** 50)]
for n in nums:
    print(n, n.bit_length(), n.bit_count(), n.as_integer_ratio(), round(n, -2), n.__round__(),
          format(n, ','), format(n, '#x'), format(n, '+015_d'), format(n, 'e'))
print(1 / 3, 2 ** 80 / 3, 10 ** 30 / 7, -(10 ** 30) / 7, (2 ** 1074 + 1) / 2 ** 1074)
print((10 ** 400) / (10 ** 399), 1 / 2 ** 1074, 3 / 2 ** 1075, 1 / 2 ** 1076, 2 ** 53 + 1 / 1)
print((2 ** 54 + 3) / 2, (2 ** 60 + 1) / 2 ** 7, 12345678901234567890123 / 1000, 7 / -2)
print(pow(3, 4, 5), pow(3, -1, 7), pow(-2, 3, 5), pow(2, 100, -7), pow(5, 0, 1), 2 ** -2, (-2) ** -3)
print(round(12345, -2), round(12355, -1), round(-25, -1), round(15, -1), round(5, 3))
print(format(True, 'd'), format(False, ''), format(7, 'b'), format(-7, 'o'), format(65, 'c'))
print(format(1234567, 'n'), format(12, '%'), format(12, '.2f'), format(10 ** 20, 'g'))
print(True + True, True / 2, str(True), repr(False), int.__format__(True, ''))
cases = ["pow(3, -1, 6)", "pow(3, 2, 0)", "1 / 0", "10 ** 400 / 1", "2 ** 1024 / 1", "1 / 10 ** 400",
         "(10 ** 400) / (10 ** 80)", "0 ** -1", "str(10 ** 5000)", "format(10 ** 5000, 'd')",
         "format(5, 's')", "format(5, '.2d')", "format(-1, 'c')", "format(3, ',x')", "pow(2.0, 3, 5)",
         "(2).__round__('x')", "1 << -1", "1 >> -1", "format(1, '=^5s')"]
for case in cases:
    try:
        r = eval(case)
        print(repr(r) if len(repr(r)) < 80 else len(repr(r)))
    except Exception as e:
        print(case, '->', repr(e))
