# The annotation of *args may be starred (*args: *Ts, PEP 646): its value is the one item that
# iterating the expression gives, unpacked as UNPACK_SEQUENCE 1 would (CPython: Python/compile.c
# compiler_visit_argannotation); under "from __future__ import annotations" it stays text.
import typing


class One:
    def __iter__(self):
        yield "unpacked"


def f(*args: *One()):
    pass


print(f.__annotations__)

Ts = typing.TypeVarTuple("Ts")


def g(a: int, *args: *Ts, k: str = "") -> None:
    pass


print(g.__annotations__)


def h(*args: *tuple[int, ...]):
    pass


print(h.__annotations__)
print(typing.get_type_hints(g))

for source in ["def bad(*args: *[1, 2]): pass", "def bad(*args: *[]): pass",
               "def bad(*args: *5): pass"]:
    try:
        exec(source)
    except Exception as e:
        print(type(e).__name__, e)

namespace = {}
exec("from __future__ import annotations\ndef later(*args: *Ts): pass", namespace)
print(namespace["later"].__annotations__)
