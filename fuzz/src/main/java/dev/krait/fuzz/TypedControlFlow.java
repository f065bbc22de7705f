package dev.krait.fuzz;

import dev.krait.fuzz.TypedStatements.Code;

/**
 * A segment of {@link TypedProgramGenerator} that nests control flow at random: {@code for} and
 * {@code while} loops (with {@code else}), {@code try} with {@code except}, {@code else} and
 * {@code finally}, {@code with} over a context manager that suppresses some exceptions, and
 * {@code if}, with {@code break}, {@code continue}, {@code return}, {@code raise}, a bare
 * re-raise and (in a generator) {@code yield} dropped in anywhere they are legal, including
 * inside {@code finally} and {@code except}. Every block prints a trace line, and the function
 * is called with several arguments (a generator is also closed half-way), so the order in which
 * the blocks ran, what escaped and what was swallowed are all compared. This is where an
 * interpreter's unwinding (finally blocks, exception context, generator close) is most likely
 * to go wrong, and generated expressions alone never reach it.
 */
final class TypedControlFlow {
    private final TypedExpressions x;
    private final TypedStatements st;
    private final Code code;
    private int labels;
    private boolean generator;

    TypedControlFlow(TypedExpressions x, TypedStatements st, Code code) {
        this.x = x;
        this.st = st;
        this.code = code;
    }

    /** A function with a random nest of blocks, and the calls that show what it does. */
    void segment() {
        String ctx = st.fresh("Guard");
        String f = st.fresh("flow");
        generator = x.chance(35);
        labels = 0;
        code.line("import sys");
        code.line("class " + ctx + ":");
        code.indent++;
        code.line("def __init__(self, tag, swallow):");
        code.line("    self.tag, self.swallow = tag, swallow");
        code.line("def __enter__(self):");
        code.line("    print('enter', self.tag)");
        code.line("    return self.tag");
        code.line("def __exit__(self, kind, value, tb):");
        code.line("    print('exit', self.tag, kind and kind.__name__, sys.exc_info()[0] is kind)");
        code.line("    return kind is not None and kind.__name__ in self.swallow");
        code.indent--;
        code.line("def " + f + "(n):");
        code.indent++;
        code.line("trace = []");
        if (generator) {
            code.line("yield 'started'");
        }
        code.indent--;
        block(3, false, ctx, 2 + x.pick(3), 0);
        code.indent++;
        code.line("return 'end', n, trace" + (generator ? "[:3]" : ""));
        code.indent--;
        code.line("for n in range(" + (3 + x.pick(4)) + "):");
        code.indent++;
        code.line("try:");
        code.line("    print('result', n, " + (generator ? "list(" + f + "(n))" : f + "(n)")
                + ")");
        code.line("except Exception as e:");
        code.line("    print('escaped', n, type(e).__name__, e, repr(e.__context__))");
        code.line("print('after', n, sys.exc_info())");
        code.indent--;
        if (generator) {
            code.line("try:");
            code.line("    g = " + f + "(" + x.pick(4) + ")");
            code.line("    print('first', next(g), next(g, 'exhausted'))");
            code.line("    g.close()");
            code.line("    print('closed', g.gi_frame is None)");
            code.line("except Exception as e:");
            code.line("    print('close raised', type(e).__name__, e)");
            // A generator that ignored the close is still suspended: run it to its end here,
            // for CPython would close it again the moment g is rebound, Krait only when its
            // collector finds it (docs/DIFFERENCES.md), and the prints would move.
            code.line("try:");
            code.line("    print('rest', list(g))");
            // the GeneratorExit the ignored close left pending comes out at the end
            code.line("except BaseException as e:");
            code.line("    print('rest raised', type(e).__name__, e)");
        }
    }

    private String label() {
        return "L" + (++labels);
    }

    /** A condition on the argument and the loop counters, true for some calls only. */
    private String condition(int loops) {
        String v = loops > 0 && x.chance(60) ? "i" + (1 + x.pick(loops)) : "n";
        return v + " % " + (2 + x.pick(3)) + " == " + x.pick(2);
    }

