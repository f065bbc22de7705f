print("{} and {}".format("a", "b"), "{1} {0} {1}".format("x", "y"), "{name}!".format(name="hi"))
print("{0[1]} {0[0]}".format(["p", "q"]), "{d[k]}".format(d={"k": 7}), "{.real}".format(3 + 4j))
print("{:>6}|{:<6}|{:^6}|{:*^7}".format("ab", "cd", "ef", "g"), "{{literal}}".format())
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"))
print("{:{w}.{p}f}".format(3.14159, w=10, p=2), "{:{}}".format("x", 4) + "|")
print("{0:b} {0:o} {0:x} {0:#x} {0:,}".format(123456))
print(format("abc", "5"), format("abc", ".2"), format("abc", ">5.1"), format(None, ""))
try:
    "{} {}".format(1)
except IndexError as e:
    print(type(e).__name__, e)
try:
    "{x}".format(y=1)
except KeyError as e:
    print(type(e).__name__, e)
try:
    "{0} {}".format(1, 2)
except ValueError as e:
    print(e)
try:
    "{:d}".format("s")
except ValueError as e:
    print(e)
try:
    "{".format()
except ValueError as e:
    print(e)
print("{:=^20}".format(" centre "), "{:,.2f}".format(1234567.891), "{:+}".format(5))
print("{a}{b}".format_map({"a": 1, "b": 2}), "{0}".format(*["only"]))
