# gettext without catalogs: NullTranslations, fallbacks, plural forms and the install function.
import gettext

t = gettext.NullTranslations()
print(t.gettext("hello"), t.ngettext("apple", "apples", 1), t.ngettext("apple", "apples", 3))
print(t.pgettext("menu", "Open"), t.npgettext("menu", "file", "files", 2))
tr = gettext.translation("nonexistent-domain", localedir="/nonexistent", fallback=True)
print(type(tr).__name__, tr.gettext("x"))
try:
    gettext.translation("nonexistent-domain", localedir="/nonexistent")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno)
print(gettext.gettext("plain"), gettext.ngettext("a", "b", 2), gettext.find("nonexistent-domain", "/nonexistent"))
t.install()
print(_("installed"))
print(gettext.c2py("n != 1")(1), gettext.c2py("n%10==1 && n%100!=11 ? 0 : 1")(21))
