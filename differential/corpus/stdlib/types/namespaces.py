# types: SimpleNamespace, MappingProxyType, new_class, function/method types, coroutine checks.
import types

ns = types.SimpleNamespace(a=1, b="x")
ns.c = [1]
print(ns, ns == types.SimpleNamespace(a=1, b="x", c=[1]), vars(ns))
mp = types.MappingProxyType({"k": 1})
print(mp["k"], len(mp), dict(mp), "k" in mp)
try:
    mp["k"] = 2
except TypeError as e:
    print("TypeError", e)
Dyn = types.new_class("Dyn", (object,), {}, lambda ns: ns.update(greet=lambda self: "hi"))
print(Dyn().greet(), Dyn.__name__)
def f():
    pass
class C:
    def m(self):
        pass
print(isinstance(f, types.FunctionType), isinstance(C().m, types.MethodType), isinstance(len, types.BuiltinFunctionType))
print(isinstance((x for x in []), types.GeneratorType), types.ModuleType("m").__name__, type(types).__name__)
print(types.NoneType, types.EllipsisType, types.NotImplementedType, isinstance(C.m, types.FunctionType))
m = types.ModuleType("mymod", "doc")
m.x = 5
print(m, m.__doc__, m.x)
print(types.resolve_bases((int, str)), types.get_original_bases(C) if hasattr(types, "get_original_bases") else ())
bound = types.MethodType(lambda self, y: (self, y), "obj")
print(bound(3))
print(types.DynamicClassAttribute, type(f.__code__) is types.CodeType, types.CellType)
