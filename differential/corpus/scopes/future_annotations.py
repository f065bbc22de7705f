from __future__ import annotations


def f(a: SomeType, b: lambda: x = 1) -> Other:
    y: LocalAnn = 1
    z: OnlyAnn
    return y


class C:
    attr: ClassAnn = 2
    other: int

    def m(self) -> C:
        return self
