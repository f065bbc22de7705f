# A pdb session driven by scripted commands: step into a generator, `next` over its lines,
# `p` a local, `continue` to the end (bdb's set_continue deletes frame.f_trace), then a
# breakpoint set by `break` and listed.
import io
import os
import pdb

STDLIB = os.path.dirname(pdb.__file__)


def gen():
    total = 0
    for i in range(3):
        total += i
        yield total
    return total


def work():
    it = gen()
    first = next(it)
    rest = list(it)
    return first, rest


def run(commands):
    out = io.StringIO()
    debugger = pdb.Pdb(stdin=io.StringIO("\n".join(commands) + "\n"), stdout=out,
                       nosigint=True, readrc=False)
    debugger.use_rawinput = False
    result = debugger.runcall(work)
    # the file's path differs between machines: keep the name only
    for line in out.getvalue().splitlines():
        print(line.replace(__file__, "scripted_session.py").replace(STDLIB, "<stdlib>"))
    print("result:", result)


run(["step", "step", "step", "next", "next", "p total", "where", "continue"])
run(["break gen", "break", "continue", "p i if 'i' in dir() else 'no i yet'", "next",
     "clear 1", "continue"])
