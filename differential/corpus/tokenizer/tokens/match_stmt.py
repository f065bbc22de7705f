match x:
    case [1, 2, *rest]:
        pass
    case {"k": v, **kw}:
        pass
    case Point(x=0) | None:
        pass
    case _:
        pass
