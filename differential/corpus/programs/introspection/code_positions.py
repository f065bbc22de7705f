# Code objects: replace(), co_names/co_consts of simple code, and positions that agree with
# tracebacks (tb_lasti indexes co_positions, tb_lineno and f_lineno match).
import sys
def f(a, b=2, *, c=3):
    "doc"
    x = a.real + b
    from sys import argv as av, path
    return len(x)
print(f.__code__.co_consts, f.__code__.co_names, f.__code__.co_varnames)
c = compile("import sys\nfrom . import x\nx = 1\ny = x.attr\ndel y\n", "m", "exec")
print(c.co_consts, c.co_names)
g = f.__code__.replace(co_name="g", co_filename="other.py")
print(g.co_name, g.co_filename, g.co_varnames, f.__code__.co_name)
try:
    f.__code__.replace(co_bogus=1)
except TypeError as e:
    print(e)
print(len(f.__code__.co_code) == 2 * len(list(f.__code__.co_positions())))
print(isinstance(f.__code__.co_linetable, bytes), f.__code__.co_stacksize > 0)
def positions(e):
    tb = e.__traceback__
    out = []
    while tb:
        pos = list(tb.tb_frame.f_code.co_positions())[tb.tb_lasti // 2]
        out.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, pos,
                    tb.tb_lineno == pos[0] == tb.tb_frame.f_lineno))
        tb = tb.tb_next
    return out
def source():
    yield 1
    raise ValueError("source failed")
def top():
    for x in source():
        yield x * 2
try:
    list(top())
except ValueError as e:
    for entry in positions(e):
        print(entry)
box = {"a": [1, 2]}
for fn in [lambda: box["a"][5], lambda: box["a"][0] + "s",
           lambda: len(box["a"]) * {}.get("x") ** 2]:
    try:
        fn()
    except Exception as e:
        print(type(e).__name__, positions(e)[-1])
def local_exec():
    exec("made = 3")
    return "made" in locals(), locals().get("made")
print(local_exec())
