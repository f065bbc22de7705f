match x:
    case {"a": 1, b"a": 2, "a": 3}:
        pass
