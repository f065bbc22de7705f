# The compiler's "is with a literal", "not callable", "not subscriptable" and "indices must be
# integers" SyntaxWarnings look at the tree after constant folding: an operand that folds to a
# constant counts as one, an operation that raises or exceeds the folder's size limits does not.
import warnings

warnings.simplefilter("always")

CASES = [
    # "is" / "is not"
    "x is 1", "x is -1", "x is 1/0", "x is 1 + 2", "x is 2 ** 1000", "x is 2 ** 10",
    "x is 'abc'[0]", "x is 'abc'[5]", "x is (1, 2)[0]", "x is (1, 2)", "x is ()",
    "x is (x, 2)", "x is not (1,)", "x is -True", "x is not 1.5j", "x is None",
    "x is not ...", "x is (not 1)", "x is ~1", "x is ~1.5", "x is -'a'", "x is 'a' * 5000",
    "x is 'a' * 5", "x is __debug__", "x is (None)", "1 is x", "x is b'' + b'a'",
    "x is 'a' 'b'", "x is f'a'", "x is [1]", "x is {}", "x is (1, [2])",
    "x is 'abc'[1:]", "x is (1, 2, 3)[::2]", "x is 'a' % ()", "x is '%s' % 1",
    "x is 1 < 2", "x < 1 is y", "x is y is 1", "x is -(1/0)", "x is 10 % 0",
    "x is 1 << 200", "x is 1 << 2", "x is 1 @ 2", "x is (1, 2) * 300", "x is (1,) * 3",
    "if x is 2: pass", "while x is not 3: pass", "y = x if x is 4 else 5",
    # calls
    "(1)()", "(-1)()", "(1/0)()", "(1, 2)()", "(x, 2)()", "[1]()", "'a'()", "('a' 'b')()",
    "f'x'()", "{1: 2}()", "{1}()", "(x for x in y)()", "[x for x in y]()", "None()",
    "(2 ** 1000)()", "('abc'[0])()", "('abc'[9])()", "(-'a')()", "(lambda: 1)()", "...()",
    "[(1, 2) (3, 4)]", "(1.5j)()",
    # subscripts
    "(1)[0]", "(-1)[0]", "(1/0)[0]", "None[0]", "...[0]", "{1}[0]", "(1.5)[0]", "(1j)[0]",
    "(x for x in y)[0]", "(lambda: 1)[0]", "(2 ** 1000)[0]", "(1 + 2)[0]", "True[0]",
    "{x for x in y}[0]", "'abc'[0]", "x[0]", "(~1)[0]",
    # indices
    "'abc'[1.0]", "'abc'['a']", "'abc'[None]", "(1, 2)[1.5]", "[1, 2][1.5]", "(x, 2)['a']",
    "[1][None]", "b'ab'[()]", "'abc'[-1.0]", "'abc'[1 + 1.0]", "'abc'[1/0]", "'abc'[True]",
    "'abc'[-1]", "'abc'[x]", "'abc'[1:2]", "f'x'[1.0]", "[x for x in y]['a']",
    "(1, 2)[(1, 2)]", "'abc'[('a', 'b')[0]]", "'abc'[2 ** 1000]", "{1: 2}[1.0]",
    "'abc'[...]", "(1)[1.0]", "'a'[2j]", "'abc'['a' * 5000]",
    # assert
    "assert (1, 2)", "assert (x, 2)", "assert ()", "assert (1,) * 0", "assert (1,) + (2,)",
    "assert ((1, 2))",
    # in nested scopes and multi-line
    "def f():\n    return x is 1\n", "class C:\n    y = (1)()\n",
    "z = [\n  1,\n  2\n][\n1.0\n]", "lambda: x is -1", "[x is 1 for x in y]",
]

for src in CASES:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            compile(src, "<case>", "exec")
        except SyntaxError as e:
            print(repr(src), "SyntaxError", e.msg)
            continue
    print(repr(src), [(str(w.message), w.lineno) for w in caught])
