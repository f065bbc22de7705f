# ast.AST's __dict__ attribute (a getset descriptor, as CPython's PyObject_GenericGetDict and
# GenericSetDict give it): the node classes inherit it, and it can be replaced but not deleted.
import _ast
import ast

print('__dict__' in _ast.AST.__dict__, '__dict__' in ast.Name.__dict__)
d = _ast.AST.__dict__['__dict__']
print(type(d).__name__, d.__doc__, d.__name__, d.__objclass__)
a = ast.AST()
a.x = 1
print(a.__dict__, d.__get__(a) is a.__dict__)
a.__dict__ = {'y': 2}
print(a.y, vars(a), hasattr(a, 'x'))
try:
    del a.__dict__
except TypeError as e:
    print(e)
try:
    a.__dict__ = 3
except TypeError as e:
    print(e)
n = ast.Name('x', ast.Load())
print(sorted(n.__dict__))
n.__dict__ = {'id': 'z'}
print(n.id, hasattr(n, 'ctx'), ast.dump(n))


class My(ast.AST):
    pass


print('__dict__' in My.__dict__, My().__dict__, My.__dict__['__dict__'] if '__dict__' in My.__dict__ else None)
