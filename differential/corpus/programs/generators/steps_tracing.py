# sys.settrace over generator functions that run without a continuation: call, line,
# return and exception events at each resume, through loops, if/else, sent values and
# yield from. Line events at a loop's header are left out: CPython reports one on each
# iteration, Krait only the first (docs/DIFFERENCES.md, sys.settrace).
import linecache
import sys

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("counter", "chain", "pairs"):
        first = frame.f_code.co_firstlineno
        shown = arg if event in ("return", "call") else None
        if event == "line":
            text = linecache.getline(frame.f_code.co_filename, frame.f_lineno).strip()
            if text.startswith(("while ", "for ")):
                return tracer
        if event == "exception":
            shown = arg[0].__name__
        events.append((frame.f_code.co_name, event, frame.f_lineno - first, shown))
    return tracer


def counter(n):
    i = 0
    while True:
        if i >= n:
            break
        if i % 2:
            yield "odd"
        else:
            got = yield i
            if got:
                yield got
        i += 1
    yield "end"


def pairs(x):
    if x:
        yield x, x
    else:
        yield "none"
    for y in range(x, 3):
        if y == 2:
            continue
        yield "y", y
    yield "last"


def chain():
    yield from pairs(1)
    yield "middle"
    yield from counter(3)


sys.settrace(tracer)
out = list(chain())
g = counter(3)
next(g)
print(g.send("sent"))
try:
    g.throw(KeyError("k"))
except KeyError:
    pass
sys.settrace(None)
print(out)
for e in events:
    print(e)
