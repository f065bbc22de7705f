package dev.krait.fuzz;

import dev.krait.fuzz.TypedExpressions.Scope;
import dev.krait.fuzz.TypedExpressions.Ty;

/**
 * Random statements over typed variables for {@link TypedProgramGenerator}: prints, assignments
 * that keep the variables' invariants (ints reduced modulo a constant, lists never empty),
 * augmented assignments, container mutations, {@code if}/{@code elif}/{@code else}, bounded
 * {@code for} and {@code while} loops, {@code try} statements and unpacking.
 *
 * <p>Two scopes are passed around: what a block may read, and what it may assign. In a function
 * they differ, because assigning a module variable there would make it local and the function
 * would fail with {@code UnboundLocalError} before the assignment.
 */
final class TypedStatements {
    /** Where statements go: the text so far, and the current indentation. */
    static final class Code {
        final StringBuilder text = new StringBuilder();
        int indent;
        int lines;

        void line(String s) {
            text.append("    ".repeat(indent)).append(s).append('\n');
            lines++;
        }
    }

    final TypedExpressions x;
    final Code code;
    private int names;

    TypedStatements(TypedExpressions x, Code code) {
        this.x = x;
        this.code = code;
    }

    /** A fresh name with a readable prefix. */
    String fresh(String prefix) {
        return prefix + (++names);
    }

    /** A value of type {@code t} made to keep the invariants a variable of that type keeps. */
    String stored(Scope read, Ty t, int depth) {
        String e = x.expr(read, t, depth);
        return switch (t) {
            case INT -> "(" + e + ") % " + x.pick(new String[] {"1000000007", "(2 ** 64)",
                "(10 ** 25)", "97", "(-(10 ** 20))"});
            case FLOAT -> "(" + e + ") % " + x.pick(new String[] {"997.0", "10.5", "1e5"});
            case STR -> "(" + e + ")[:40]";
            case LIST_INT -> "(" + e + ")[:8] or [" + x.smallInt() + "]";
            case LIST_STR -> "(" + e + ")[:6] or [" + TypedExpressions.quote(x.word()) + "]";
            case TUPLE_INT -> "(" + e + ")[:6] or (" + x.smallInt() + ",)";
            default -> e;
        };
    }

    void print(Scope read, int depth) {
        Ty t = x.anyType();
        String e = x.expr(read, t, depth);
        switch (x.pick(7)) {
            case 0 -> code.line("print(repr(" + e + "))");
            case 1 -> code.line("print(" + TypedExpressions.quote(x.word().trim()) + ", " + e
                    + ")");
            case 2 -> code.line("print(" + e + ", " + x.expr(read, x.anyType(), depth)
                    + ", sep=" + TypedExpressions.quote(x.pick(new String[] {" | ", "", ", "}))
                    + ")");
            case 3 -> code.line("print(" + x.fString(read, depth) + ")");
            case 4 -> code.line("print(" + e + ", end=" + TypedExpressions.quote(
                    x.pick(new String[] {";\n", " .\n", "\n\n"})) + ")");
            default -> code.line("print(" + e + ")");
        }
    }

    void assign(Scope read, Scope write, int depth) {
        Ty t = x.anyType();
        if (write.of(t).isEmpty() || x.chance(15)) {
            String name = fresh(prefix(t));
            code.line(name + " = " + stored(read, t, depth));
            write.add(t, name);
            read.add(t, name);
        } else {
            code.line(x.pick(write.of(t)) + " = " + stored(read, t, depth));
        }
    }

    static String prefix(Ty t) {
        return switch (t) {
            case INT -> "n";
            case FLOAT -> "f";
            case STR -> "s";
            case BOOL -> "flag";
            case LIST_INT -> "nums";
            case LIST_STR -> "words";
            case TUPLE_INT -> "tup";
            case DICT_STR_INT -> "counts";
            case SET_INT -> "bag";
        };
    }

