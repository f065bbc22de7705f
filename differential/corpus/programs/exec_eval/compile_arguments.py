# compile()'s file name may be str, bytes or os.PathLike (other buffers work with a
# DeprecationWarning); a hand-built AST whose walrus target is not a Name is a TypeError; a
# decimal literal longer than sys.get_int_max_str_digits() is a SyntaxError on its line.
import ast
import pathlib
import sys
import warnings

for name in ("file.py", b"file.py", pathlib.PurePosixPath("dir/file.py")):
    print(type(name).__name__, compile("pass", name, "exec").co_filename)
for name in (bytearray(b"file.py"), memoryview(b"file.py")):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        code = compile("pass", name, "exec")
    print(type(name).__name__, code.co_filename, [str(w.message) for w in caught])
for name in (list(b"file.py"), 3, b"a\0b"):
    try:
        compile("pass", name, "exec")
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

tree = ast.Module(body=[ast.Expr(value=ast.ListComp(
    elt=ast.NamedExpr(target=ast.Constant(value=1), value=ast.Constant(value=3)),
    generators=[ast.comprehension(target=ast.Name(id="x", ctx=ast.Store()),
                                  iter=ast.Name(id="y", ctx=ast.Load()), ifs=[], is_async=0)]))],
    type_ignores=[])
try:
    compile(ast.fix_missing_locations(tree), "<file>", "exec")
except TypeError as e:
    print("TypeError", e)

source = "a = 1\nb = 2\nc = " + "3" * 1000 + "\nd = 4\n"
sys.set_int_max_str_digits(1000)
print(len(compile(source, "<ok>", "exec").co_consts))
sys.set_int_max_str_digits(999)
try:
    compile(source, "<too_long>", "exec")
except SyntaxError as e:
    print(e.lineno, e.offset, e.msg)
sys.set_int_max_str_digits(0)
print(len(compile(source, "<no_limit>", "exec").co_consts))
