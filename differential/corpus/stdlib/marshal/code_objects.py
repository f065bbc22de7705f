# Code objects go through marshal and come back equal, runnable, with their names, first lines
# and file names; nested code objects, renamed copies and shared references included.
import marshal
import types

SOURCE = '''"""Docstring."""
def square(n):
    return n * n
class Box:
    def __init__(self, v):
        self.v = v
    def twice(self):
        return [self.v] * 2
def outer(a):
    def inner(b):
        return a + b
    return inner
VALUE = square(7)
'''

co = compile(SOURCE, 'mod.py', 'exec')
back = marshal.loads(marshal.dumps(co))
print(back == co, back is co, back.co_filename, back.co_name, back.co_firstlineno)
ns = {'__name__': 'm'}
exec(back, ns)
print(ns['VALUE'], ns['Box'](3).twice(), ns['outer'](1)(2), ns['__doc__'])
inner = [c for c in co.co_consts if isinstance(c, types.CodeType)]
for c in inner:
    again = marshal.loads(marshal.dumps(c))
    print(again.co_name, again.co_qualname, again.co_firstlineno, again == c,
          again.co_varnames, again.co_freevars, again.co_cellvars)
    print([k.co_name for k in again.co_consts if isinstance(k, types.CodeType)])
a, b = marshal.loads(marshal.dumps((compile('x', 'f1', 'exec'), compile('y', 'f2', 'exec'))))
print(a.co_filename, b.co_filename)
renamed = inner[0].replace(co_name='other', co_firstlineno=40)
r = marshal.loads(marshal.dumps(renamed))
print(r.co_name, r.co_firstlineno, r == renamed, r == inner[0])
print(eval(marshal.loads(marshal.dumps(compile('6 * 7', '<e>', 'eval')))))
single = marshal.loads(marshal.dumps(compile('None', '<s>', 'single')))
print(single.co_filename, exec(single))
many = marshal.loads(marshal.dumps((co,) * 1000))
print(len(many), many[0] is many[999], many[0] == co)
print(compile('0', 'a', 'eval') == compile('0.0', 'a', 'eval'))
print(compile('1', 'a', 'eval') == compile('1', 'b', 'eval'))
print(hash(compile('1', 'a', 'eval')) == hash(compile('1', 'b', 'eval')))
data = marshal.dumps(co)
print(marshal.loads(data + b'extra') == co)
for cut in (1, 5, len(data) // 2, len(data) - 1):
    try:
        marshal.loads(data[:cut])
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__)
