# The _ast module: node classes, parsing to AST objects (PyCF_ONLY_AST), compiling them back, and
# the errors CPython reports for malformed trees.
import _ast
print(_ast.Name, _ast.Name.__mro__, _ast.Name._fields, _ast.expr._attributes, _ast.FunctionDef.returns)
print(_ast.Name.__doc__, _ast.AST._fields)
t = compile("x = 1 + f(y, *z)\nif a:\n    pass\n", "<s>", "exec", _ast.PyCF_ONLY_AST)
print(type(t).__name__, t.body[0].targets[0].id, t.body[0].value.op, t.body[0].lineno, t.body[0].end_col_offset)
print(t.body[0].targets[0].ctx is t.body[1].test.ctx, type(t.body[0].targets[0].ctx).__name__)
n = _ast.Name("x", _ast.Load(), lineno=1, col_offset=0)
print(n.id, n.lineno, n.__reduce__()[0].__name__)
try:
    _ast.Name(1, 2, 3)
except TypeError as e:
    print(e)
try:
    _ast.Name("a", id="b")
except TypeError as e:
    print(e)
code = compile(t, "<ast>", "exec")
ns = {"f": lambda *a: len(a), "y": 1, "z": [2, 3], "a": 0}
exec(code, ns)
print(ns["x"])
e = _ast.Expression(body=_ast.BinOp(left=_ast.Constant(value=2, lineno=1, col_offset=0), op=_ast.Mult(), right=_ast.Constant(value=21, lineno=1, col_offset=0), lineno=1, col_offset=0))
print(eval(compile(e, "<e>", "eval")))
for bad in [_ast.Module(body=[_ast.Expr(value=_ast.Name(id="q", ctx=_ast.Load()))], type_ignores=[]),
            _ast.Module(body=[_ast.Expr(lineno=1, col_offset=0)], type_ignores=[]),
            _ast.Module(body=_ast.Pass(), type_ignores=[]),
            _ast.Module(body=[1], type_ignores=[]),
            _ast.Expression(body=_ast.Constant(value=[1], lineno=1, col_offset=0)),
            _ast.Module(body=[_ast.Expr(value=_ast.Name(id=None, ctx=_ast.Load(), lineno=1, col_offset=0), lineno=1, col_offset=0)], type_ignores=[])]:
    try:
        compile(bad, "<bad>", "exec")
    except (TypeError, ValueError) as ex:
        print(type(ex).__name__, ex)
try:
    compile(_ast.Expression(body=None), "<b>", "exec")
except TypeError as ex:
    print(ex)
