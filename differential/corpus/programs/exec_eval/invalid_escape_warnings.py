# An invalid escape in a str or bytes literal (and an octal escape above \377) is a
# DeprecationWarning issued while the source is parsed, once per literal (the first invalid
# escape), at the literal's first line; an "error" filter makes it a SyntaxError spanning the
# literal. A number run into a keyword (1if ...) is the tokenizer's SyntaxWarning.
import ast
import warnings

sources = [
    r"'\d'", r"b'\d'", r"'\407'", r"b'\777'", r"'\8\q'", r"u'\d'", r"rb'\d'", r"'\ä'",
    "x = ('\\d'\n    '\\q')", "'''\n\\z'''", r"f'\d{1}\q'", r"f'\{6*7}'", r"f'{1:\d}'",
    r"'\d\x'", r"'\e' $", r"'\e' + (", "def f():\n    return '\\d'\n",
    "1if 1 else 2", "0x1for x in y", "f'{1if 1 else 2}'",
]


def show(what, src):
    for action in ("always", "error"):
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter(action)
            try:
                what(src)
                outcome = "ok"
            except SyntaxError as e:
                outcome = (f"SyntaxError: {e.msg} ({e.filename}, {e.lineno}:{e.offset}-"
                           f"{e.end_lineno}:{e.end_offset}) {e.text!r}")
        print(f"{src!r:26} {action:6} {outcome}")
        for x in w:
            print("   ", x.category.__name__, str(x.message), x.filename, x.lineno)


for src in sources:
    show(lambda s: compile(s, "<case>", "exec"), src)
show(lambda s: ast.parse(s, "<ast>"), r"x = '\w+'")
show(lambda s: eval(s), r"'\s'")
show(lambda s: exec(s, {}), r"print(len('\p'))")
