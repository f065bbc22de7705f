import builtins
names = [n for n in dir(builtins) if not n.startswith("_")]
funcs = sorted(n for n in names if type(getattr(builtins, n)).__name__ == "builtin_function_or_method")
types_ = sorted(n for n in names if isinstance(getattr(builtins, n), type)
                and not issubclass(getattr(builtins, n), BaseException))
excs = sorted(n for n in names if isinstance(getattr(builtins, n), type)
              and issubclass(getattr(builtins, n), BaseException))
others = sorted(set(names) - set(funcs) - set(types_) - set(excs))
print(len(funcs), funcs)
print(len(types_), types_)
print(len(excs), excs)
print(others)
print(sorted(n for n in dir(builtins) if n.startswith("_") and not n.startswith("__")))
print(builtins.__name__, builtins.len is len, type(__builtins__).__name__)
