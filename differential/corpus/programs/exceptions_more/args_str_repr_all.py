# str/repr/args of builtin exception types with zero, one and two arguments.
import builtins
names = sorted(n for n in dir(builtins)
               if isinstance(getattr(builtins, n), type)
               and issubclass(getattr(builtins, n), BaseException)
               and not issubclass(getattr(builtins, n), BaseExceptionGroup)
               and not issubclass(getattr(builtins, n), UnicodeError))
for n in names:
    t = getattr(builtins, n)
    for args in ((), ("msg",), ("a", 2)):
        if issubclass(t, SyntaxError) and len(args) == 2:
            continue  # its second argument must be a details tuple
        e = t(*args)
        print(n, repr(e), "|", str(e), "|", e.args)
