# A mixer opened on /dev/null (any file opens as a mixer; its ioctls then fail with ENOTTY):
# the methods' argument checks, the channel and volume checks that come before the ioctl, the
# OSErrors, and closing -- explicitly, twice, and through the with statement.
import warnings

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    import ossaudiodev

mixer = ossaudiodev.openmixer("/dev/null")
T = type(mixer)
print(T.__name__, T.__qualname__, T.__module__, repr(T))
print(sorted(n for n in dir(T) if not n.startswith("__") or n in ("__enter__", "__exit__")))
print(isinstance(mixer.fileno(), int), hasattr(mixer, "closed"), hasattr(mixer, "name"))
try:
    T()
except TypeError as e:
    print("TypeError", e)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError", e)

calls = [
    ("controls", ()), ("stereocontrols", ()), ("reccontrols", ()), ("get_recsrc", ()),
    ("set_recsrc", (1,)), ("get", (0,)), ("get", (25,)), ("get", (-1,)), ("get", (26,)),
    ("set", (0, (50, 50))), ("set", (0, [0, 100])), ("set", (0, (101, 0))),
    ("set", (0, (0, -1))), ("set", (30, (1, 1))), ("set", (30, (500, 1))),
    ("set", (0, (1,))), ("set", (0, (1, 2, 3))), ("set", (0, 5)), ("set", (0, b"ab")),
    ("set", (0, "ab")), ("set", (0, None)), ("set", (0, ("a", 2))), ("set", ("x", (1, 2))),
    ("set", (0, (2 ** 33, 1))), ("set", (0,)), ("controls", (1,)), ("get", ()),
    ("get", ("x",)), ("get", (1.5,)), ("get", (2 ** 40,)), ("get", (-2 ** 40,)),
    ("set_recsrc", ()), ("set_recsrc", (1.0,)), ("close", (1,)), ("fileno", (1,)),
    ("__enter__", (1,)),
]
for name, args in calls:
    try:
        result = getattr(mixer, name)(*args)
    except OSError as e:
        print(name, args, "OSError", e.errno, e.strerror)
    except (TypeError, ValueError, OverflowError, ossaudiodev.OSSAudioError) as e:
        print(name, args, type(e).__name__, e)
    else:
        print(name, args, "->", result)
for name in ["controls", "get", "__exit__", "close"]:
    try:
        getattr(mixer, name)(x=1)
    except TypeError as e:
        print(name, "TypeError", e)

with mixer as entered:
    print(entered is mixer)
for name, args in [("controls", ()), ("fileno", ()), ("get", (0,)), ("get", ("x",)),
                   ("set", (0, (1, 1))), ("set_recsrc", ()), ("close", ())]:
    try:
        print(name, getattr(mixer, name)(*args))
    except ValueError as e:
        print(name, "ValueError", e)
print(mixer.__exit__(1, 2, 3, 4))

with ossaudiodev.openmixer("/dev/null") as m2:
    fd = m2.fileno()
try:
    m2.fileno()
except ValueError as e:
    print("after with:", e)
