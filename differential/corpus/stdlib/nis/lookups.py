# NIS look-ups on a machine without a NIS domain or server: each call raises nis.error with
# libnsl's own message, whether the domain is the default one or named.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import nis


def attempt(label, f, *args, **kwargs):
    try:
        result = f(*args, **kwargs)
    except nis.error as e:
        print(label, "nis.error:", e.args)
    else:
        print(label, "->", result)


attempt("default domain", nis.get_default_domain)
attempt("maps", nis.maps)
attempt("cat passwd", nis.cat, "passwd")
attempt("match root", nis.match, "root", "passwd")
for map_name in ["passwd", "passwd.byname", "group", "hosts", "aliases", "mail.aliases",
                 "no.such.map"]:
    attempt("match in example: " + map_name, nis.match, "root", map_name, "example")
    attempt("cat in example: " + map_name, nis.cat, map_name, "example")
attempt("maps of example", nis.maps, "example")
attempt("maps by keyword", nis.maps, domain="example")
attempt("cat by keyword", nis.cat, map="group", domain="example")
attempt("match by keyword", nis.match, key="k", map="hosts", domain="example")
attempt("key with NUL", nis.match, "a\0b", "passwd", "example")
attempt("undecodable key", nis.match, "\udc80", "passwd", "example")
attempt("empty key", nis.match, "", "passwd", "example")
