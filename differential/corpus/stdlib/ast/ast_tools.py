# The pure-Python ast module over Krait's _ast: dump, unparse, literal_eval, visitors,
# transformers and compiling a transformed tree.
import ast

tree = ast.parse("def f(a, /, b=2, *args, c, **kw):\n    return a + b * c\nprint(f(1, c=3))\n")
print(ast.dump(tree, include_attributes=True))
print(ast.unparse(tree))
print(ast.literal_eval("[1, -2.5, 'x', b'y', (None, True), {3: {4}}]"))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.names = []

    def visit_Name(self, node):
        self.names.append((node.id, type(node.ctx).__name__))
        self.generic_visit(node)


v = Names()
v.visit(ast.parse("x = y + z\ndel x\nfor i in r: pass"))
print(v.names)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node


t = Doubler().visit(ast.parse("print(1 + 20, 'a')"))
exec(compile(ast.fix_missing_locations(t), "<doubled>", "exec"))
print([type(n).__name__ for n in ast.walk(ast.parse("a[b:c] = -d"))])
print(ast.get_docstring(ast.parse('"""doc"""\nx')), ast.get_source_segment("a = 1 + 2", ast.parse("a = 1 + 2").body[0].value))
expr = ast.parse("1 + 2 * 3", mode="eval")
print(eval(compile(expr, "<e>", "eval")), ast.dump(expr))
try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
match ast.parse("f(x)").body[0].value:
    case ast.Call(func=ast.Name(id=name), args=[ast.Name(id=arg)]):
        print("matched", name, arg)
