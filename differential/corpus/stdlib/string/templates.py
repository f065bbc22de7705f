# string: Template substitution, Formatter subclasses, constants and capwords.
import string
from string import Template, Formatter

t = Template("$who likes $what; ${who}'s cost: $$${price}")
print(t.substitute(who="tim", what="kung pao", price="9.50"))
print(t.safe_substitute(who="ann"))
for bad in ({"who": "x"}, {}):
    try:
        t.substitute(bad)
    except KeyError as e:
        print("KeyError", e)
try:
    Template("$ bad").substitute(x=1)
except ValueError as e:
    print("ValueError", e)
print(Template("$a$b").get_identifiers() if hasattr(Template, "get_identifiers") else "",
      Template("${x} $y").is_valid() if hasattr(Template, "is_valid") else "")


class PercentTemplate(Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(PercentTemplate("%name is %age%%").substitute(name="bob", age=3))
print(string.capwords("hello   world-wide web"), string.capwords("a,b c", ","))
print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), len(string.printable), string.punctuation)


class Upper(Formatter):
    def format_field(self, value, spec):
        if spec == "up":
            return str(value).upper()
        return super().format_field(value, spec)

    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs:
            return "<" + key + ">"
        return super().get_value(key, args, kwargs)


u = Upper()
print(u.format("{0:up} {name:up} {missing} {1:>5}|{2[0]}", "abc", 7, [9], name="zed"))
print(list(Formatter().parse("a{0!r:>{w}}b{{c}}{x.y[1]}")))
print(Formatter().vformat("{a}-{0}", ("p",), {"a": "q"}))
try:
    Formatter().format("{0}{}", 1, 2)
except ValueError as e:
    print("ValueError", e)
