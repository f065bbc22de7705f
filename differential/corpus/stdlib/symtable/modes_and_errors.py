# symtable over the three compile modes, source as str and bytes, and the errors it reports.
import symtable

for source, mode in [("x + y", "eval"), ("print(z)", "single"),
                     (b"# -*- coding: latin-1 -*-\nname = '\xe9'\n", "exec"),
                     ("def f(a, /, b, *, c): return a + b + c", "exec")]:
    top = symtable.symtable(source, "<input>", mode)
    print(mode, top.get_type(), sorted(top.get_identifiers()),
          [child.get_name() for child in top.get_children()])

for source in ["def f(x):\n    global x\n", "nonlocal q\n", "def f(:\n",
               "def g():\n    x = 1\n    global x\n", "class C:\n    def f(self):\n"
               "        nonlocal y\n", "[(yield x) for x in y]\n", "f(**a, *b)\n",
               "def h(a, a): pass\n", "x = 1\0"]:
    try:
        symtable.symtable(source, "broken.py", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno, e.offset)

for args in [(1, "f", "exec"), ("x", "f", "run"), ("x", 3, "exec"), ("x", "f", None)]:
    try:
        symtable.symtable(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

# A function's table is the same object however it is reached.
top = symtable.symtable("def f():\n    def g(): pass\n", "same.py", "exec")
f = top.get_children()[0]
print(f is top.lookup("f").get_namespace(), f.get_children()[0].get_name())
print(repr(f), f.has_children(), f.get_children()[0].is_nested())