    /** Augmented assignment and in-place mutation; neither grows values without bound. */
    void mutate(Scope read, Scope write) {
        Ty t = x.pick(new Ty[] {Ty.INT, Ty.INT, Ty.FLOAT, Ty.STR, Ty.LIST_INT, Ty.LIST_STR,
            Ty.DICT_STR_INT, Ty.SET_INT, Ty.BOOL});
        // Only names that surely exist here: a name assigned in a branch not taken does not.
        java.util.List<String> both = write.of(t).stream().filter(read.of(t)::contains).toList();
        boolean assignable = !both.isEmpty();
        if (!assignable && !(t == Ty.LIST_INT || t == Ty.DICT_STR_INT || t == Ty.SET_INT)
                || read.of(t).isEmpty()) {
            print(read, 2);
            return;
        }
        String v = assignable ? x.pick(both) : x.pick(read.of(t));
        String small = x.smallInt();
        switch (t) {
            case INT -> code.line(v + " " + x.pick(new String[] {"+=", "-=", "|=", "^=", "&="})
                    + " " + x.atom(read, Ty.INT));
            case FLOAT -> code.line(v + " " + x.pick(new String[] {"+=", "-=", "*="}) + " "
                    + x.pick(new String[] {"0.5", "1.5", "-2.25", "3"}));
            case STR -> code.line(v + " += " + x.pick(new String[] {"'!'", "'ab'", "str(1)",
                "'é'"}));
            case BOOL -> code.line(v + " = not " + v);
            case LIST_INT -> {
                switch (x.pick(9)) {
                    case 0 -> code.line(v + ".append(" + x.expr(read, Ty.INT, 1) + ")");
                    case 1 -> code.line(v + ".extend(" + x.literal(Ty.LIST_INT) + ")");
                    case 2 -> code.line(v + ".insert(" + small + ", " + x.atom(read, Ty.INT)
                            + ")");
                    case 3 -> {
                        code.line("if len(" + v + ") > 1:");
                        code.indent++;
                        code.line("print('popped', " + v + ".pop(" + x.pick(new String[] {"",
                            "0", "-1"}) + "))");
                        code.indent--;
                    }
                    case 4 -> code.line(v + ".sort(" + x.pick(new String[] {"", "reverse=True",
                        "key=abs", "key=lambda v: (v % 2, -v)"}) + ")");
                    case 5 -> code.line(v + ".reverse()");
                    case 6 -> code.line(TypedExpressions.indexed(v, x.atom(read, Ty.INT))
                            + " = " + x.atom(read, Ty.INT));
                    case 7 -> code.line("print(" + v + ".count(" + small + "), " + v
                            + ".index(" + v + "[-1]))");
                    default -> {
                        code.line("if len(" + v + ") > 2:");
                        code.indent++;
                        code.line("del " + v + "[" + x.pick(new String[] {"0", "-1", "1:2",
                            "::2"}) + "]");
                        code.indent--;
                    }
                }
                code.line("print(" + v + ")");
            }
            case LIST_STR -> {
                code.line(v + ".append(" + TypedExpressions.quote(x.word()) + ")");
                code.line(v + " = " + v + "[-6:]");
            }
            case DICT_STR_INT -> {
                String k = TypedExpressions.quote(x.key());
                switch (x.pick(6)) {
                    case 0 -> code.line(v + "[" + k + "] = " + x.expr(read, Ty.INT, 1));
                    case 1 -> code.line("print(" + v + ".pop(" + k + ", None))");
                    case 2 -> code.line("print(" + v + ".setdefault(" + k + ", " + small + "))");
                    case 3 -> code.line(v + ".update({" + k + ": " + small + "}, z=" + small
                            + ")");
                    case 4 -> code.line(v + "[" + k + "] = " + v + ".get(" + k + ", 0) + 1");
                    default -> code.line("print(sorted(" + v + ".items()))");
                }
                code.line("print(" + v + ")");
            }
            case SET_INT -> {
                code.line(v + "." + x.pick(new String[] {"add", "discard"}) + "("
                        + x.atom(read, Ty.INT) + ")");
                code.line("print(" + v + ", len(" + v + "))");
            }
            default -> print(read, 1);
        }
    }

    /** A block of {@code count} random statements; {@code depth} bounds nesting. */
    void block(Scope read, Scope write, int count, int depth) {
        for (int i = 0; i < count; i++) {
            statement(read, write, depth);
        }
    }

    void statement(Scope read, Scope write, int depth) {
        int choice = x.pick(depth > 0 ? 16 : 9);
        switch (choice) {
            case 0, 1, 2 -> print(read, 2);
            case 3, 4 -> assign(read, write, 2);
            case 5, 6 -> mutate(read, write);
            case 7 -> unpack(read, write);
            case 8 -> print(read, 3);
            case 9, 10 -> ifStatement(read, write, depth - 1);
            case 11, 12 -> forLoop(read, write, depth - 1);
            case 13 -> whileLoop(read, write, depth - 1);
            default -> tryStatement(read, write, depth - 1);
        }
    }

