# The nis module as a program meets it: the deprecation warning at import, its functions and
# their documentation, and nis.error, an Exception of the module's own.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import nis
print([(w.category.__name__, str(w.message)) for w in caught])

print(nis.__name__, repr(nis.__doc__))
print(sorted(name for name in dir(nis) if not name.startswith("_")))
print(nis.error.__name__, nis.error.__module__, nis.error.__qualname__)
print([c.__name__ for c in nis.error.__mro__])
print(repr(nis.error.__doc__))
for f in (nis.get_default_domain, nis.match, nis.cat, nis.maps):
    print(f.__name__, type(f).__name__, repr(f))
    print(f.__doc__)

e = nis.error("custom message")
print(repr(e), e.args, isinstance(e, Exception))
try:
    raise nis.error("raised", 2)
except nis.error as caught_error:
    print(type(caught_error).__name__, caught_error.args)
