# The ast node classes are made in the order of CPython's grammar (Parser/Python.asdl), which
# __subclasses__() shows, and ast.expr's docstring lists them in that order.
import ast

for base in (ast.mod, ast.stmt, ast.expr, ast.expr_context, ast.boolop, ast.operator,
             ast.unaryop, ast.cmpop, ast.pattern, ast.type_ignore):
    print(base.__name__, [c.__name__ for c in base.__subclasses__()])
print(ast.expr.__doc__)
print(ast.withitem.__doc__, ast.GtE.__doc__, ast.Name.__doc__, sep="\n")
print([c.__name__ for c in ast.Constant.__subclasses__()])
