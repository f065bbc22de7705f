# The compiler's SyntaxWarnings go through the warnings filters: recorded by catch_warnings,
# and turned into a SyntaxError (at the warning's place) by an "error" filter.
import warnings

sources = ['assert(x, "msg")', "x is 1", "x is not 'a'", "[(1, 2) (3, 4)]", "x = [1][None]",
           "assert x, 'fine'"]
for src in sources:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        compile(src, "<testcase>", "exec")
    print([(x.category.__name__, str(x.message), x.filename, x.lineno) for x in w])
    with warnings.catch_warnings():
        warnings.simplefilter("error", SyntaxWarning)
        try:
            compile(src, "<testcase>", "exec")
            print("no error")
        except SyntaxError as e:
            print("SyntaxError:", e.msg, e.lineno, e.offset)
