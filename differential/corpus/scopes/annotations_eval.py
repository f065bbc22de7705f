import typing


def f(a: typing.List[int], b: "str" = "x") -> typing.Dict:
    c: int = 1
    d: UnusedAnnotation
    e.attr: int
    g[0]: int
    return c


class C:
    x: int
    y: typing.Any = None
    z.attr: str


q: int = 1
r: float