    void ifStatement(Scope read, Scope write, int depth) {
        code.line("if " + x.expr(read, Ty.BOOL, 2) + ":");
        nested(read, write, depth);
        int elifs = x.pick(3);
        for (int i = 0; i < elifs; i++) {
            code.line("elif " + x.expr(read, Ty.BOOL, 2) + ":");
            nested(read, write, depth);
        }
        if (x.chance(60)) {
            code.line("else:");
            nested(read, write, depth);
        }
    }

    /** A nested block: the names it creates may not exist after it, so they stay inside. */
    private void nested(Scope read, Scope write, int depth) {
        code.indent++;
        block(read.copy(), write.copy(), 1 + x.pick(3), depth);
        code.indent--;
    }

    /** A {@code for} over something short, with the loop variable typed in the body. */
    void forLoop(Scope read, Scope write, int depth) {
        Scope body = read.copy();
        String v = fresh("item");
        switch (x.pick(7)) {
            case 0 -> {
                code.line("for " + v + " in range(" + x.pick(new String[] {"4", "1, 6",
                    "5, 0, -2", "len(" + x.nonEmptyList(read) + "[:5])"}) + "):");
                body.add(Ty.INT, v);
            }
            case 1 -> {
                code.line("for " + v + " in " + x.nonEmptyList(read) + "[:5]:");
                body.add(Ty.INT, v);
            }
            case 2 -> {
                String i = fresh("idx");
                code.line("for " + i + ", " + v + " in enumerate(" + x.expr(read, Ty.LIST_STR, 1)
                        + "[:4]" + (x.chance(50) ? ", 1" : "") + "):");
                body.add(Ty.INT, i);
                body.add(Ty.STR, v);
            }
            case 3 -> {
                String k = fresh("key");
                code.line("for " + k + ", " + v + " in sorted(" + x.expr(read, Ty.DICT_STR_INT, 1)
                        + ".items()):");
                body.add(Ty.STR, k);
                body.add(Ty.INT, v);
            }
            case 4 -> {
                String w = fresh("other");
                code.line("for " + v + ", " + w + " in zip(" + x.nonEmptyList(read) + "[:4], "
                        + x.expr(read, Ty.LIST_STR, 1) + "[:4]):");
                body.add(Ty.INT, v);
                body.add(Ty.STR, w);
            }
            case 5 -> {
                code.line("for " + v + " in " + x.expr(read, Ty.STR, 1) + "[:5]:");
                body.add(Ty.STR, v);
            }
            default -> {
                code.line("for " + v + " in sorted(" + x.expr(read, x.sets ? Ty.SET_INT
                        : Ty.LIST_INT, 1) + ")[:5]:");
                body.add(Ty.INT, v);
            }
        }
        code.indent++;
        if (x.chance(30)) {
            code.line("if " + x.expr(body, Ty.BOOL, 1) + ":");
            code.indent++;
            code.line(x.pick(new String[] {"continue", "break"}));
            code.indent--;
        }
        block(body, write.copy(), 1 + x.pick(3), depth);
        code.indent--;
        if (x.chance(20)) {
            code.line("else:");
            code.indent++;
            code.line("print('loop ended')");
            code.indent--;
        }
    }

    /** A {@code while} counting up to a small bound, so that it always ends. */
    void whileLoop(Scope read, Scope write, int depth) {
        String k = fresh("count");
        code.line(k + " = 0");
        code.line("while " + k + " < " + (2 + x.pick(5)) + ":");
        code.indent++;
        code.line(k + " += 1");
        Scope body = read.copy();
        body.add(Ty.INT, k);
        if (x.chance(40)) {
            code.line("if " + k + " == " + (1 + x.pick(3)) + ":");
            code.indent++;
            code.line(x.pick(new String[] {"continue", "break"}));
            code.indent--;
        }
        block(body, write.copy(), 1 + x.pick(3), depth);
        code.indent--;
        code.line("print('while done', " + k + ")");
    }

    /** Unpacking: tuples, starred targets, nested targets, swaps. */
    void unpack(Scope read, Scope write) {
        String a = fresh("first");
        String b = fresh("rest");
        String c = fresh("last");
        switch (x.pick(5)) {
            case 0 -> code.line(a + ", *" + b + " = " + x.nonEmptyList(read));
            case 1 -> code.line("*" + b + ", " + a + " = " + x.nonEmptyList(read));
            case 2 -> code.line(a + ", *" + b + ", " + c + " = " + x.nonEmptyList(read)
                    + " + [" + x.smallInt() + "]");
            case 3 -> code.line("(" + a + ", " + c + "), " + b + " = divmod("
                    + x.atom(read, Ty.INT) + ", 7), [" + x.smallInt() + "]");
            default -> {
                code.line(a + ", " + c + " = " + x.atom(read, Ty.INT) + ", "
                        + x.atom(read, Ty.INT));
                code.line(a + ", " + c + " = " + c + ", " + a);
                code.line(b + " = [" + a + "]");
            }
        }
        code.line("print(" + a + ", " + b + ")");
        read.add(Ty.INT, a);
        write.add(Ty.INT, a);
    }

