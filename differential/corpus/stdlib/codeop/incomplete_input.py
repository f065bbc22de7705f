# codeop.compile_command on complete, incomplete and invalid input in each mode, as a REPL asks it.
import codeop
cases = ["x = 1", "if True:", "if True:\n    y = 2", "if True:\n    y = 2\n", "def f(:", "1 +", "(1,", "'abc", "'''abc", "x = [1,\n2", "for i in x:\n  pass\n\n", "class C:\n    def m(self):\n        pass\n", "@dec", "a = (", "print('x')", "", "# only a comment", "if x:\n pass\nelse:", "try:\n  pass\n", "x = 1 +\\"]
for src in cases:
    for symbol in ("single", "exec", "eval"):
        try:
            r = codeop.compile_command(src, symbol=symbol)
            print(repr(src), symbol, "complete" if r is not None else "incomplete")
        except SyntaxError as e:
            print(repr(src), symbol, "SyntaxError", e.msg)
        except (OverflowError, ValueError) as e:
            print(repr(src), symbol, type(e).__name__)
