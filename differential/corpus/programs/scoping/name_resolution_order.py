value = "global"
def f():
    return value
def g():
    value = "enclosing"
    def h():
        return value
    return h()
class K:
    value = "class"
    def m(self):
        return value
    def n(self):
        return self.value
print(f(), g(), K().m(), K().n())
def builtins_last():
    return abs(-1), len([1, 2])
print(builtins_last())
abs = "shadowed builtin"
print(builtins_last.__code__.co_names, abs)
try:
    builtins_last()
except TypeError as e:
    print(e)
del abs
print(builtins_last())
def late_binding():
    return later_defined
later_defined = "defined after the function"
print(late_binding())
