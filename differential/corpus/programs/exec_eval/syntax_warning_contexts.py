# Where the compiler's SyntaxWarnings are checked: decorators, defaults, annotations (unless
# postponed or of a local), f-strings, guards, conditions compiled twice, subscript targets, and a
# "not" folded into the comparison below it ("not x is 1" warns as "is not").
import warnings
warnings.simplefilter("always")
CASES = [
    "f'{x is 1}'", "@(1)()\ndef f(): pass", "def f(a=(1)()): pass", "lambda a=x is 1: 0",
    "def f(a: (1)()): pass", "def f() -> x is 1: pass", "x: (1)() = 2", "def g():\n    x: (1)() = 2",
    "from __future__ import annotations\ndef f(a: (1)()): pass", "from __future__ import annotations\nx: x is 1 = 2",
    "match x:\n    case 1 if x is 1: pass", "class C((1)()): pass", "class C(metaclass=x is 1): pass",
    "with (1)() as y: pass", "for i in (1)(): pass", "del x[1.0:2]", "x[1.0] = 3", "'abc'[1.0] = 3",
    "x = 'abc'[1.0:]", "y = (1)[x]", "async def f():\n    await (1)()", "global_ = [x is 1 async for x in y]",
    "def f():\n    yield x is 1", "if x is 1 and y is 2: pass", "while not x is 1: pass",
    "x = 1 if y is 2 else 3", "assert x is 1 or y is 2", "print(*[(1)()])", "print(**{(1)(): 2})",
    "t = (1, 2)\n(1, 2)()", "x = [1, 2][1.0:2.0]", "x = (1,)[1:'a']", "x = 'a'[::None]",
    "if __debug__ is 1: pass", "x = ()()", "x = ()[1.0]", "x = 1 .real()", "x = (-1).real()",
    "try:\n    pass\nexcept (1)():\n    pass", "raise (1)()", "return_ = lambda: (1)()",
]
for src in CASES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg)
            continue
    print(repr(src), [(str(w.message), w.lineno) for w in caught])
for src in ["x = not x is 1", "x = not not x is 1", "x = not (\n  x is not 1)", "if not not not x is 1: pass",
            "x = not x in 1", "x = not (x is 1 is 2)", "x = not x == 1", "assert not x is 1", "x = not (x is 1) and 1"]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compile(src, "<case>", "exec")
    print(repr(src), [(str(w.message), w.lineno) for w in caught])
