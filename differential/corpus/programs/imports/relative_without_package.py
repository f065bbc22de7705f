# A relative import from globals without __package__ or __spec__ warns (ImportWarning) and
# falls back on __name__; names that cannot be module names are not found.
import warnings

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    try:
        __import__("", {"__package__": None, "__spec__": None, "__name__": "__main__"},
                   {}, ("foo",), 1)
    except ImportError as e:
        print(type(e).__name__, e)
    print([(x.category.__name__, str(x.message)) for x in w])
for name in (".", "..", "/./", ".foo"):
    try:
        __import__(name)
    except ImportError as e:
        print(repr(name), type(e).__name__, e)
