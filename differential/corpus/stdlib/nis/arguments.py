# nis's argument checks, which come before any look-up: the key must be str (file system
# bytes, NULs allowed), the map and domain str without NULs, in CPython's messages.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import nis

calls = [
    (nis.match, (1, "passwd"), {}),
    (nis.match, ("a", 1), {}),
    (nis.match, ("a", "p", 1), {}),
    (nis.match, ("a", "b", None), {}),
    (nis.match, (b"a", "passwd"), {}),
    (nis.match, ("a", "p\0", "x"), {}),
    (nis.match, ("a", "p", "x\0"), {}),
    (nis.match, ("\ud800", "p", "x"), {}),
    (nis.match, ("a", "\udc80", "x"), {}),
    (nis.match, (), {}),
    (nis.match, ("a",), {}),
    (nis.match, ("a", "b", "c", "d"), {}),
    (nis.match, ("a",), {"mapx": "b"}),
    (nis.match, ("a", "b"), {"key": "c"}),
    (nis.match, ("a", "b"), {"bogus": "c"}),
    (nis.cat, (), {}),
    (nis.cat, (b"x",), {}),
    (nis.cat, ("a",), {"map": "b"}),
    (nis.cat, ("a", "b", "c"), {}),
    (nis.cat, ("a", 2), {}),
    (nis.maps, (1,), {}),
    (nis.maps, ("a", "b"), {}),
    (nis.maps, (), {"dom": "d"}),
    (nis.maps, ("a\0",), {}),
    (nis.get_default_domain, (1,), {}),
    (nis.get_default_domain, (), {"x": 1}),
]
for f, args, kwargs in calls:
    try:
        f(*args, **kwargs)
    except (TypeError, ValueError, UnicodeError) as e:
        print(f.__name__, type(e).__name__, e)
    except nis.error as e:
        print(f.__name__, "nis.error", e)
