def raiser(*excs):
    raise ExceptionGroup("grp", list(excs))
try:
    raiser(ValueError("v1"), TypeError("t1"), ValueError("v2"))
except* ValueError as g:
    print("values:", repr(g))
except* TypeError as g:
    print("types:", repr(g))
try:
    try:
        raiser(KeyError("k"), OSError("o"))
    except* KeyError as g:
        print("keys:", g.exceptions)
except* OSError as g:
    print("outer got", repr(g))
try:
    try:
        raise ValueError("naked")
    except* ValueError as g:
        print("naked wrapped:", repr(g), type(g).__name__)
except Exception as e:
    print("unexpected", e)
try:
    try:
        raiser(ValueError(1), TypeError(2))
    except* ValueError:
        print("handled value")
except ExceptionGroup as rest:
    print("rest:", repr(rest))
try:
    try:
        raiser(ValueError(1))
    except* ValueError:
        raise KeyError("from handler")
except Exception as e:
    print("handler raised:", repr(e), repr(e.__context__))
