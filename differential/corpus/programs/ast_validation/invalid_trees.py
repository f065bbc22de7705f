# compile() of a hand-built AST checks it first, with CPython's messages (Python/ast.c).
import ast


def attempt(tree, mode="exec"):
    ast.fix_missing_locations(tree)
    try:
        compile(tree, "<ast>", mode)
        print("compiled")
    except (ValueError, TypeError, SyntaxError) as e:
        print(type(e).__name__ + ":", e)


def module(*body):
    return ast.Module(body=list(body), type_ignores=[])


name = ast.Name("x", ast.Load())
store = ast.Name("x", ast.Store())
attempt(module(ast.Expr(ast.Compare(name, [], []))))
attempt(module(ast.Expr(ast.Compare(name, [ast.Eq()], [name, name]))))
attempt(module(ast.Assign([name], name)))
attempt(module(ast.Assign([], name)))
attempt(module(ast.Expr(store)))
attempt(module(ast.Expr(ast.BoolOp(ast.And(), [name]))))
attempt(module(ast.FunctionDef("f", ast.arguments([], [], None, [], [], None, []), [], [],
                               None)))
attempt(module(ast.Try([ast.Pass()], [], [], [])))
attempt(module(ast.Try([ast.Pass()], [], [ast.Pass()], [ast.Pass()])))
attempt(module(ast.ImportFrom("m", [ast.alias("a")], -1)))
attempt(module(ast.Import([])))
attempt(module(ast.Raise(None, name)))
attempt(module(ast.Expr(ast.Name("True", ast.Load()))))
attempt(module(ast.Expr(ast.Dict([name], []))))
attempt(module(ast.Expr(ast.ListComp(name, []))))
attempt(module(ast.AnnAssign(ast.Attribute(name, "a", ast.Store()), name, None, 1)))
attempt(module(ast.Expr(ast.Lambda(ast.arguments([], [], None, [], [], None, [name]),
                                   name))))
attempt(module(ast.Expr(ast.Lambda(ast.arguments([], [], None, [ast.arg("k")], [], None,
                                                 []), name))))
attempt(module(ast.With([], [ast.Pass()])))
bad = ast.Expr(name)
bad.lineno, bad.end_lineno, bad.col_offset, bad.end_col_offset = 3, 2, 0, 0
attempt(ast.Module([bad], []))
bad = ast.Expr(name)
bad.lineno, bad.end_lineno, bad.col_offset, bad.end_col_offset = 2, 2, 5, 1
attempt(ast.Module([bad], []))
attempt(ast.Expression(store), "eval")
attempt(ast.Expression(ast.Starred(name, ast.Load())), "eval")
match = ast.Match(name, [ast.match_case(ast.MatchAs(ast.MatchAs(None, None), None), None,
                                        [ast.Pass()])])
attempt(module(match))
match = ast.Match(name, [ast.match_case(ast.MatchOr([ast.MatchStar("y")]), None,
                                        [ast.Pass()])])
attempt(module(match))
match = ast.Match(name, [ast.match_case(ast.MatchValue(name), None, [ast.Pass()])])
attempt(module(match))
match = ast.Match(name, [ast.match_case(ast.MatchSingleton(5), None, [ast.Pass()])])
attempt(module(match))
attempt(module(ast.Expr(ast.Constant(1))))