    private void block(int depth, boolean inLoop, String ctx, int count, int loops) {
        code.indent++;
        for (int i = 0; i < count; i++) {
            statement(depth, inLoop, ctx, loops);
        }
        code.indent--;
    }

    private void trace() {
        String l = label();
        code.line("trace.append('" + l + "')");
        code.line(generator && x.chance(40) ? "yield '" + l + "'" : "print('" + l + "', n)");
    }

    private void statement(int depth, boolean inLoop, String ctx, int loops) {
        int choice = x.pick(depth > 0 ? 12 : 5);
        switch (choice) {
            case 0, 1 -> trace();
            case 2 -> jump(inLoop, loops);
            case 3 -> {
                code.line("if " + condition(loops) + ":");
                code.indent++;
                jump(inLoop, loops);
                code.indent--;
            }
            case 4 -> trace();
            case 5, 6 -> {
                String i = "i" + (loops + 1);
                if (x.chance(70)) {
                    code.line("for " + i + " in range(" + (1 + x.pick(3)) + "):");
                } else {
                    code.line(i + " = 0");
                    code.line("while " + i + " < " + (1 + x.pick(3)) + ":");
                    code.line("    " + i + " += 1");
                }
                block(depth - 1, true, ctx, 1 + x.pick(3), loops + 1);
                if (x.chance(30)) {
                    code.line("else:");
                    code.indent++;
                    trace();
                    code.indent--;
                }
            }
            case 7, 8 -> tryStatement(depth, inLoop, ctx, loops);
            case 9 -> {
                String swallow = x.pick(new String[] {"()", "('ValueError',)",
                    "('KeyError', 'ZeroDivisionError')", "('ValueError', 'KeyError')"});
                code.line("with " + ctx + "('" + label() + "', " + swallow + ")"
                        + (x.chance(50) ? " as tag:" : ":"));
                block(depth - 1, inLoop, ctx, 1 + x.pick(3), loops);
            }
            default -> {
                code.line("if " + condition(loops) + ":");
                block(depth - 1, inLoop, ctx, 1 + x.pick(2), loops);
                if (x.chance(50)) {
                    code.line("else:");
                    block(depth - 1, inLoop, ctx, 1 + x.pick(2), loops);
                }
            }
        }
    }

    private void tryStatement(int depth, boolean inLoop, String ctx, int loops) {
        code.line("try:");
        block(depth - 1, inLoop, ctx, 1 + x.pick(3), loops);
        boolean handler = x.chance(75);
        if (handler) {
            String e = "e" + depth;
            code.line("except " + x.pick(new String[] {"ValueError", "(ValueError, KeyError)",
                "LookupError", "Exception", "ZeroDivisionError"}) + " as " + e + ":");
            code.indent++;
            code.line("print('caught', type(" + e + ").__name__, " + e + ", n)");
            code.indent--;
            if (x.chance(30)) {
                code.indent++;
                code.line("if " + condition(loops) + ":");
                code.line("    raise");
                code.indent--;
            }
            block(depth - 1, inLoop, ctx, x.pick(2), loops);
            if (x.chance(30)) {
                code.line("else:");
                block(depth - 1, inLoop, ctx, 1, loops);
            }
        }
        if (!handler || x.chance(60)) {
            code.line("finally:");
            code.indent++;
            code.line("print('finally', n, sys.exc_info()[0])");
            code.indent--;
            block(depth - 1, inLoop, ctx, x.pick(2), loops);
        }
    }

    /** A jump legal here: break/continue in a loop, return, or a raise. */
    private void jump(boolean inLoop, int loops) {
        int choice = x.pick(inLoop ? 6 : 4);
        switch (choice) {
            case 0 -> code.line("return " + (generator ? "'returned'" : "'returned', n, trace"));
            case 1 -> code.line("raise ValueError('v' + str(n))");
            case 2 -> code.line("raise " + x.pick(new String[] {"KeyError(n)",
                "ZeroDivisionError('zero')", "RuntimeError('runtime')"}));
            case 3 -> code.line("print('unused jump', n)");
            case 4 -> code.line("break");
            default -> code.line("continue");
        }
    }
}
