# string.Formatter and string.Template, as programs subclass and use them.
import string

f = string.Formatter()
print(f.format("{0} + {1} = {total:>5}", 2, 3, total=5))
print(f.format("{p.real}/{p.imag} {d[k]!r} {:.2f}", 1.23456, p=3 + 4j, d={"k": "v"}))
print(list(f.parse("x{0:^{1}}y")))

class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)
print(Upper().format("{greeting}, {name}! {0:x}", 255, greeting="hello"))
for bad in ["{", "{0!x}", "{0:{1:{2}}}", "{} {0}"]:
    try:
        print(f.format(bad, 1, 2, 3))
    except (ValueError, IndexError) as e:
        print(repr(bad), type(e).__name__, e)
t = string.Template("$who likes ${what}")
print(t.substitute(who="Tim", what="kung pao"), t.safe_substitute(who="Tim"))
