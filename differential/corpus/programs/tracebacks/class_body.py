# A NameError raised while a class body runs: the traceback has a frame for the class
# body (named after the class) between the module and the helper.
print("checks before the failure:")
print([n * n for n in range(4)], "ok".upper(), len("abc"))
def helper():
    return undefined_helper_value
class Widget:
    size = 10
    area = size * size
    extra = helper()
print("unreachable")
