"""Checks the generator's programs with CPython, for GeneratorValidityTest.

argv[1] is a directory of NAME.canonical.py / NAME.layout.py pairs. For each pair: CPython must
parse both; ast.unparse of the canonical text's tree must give that text back (the Unparser
prints exactly what ast.unparse prints); the layout text must parse to the same tree (no
positions). Prints one line per problem, "NAME: what", and nothing else.
"""
import ast
import os
import sys

directory = sys.argv[1]
for entry in sorted(os.listdir(directory)):
    if not entry.endswith(".canonical.py"):
        continue
    name = entry[: -len(".canonical.py")]
    with open(os.path.join(directory, entry), encoding="utf-8") as f:
        canonical = f.read()
    with open(os.path.join(directory, name + ".layout.py"), encoding="utf-8") as f:
        layout = f.read()
    try:
        tree = ast.parse(canonical)
    except SyntaxError as e:
        print(f"{name}: CPython rejects the canonical text: {e.msg} (line {e.lineno})")
        continue
    again = ast.unparse(tree)
    if again != canonical:
        print(f"{name}: ast.unparse differs from the Unparser: {again!r}")
    try:
        varied = ast.parse(layout)
    except SyntaxError as e:
        print(f"{name}: CPython rejects the layout text: {e.msg} (line {e.lineno})")
        continue
    if ast.dump(varied) != ast.dump(tree):
        print(f"{name}: the layout text parses to another tree")
