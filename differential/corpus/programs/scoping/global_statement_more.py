counter = 0
def bump(n=1):
    global counter
    counter += n
    return counter
print(bump(), bump(5), counter)
def declare_many():
    global alpha, beta
    alpha, beta = "A", "B"
declare_many()
print(alpha, beta)
def global_in_nested():
    def inner():
        global counter
        counter = 100
    inner()
    return counter
print(global_in_nested(), counter)
def local_then_global_name():
    counter = "local"
    def inner():
        return counter
    return inner()
print(local_then_global_name())
class C:
    global made_in_class
    made_in_class = "from class body"
print(made_in_class)
def del_global():
    global beta
    del beta
del_global()
try:
    beta
except NameError as e:
    print(e)
exec("global via_exec\nvia_exec = 1")
print(via_exec)
