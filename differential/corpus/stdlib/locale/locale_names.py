# Locale names as programs handle them: normalize, getlocale parsing, the aliases table,
# and setlocale with tuples; all in the C locales every Linux has.
import locale

for name in ["en_US", "en_us.utf8", "de_DE@euro", "C", "POSIX", "c.utf8", "ja_JP.eucJP",
             "sr_RS.UTF-8@latin", "fr", "pt_br", "zh_CN.GB2312", "univ", "C.UTF-8"]:
    print("%-20s %s" % (name, locale.normalize(name)))

for spec in ["en_US.UTF-8", "de_DE@euro", "C", "ja_JP.eucJP"]:
    print(spec, locale._parse_localename(spec))

locale.setlocale(locale.LC_ALL, "C")
print(locale.getlocale(), locale.getlocale(locale.LC_COLLATE))
print(locale.setlocale(locale.LC_CTYPE, ("C", None)), locale.getlocale(locale.LC_CTYPE))
try:
    # ("C", "UTF-8") normalizes to en_US.UTF-8 through the alias table.
    print(locale.setlocale(locale.LC_CTYPE, ("C", "UTF-8")))
except locale.Error as e:
    print("locale.Error:", e)
print(locale.setlocale(locale.LC_CTYPE, None), locale.setlocale(locale.LC_TIME, "POSIX"))
print(locale.setlocale(locale.LC_ALL))
try:
    locale.setlocale(locale.LC_ALL, ("xx_YY", "UTF-8"))
except locale.Error as e:
    print("locale.Error:", e)
try:
    locale.getlocale(locale.LC_ALL)
except TypeError as e:
    print("TypeError:", e)
locale.setlocale(locale.LC_ALL, "C")
print(locale.setlocale(locale.LC_ALL))
print(len(locale.locale_alias) > 500, locale.locale_encoding_alias["utf8"])
