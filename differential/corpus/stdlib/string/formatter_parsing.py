# _string's parser, which string.Formatter uses: the pieces and field names str.format sees,
# and the parser's errors.
import _string

for fmt in ["plain", "a{0!r:>{w}}b{{c}}{x.y[1]}", "{}{:x}{!s}", "{0[key][0].attr}", "}}{{",
            "{a.b.c}", "{:{}{}}", "tail {"]:
    try:
        print(repr(fmt), list(_string.formatter_parser(fmt)))
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
for name in ["x", "12", "x.y[1][k]", "0.real", "a[", "a.", "a]b", ""]:
    try:
        first, rest = _string.formatter_field_name_split(name)
        print(repr(name), repr(first), list(rest))
    except ValueError as e:
        print(repr(name), "ValueError:", e)

