def uses_print():
    return print
print = lambda *a: __builtins__.print("shadowed", *a) if not isinstance(__builtins__, dict) else None
import builtins
print("hello")
del print
print("restored")
def f():
    list = "local list"
    return list
print(f(), list("ab"))
builtins.my_name = "added to builtins"
print(my_name)
del builtins.my_name
try:
    my_name
except NameError as e:
    print(e)
str = int
print(str("5") + 1)
del str
print(str(5) + "1")
print(uses_print() is builtins.print)
