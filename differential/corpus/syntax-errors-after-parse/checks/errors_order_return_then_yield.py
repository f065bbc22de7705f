class C:
    yield 1
    return 2
