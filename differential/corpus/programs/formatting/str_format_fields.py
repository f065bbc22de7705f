class Pt:
    x, y = 1, 2
    def __getitem__(self, k):
        return k * 2
data = {"list": [10, 20, 30], "pt": Pt(), "name": "zed"}
print("{list[2]} {pt.x},{pt.y} {pt[ab]} {name!r:>8}".format(**data))
print("{0}{1}{0}".format("ab", "-"), "{:>{width}}".format("r", width=4), "{0:{1}}|".format(1, 5))
print("{0.__class__.__name__}".format(1.5), "{0[0][1]}".format([[1, 2]]))
print("{!r:^10}".format("mid"), "{:\u2500^9}".format("box"), "{:+.2e}".format(-12345))
for bad in ["{0.}", "{0[}", "{!x}", "{0!}", "}", "{:{}{}}"]:
    try:
        print(bad.format(1, 2, 3))
    except (ValueError, IndexError, AttributeError) as e:
        print(repr(bad), type(e).__name__, e)
try:
    "{0.missing}".format(1)
except AttributeError as e:
    print(e)
try:
    "{0[5]}".format([1])
except IndexError as e:
    print(e)
print("{:%}".format(0.25), "{:.0%}".format(1 / 3), "{:n}".format(1234), "{:.3n}".format(1234.5))
