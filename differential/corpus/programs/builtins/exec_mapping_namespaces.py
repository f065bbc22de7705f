# exec() with globals or builtins of a dict subclass reads names through __getitem__.
class Tracing(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return dict.__getitem__(self, key)


class Failing(dict):
    def __getitem__(self, key):
        raise LookupError("no " + key)


exec("def f():\n    return value + 1\nprint(f())", Tracing(value=41))
try:
    exec("print(len('ab'))", {"__builtins__": Failing(len=len, print=print)})
except LookupError as e:
    print("LookupError:", e)
exec("print(len('abc'))", {"__builtins__": Tracing(len=len, print=print)})
try:
    exec("missing", {"__builtins__": Tracing()})
except NameError as e:
    print("NameError:", e)
