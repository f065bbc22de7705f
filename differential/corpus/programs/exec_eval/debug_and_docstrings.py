# __debug__ is a constant of the optimization level, and -OO (optimize=2) drops docstrings,
# whether compile() gets source text or a tree.
import ast

source = '''
"""module doc"""
def f():
    """doc"""
    return __debug__
class K:
    """class doc"""
result = (f(), f.__doc__, K.__doc__)
'''
for level in (0, 1, 2):
    for src in (source, ast.parse(source)):
        ns = {}
        exec(compile(src, "<s>", "exec", optimize=level), ns)
        print(level, ns["result"], ns.get("__doc__"))