    /** One operation that may raise, in a {@code try} with several handlers. */
    void tryStatement(Scope read, Scope write, int depth) {
        code.line("try:");
        code.indent++;
        if (x.chance(50)) {
            print(read, 1);
        }
        code.line(risky(read));
        code.line("print('no exception')");
        code.indent--;
        String e = fresh("err");
        if (x.chance(70)) {
            code.line("except (KeyError, IndexError) as " + e + ":");
            code.indent++;
            code.line("print(type(" + e + ").__name__, " + e + ", repr(" + e + "))");
            code.indent--;
        }
        code.line("except ZeroDivisionError as " + e + ":");
        code.indent++;
        code.line("print('division:', " + e + ")");
        code.indent--;
        code.line("except " + x.pick(new String[] {"ValueError", "(ValueError, TypeError)"})
                + " as " + e + ":");
        code.indent++;
        code.line("print(type(" + e + ").__name__ + ':', " + e + ".args)");
        code.indent--;
        // The last handler catches everything, so that a try never ends the program.
        if (x.chance(10)) {
            code.line("except:");
            code.indent++;
            code.line("print('something else')");
        } else {
            code.line("except Exception as " + e + ":");
            code.indent++;
            code.line("print('other', type(" + e + ").__name__, " + e + ")");
        }
        code.indent--;
        if (x.chance(40)) {
            code.line("else:");
            nested(read, write, depth);
        }
        if (x.chance(50)) {
            code.line("finally:");
            code.indent++;
            code.line("print('finally', " + x.expr(read, Ty.INT, 1) + ")");
            code.indent--;
        }
    }

    /** A statement that may raise one of the builtin exceptions a program meets most. */
    String risky(Scope read) {
        String n = x.atom(read, Ty.INT);
        String s = x.atom(read, Ty.STR);
        String l = x.nonEmptyList(read);
        return switch (x.pick(22)) {
            case 20 -> "assert " + n + " > 0, 'must be positive: ' + str(" + n + ")";
            case 21 -> "print(list(zip(" + l + ", " + l + "[1:], strict=True)))";
            case 0 -> "print(" + n + " // " + x.pick(new String[] {"0", n, "(" + n + " - "
                + n + ")"}) + ")";
            case 1 -> "print(" + n + " % 0)";
            case 2 -> "print(" + x.atom(read, Ty.FLOAT) + " / 0.0)";
            case 3 -> "print(int(" + s + "))";
            case 4 -> "print(float(" + s + "))";
            case 5 -> "print(" + x.pick(read.of(Ty.DICT_STR_INT).isEmpty() ? new String[] {"{}"}
                : read.of(Ty.DICT_STR_INT).toArray(String[]::new)) + "[" + s + "])";
            case 6 -> "print(" + l + "[" + n + "])";
            case 7 -> "print(" + x.atom(read, Ty.TUPLE_INT) + "[" + n + "])";
            case 8 -> "print(" + s + ".index(" + TypedExpressions.quote(x.pick(new String[] {"z",
                "a", "ss"})) + "))";
            case 9 -> "print(" + l + ".index(" + n + "))";
            case 10 -> "print([].pop())";
            case 11 -> "print(divmod(" + n + ", 0))";
            case 12 -> "print(" + s + " + " + n + ")";
            case 13 -> "print(len(" + n + "))";
            case 14 -> "print(next(iter(" + l + "[5:])))";
            case 15 -> "raise ValueError(" + x.fString(read, 0) + ")";
            case 16 -> "print(" + x.pick(new String[] {"min", "max"}) + "(" + l + "[9:]))";
            case 17 -> "print(" + s + ".split(" + TypedExpressions.quote("") + "))";
            case 18 -> "print(" + n + " ** -1 if " + n + " else 1 // 0)";
            default -> !x.sets ? "print({}.popitem())" : "print(" + x.atom(read, Ty.SET_INT)
                + ".pop() if " + x.atom(read, Ty.SET_INT) + " else {}.popitem())";
        };
    }
}
