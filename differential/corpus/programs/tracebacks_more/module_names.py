# How uncaught exception types are named: qualified names and modules.
class Outer:
    class Inner(Exception):
        pass
try:
    raise Outer.Inner("nested")
except Exception as e:
    print(type(e).__qualname__, type(e).__module__)
class Remote(Exception):
    __module__ = "pkg.mod"
raise Remote("from elsewhere")
