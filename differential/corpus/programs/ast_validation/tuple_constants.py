# compile() of trees whose Constant holds what CPython's AST optimizer folds to: tuples and
# frozensets of constants (nested too) and any complex number; other objects are refused.
import ast


def compile_value(value):
    tree = ast.Expression(body=ast.Constant(value))
    ast.fix_missing_locations(tree)
    try:
        code = compile(tree, "<t>", "eval")
    except Exception as e:
        print("  error:", type(e).__name__, e)
        return
    result = eval(code)
    shown = sorted(result, key=repr) if isinstance(result, frozenset) else result
    # the tree's own tuple comes back (a non-empty frozenset is made anew)
    same = result is value if isinstance(value, (tuple, frozenset)) else "-"
    print(" ", type(result).__name__, repr(shown), result == value, same)
    if not isinstance(result, frozenset):
        print("  co_consts:", code.co_consts)


for v in [(1, 2), (), (1,), ("a", b"b", 1.5, 2j, None, ..., True), ((1, 2), (3, (4,))),
          frozenset(), frozenset({1, 2}), (frozenset({"x"}), 1), 1 + 2j, -0j,
          complex(-0.0, 1), complex(0.0, -0.0), (float("inf"), float("nan")),
          (1, [], 2), frozenset((1, 2, int)), (1, 2, int), int, [1], {1: 2},
          (1, (2, (3, {}))), frozenset({(1, ())}), (True, ...)]:
    print(repr(v) if not isinstance(v, frozenset) else sorted(v, key=repr))
    compile_value(v)

# equal constants of one code object are one object
m = ast.parse("a = A; b = B; c = C; d = D; print(a is b, c is d, a == b)")
m.body[0].value = ast.Constant((1, (2, 3)))
m.body[1].value = ast.Constant((1, (2, 3)))
m.body[2].value = ast.Constant(frozenset({3}))
m.body[3].value = ast.Constant(frozenset({3}))
ast.fix_missing_locations(m)
code = compile(m, "<m>", "exec")
exec(code, {})
print(code.co_consts)

# tuple and frozenset constants where a loop or a test uses them
m = ast.parse("for x in K: print(x)\nprint(2 in S, 5 in S, S)")
m.body[0].iter = ast.Constant((1, 2, 3))
m.body[1].value.args[0].comparators[0] = ast.Constant(frozenset({2}))
m.body[1].value.args[1].comparators[0] = ast.Constant(frozenset({2}))
m.body[1].value.args[2] = ast.Constant(frozenset({2}))
ast.fix_missing_locations(m)
exec(compile(m, "<m>", "exec"), {})

# unparse, dump and literal_eval of such constants
for v in [(1,), (1, 2.5, "s"), ((1,), float("inf")), (), 1 + 2j, complex(1, float("inf"))]:
    print(ast.unparse(ast.Constant(v)), ast.dump(ast.Constant(v)))
print(ast.dump(ast.Constant(frozenset())), ast.literal_eval(ast.Constant((1, (2,)))))

# a literal pattern may hold a complex number, not a tuple
m = ast.parse("match x:\n case 1: print('matched')")
for v in [(1, 2), frozenset(), 1 + 2j]:
    m.body[0].cases[0].pattern.value = ast.Constant(v)
    ast.fix_missing_locations(m)
    try:
        exec(compile(m, "<m>", "exec"), {"x": 1 + 2j})
    except Exception as e:
        print(type(e).__name__, e)

# how deep tuples nest counts against the recursion limit, as the tree's depth does
v = ()
for i in range(5000):
    v = (v,)
try:
    compile(ast.Expression(ast.Constant(v, lineno=1, col_offset=0, end_lineno=1,
                                        end_col_offset=1)), "<d>", "eval")
    print("deep ok")
except RecursionError as e:
    print("RecursionError", e)
