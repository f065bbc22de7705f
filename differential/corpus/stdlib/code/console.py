# code and codeop: compiling interactive input incrementally, as a REPL does.
import code
import codeop
import io
import contextlib

for src in ["x = 1", "if True:", "if True:\n    y = 2\n", "def f(:", "1 +"]:
    try:
        r = codeop.compile_command(src)
        print(repr(src), "complete" if r is not None else "incomplete")
    except SyntaxError as e:
        print(repr(src), "SyntaxError", e.msg)
interp = code.InteractiveInterpreter(locals={})
out = io.StringIO()
with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
    print(interp.runsource("a = 6 * 7"), interp.runsource("print(a)"), interp.runsource("for i in range(2):"))
    interp.runsource("1/0")
    interp.runsource("def g(:")
print(out.getvalue().replace('File "<input>"', 'File "<input>"'))
console = code.InteractiveConsole()
print(console.push("z = 3"), console.push("def h():"), console.push("    return z"), console.push(""), console.push("h()"))
