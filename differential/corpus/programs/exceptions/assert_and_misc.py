try:
    assert 1 + 1 == 3, "math is broken"
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert False
except AssertionError as e:
    print(repr(e), e.args)
try:
    assert [], ["list message"]
except AssertionError as e:
    print(e.args)
class Ctx:
    pass
try:
    raise NotImplementedError
except NotImplementedError as e:
    print(repr(e), str(e) == "")
print(NotImplemented, type(NotImplemented).__name__, bool is type(True))
try:
    raise SystemExit("caught exit")
except SystemExit as e:
    print("SystemExit", e.code)
try:
    raise KeyboardInterrupt
except BaseException as e:
    print(type(e).__name__, isinstance(e, Exception))
