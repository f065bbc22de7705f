# A failure inside compile() of a hand-built AST (CPython: ValueError from its AST validator;
# Krait, until it validates ASTs: SystemError, an internal error) is an exception a program
# can catch, and the program goes on.
import ast
m = ast.Module([ast.Expr(ast.Compare(ast.Name("x", ast.Load()), [ast.In()], []))], [])
ast.fix_missing_locations(m)
try:
    compile(m, "<t>", "exec")
except (SystemError, ValueError) as e:
    print("an error, caught:", type(e).__name__ in ("SystemError", "ValueError"))
print("still running")
