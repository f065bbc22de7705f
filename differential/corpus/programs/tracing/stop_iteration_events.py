# Which StopIterations a trace function is told of: those an iterator really raised (a
# __next__ written in Python, however it is reached; a generator returning a value), not the
# silent end of a builtin iterator or of a subclass that inherits its __next__.
import sys, functools

events = []
def tracer(frame, event, arg):
    if frame.f_code.co_name.startswith('probe'):
        if event == 'exception':
            events.append((frame.f_code.co_name, event, arg[0].__name__, repr(arg[1].value)))
    return tracer

class PyIter:
    def __init__(self): self.n = 2
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return self.n

class MapSub(map):
    pass

def _next_impl(state):
    if not state: raise StopIteration('done')
    return state.pop()

class PartialNext:
    def __init__(self): self.state = [1, 2]
    def __iter__(self): return self
    @property
    def __next__(self):
        return functools.partial(_next_impl, self.state)

def gen_ret(v):
    yield 1
    return v

def probe_for():
    for x in [1, 2]: pass
    for x in PyIter(): pass
    for x in MapSub(abs, [1, -2]): pass
    for x in PartialNext(): pass
    for x in gen_ret(None): pass
    for x in gen_ret(5): pass

def probe_yield_from():
    yield from [1, 2]
    yield from PyIter()
    yield from MapSub(abs, [3])
    r = yield from gen_ret(7)
    yield from iter(range(2))

sys.settrace(tracer)
probe_for()
list(probe_yield_from())
sys.settrace(None)
for e in events: print(e)
