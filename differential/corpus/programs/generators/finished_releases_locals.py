# A generator that has returned lets go of its locals: what they referred to can be
# collected while the generator object itself is still alive. A frame that Python code
# holds (sys._getframe, a traceback) keeps its locals readable.
import gc
import sys
import weakref


class Thing:
    pass


def gen(obj):
    yield 1


thing = Thing()
ref = weakref.ref(thing)
it = gen(thing)
del thing
print(next(it), list(it), it.gi_frame)
gc.collect()
print('collected after the end:', ref() is None)


def held():
    x = 'kept'
    yield sys._getframe()


g = held()
frame = next(g)
for _ in g:
    pass
print(frame.f_locals)


def failing():
    y = 'also kept'
    yield
    raise ValueError('boom')


g = failing()
next(g)
try:
    next(g)
except ValueError as e:
    print(e.__traceback__.tb_next.tb_frame.f_locals)
