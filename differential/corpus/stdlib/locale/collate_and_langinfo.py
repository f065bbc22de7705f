# Sorting with strxfrm/strcoll, nl_langinfo dates and answers, errors of the _locale layer.
import _locale
import locale

locale.setlocale(locale.LC_ALL, "C")
words = ["banana", "Apple", "cherry", "apple", "Banana", "éclair", "zebra", "Zulu", "ábaco",
         "a b", "ab", "a-b", "10", "9", "", "ß", "ss"]
print(sorted(words, key=locale.strxfrm))
print(sorted(words, key=__import__("functools").cmp_to_key(locale.strcoll)))
# C defines only the sign of wcscoll's answer; its size depends on which of glibc's
# implementations runs (and on the strings' alignment), in CPython as in Krait.
sign = lambda n: (n > 0) - (n < 0)
print([sign(locale.strcoll(a, b)) for a, b in [("a", "b"), ("b", "a"), ("x", "x"), ("é", "f")]])
print(repr(locale.strxfrm("abc")), repr(locale.strxfrm("")))

names = ["DAY_1", "DAY_7", "ABDAY_3", "MON_1", "MON_12", "ABMON_6", "D_T_FMT", "D_FMT",
         "T_FMT", "T_FMT_AMPM", "AM_STR", "PM_STR", "RADIXCHAR", "THOUSEP", "YESEXPR",
         "NOEXPR", "CRNCYSTR", "ERA", "ERA_D_FMT", "ALT_DIGITS", "CODESET"]
for name in names:
    print("%-10s %r" % (name, locale.nl_langinfo(getattr(locale, name))))

for call in [lambda: _locale.setlocale(12345), lambda: _locale.setlocale(0, "no_SUCH.locale"),
             lambda: _locale.setlocale("LC_ALL"), lambda: _locale.setlocale(0, 7),
             lambda: _locale.setlocale(0, "C\0"), lambda: _locale.nl_langinfo(999999),
             lambda: _locale.strcoll("a", 1), lambda: _locale.strxfrm(None),
             lambda: _locale.strxfrm("a\0"), lambda: _locale.bindtextdomain("", None),
             lambda: locale.setlocale(locale.LC_ALL, "xx_XX.UTF-8"),
             lambda: _locale.gettext(5)]:
    try:
        print("ok", call())
    except (locale.Error, ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
print(locale.Error.__module__, locale.Error.__mro__[1].__name__, _locale.Error is locale.Error)
print(_locale.LC_CTYPE, _locale.LC_ALL, _locale.CHAR_MAX, _locale.CODESET, _locale.RADIXCHAR)
