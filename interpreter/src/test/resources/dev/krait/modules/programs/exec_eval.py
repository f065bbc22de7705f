# exec/eval/compile with the caller's namespaces or explicit ones; locals/vars/dir.
def loc(a, b=2):
    c = a + b
    print(sorted(locals().items()), sorted(dir()))
    return vars()
print(sorted(loc(1)))
ns = {}
exec('def h(x):\n    return x * 2\nr = h(21)', ns)
print(ns['r'], sorted(k for k in ns if k != '__builtins__'))
print(eval('a + b', {'a': 1}, {'b': 2}), eval('[i * i for i in range(4)]'))
x = 10
exec('y = x * 2')
print(y, eval('x + y'))
code = compile('print("compiled", 1 + 1)', '<c>', 'exec')
exec(code)
print(eval(compile('3 * 3', '<e>', 'eval')), type(code).__name__)
try:
    compile('x = (', 'bad.py', 'exec')
except SyntaxError as e:
    print(e.msg, e.filename, e.lineno, e.offset)
try:
    eval('1 +')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(globals()['x'], 'loc' in globals(), type(__builtins__).__name__)
print(__import__('sys').modules['__main__'].x)
