def stub():
    pass
def stub2():
    ...
class Empty:
    pass
print(stub(), stub2(), Empty.__name__, ..., Ellipsis, ... is Ellipsis, type(...).__name__)
if True:
    pass
for _ in range(2):
    pass
while False:
    pass
x = [1, ..., 3]
print(x, x[1] is Ellipsis, repr(...), str(Ellipsis), bool(...))
try:
    pass
finally:
    pass
with_body = lambda: ...
print(with_body())
def only_doc():
    "docstring only"
print(only_doc(), only_doc.__doc__)
