package dev.krait.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.text.PythonBatch;
import dev.krait.text.Repr;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Unparser prints what CPython's {@code ast.unparse} prints. Each tree below is built by hand
 * around one of {@code _Unparser}'s decisions (parentheses from precedence, quote choice and
 * escapes, f-string quoting, docstrings, elif collapsing, the int-attribute space, infinities);
 * CPython then parses our text and unparses its own tree, which must give our text back. The
 * fuzz module checks the same property on thousands of generated programs.
 */
class UnparserTest {
    private static Expr name(String id) {
        return new Expr.Name(id, ExprContext.Load, 0, 0, 0, 0);
    }

    private static Expr store(String id) {
        return new Expr.Name(id, ExprContext.Store, 0, 0, 0, 0);
    }

    private static Expr constant(ConstantValue v) {
        return new Expr.Constant(v, null, 0, 0, 0, 0);
    }

    private static Expr num(long v) {
        return constant(new ConstantValue.Int(BigInteger.valueOf(v)));
    }

    private static Expr str(String s) {
        return constant(new ConstantValue.Str(s));
    }

    private static Expr bin(Expr l, Operator op, Expr r) {
        return new Expr.BinOp(l, op, r, 0, 0, 0, 0);
    }

    private static Expr unary(UnaryOp op, Expr e) {
        return new Expr.UnaryOp(op, e, 0, 0, 0, 0);
    }

    private static Stmt expr(Expr e) {
        return new Stmt.Expr(e, 0, 0, 0, 0);
    }

    private static Expr fstring(Expr... values) {
        return new Expr.JoinedStr(List.of(values), 0, 0, 0, 0);
    }

    private static Expr field(Expr value, int conversion, Expr spec) {
        return new Expr.FormattedValue(value, conversion, spec, 0, 0, 0, 0);
    }

    private static Stmt pass() {
        return new Stmt.Pass(0, 0, 0, 0);
    }

    private static Mod module(Stmt... body) {
        return new Mod.Module(List.of(body), List.of());
    }

    private static Arguments noArgs() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    private static Arg arg(String name) {
        return new Arg(name, null, null, 0, 0, 0, 0);
    }

    static List<Mod> trees() {
        List<Mod> trees = new ArrayList<>();
        // Precedence: (a + b) * c, a - (b - c), -(x ** 2), (-x) ** 2, 2 ** -1, not (a and b).
        trees.add(module(expr(bin(bin(name("a"), Operator.Add, name("b")), Operator.Mult,
                name("c")))));
        trees.add(module(expr(bin(name("a"), Operator.Sub, bin(name("b"), Operator.Sub,
                name("c"))))));
        trees.add(module(expr(unary(UnaryOp.USub, bin(name("x"), Operator.Pow, num(2))))));
        trees.add(module(expr(bin(unary(UnaryOp.USub, name("x")), Operator.Pow, num(2)))));
        trees.add(module(expr(bin(bin(num(2), Operator.Pow, num(3)), Operator.Pow, num(4)))));
        trees.add(module(expr(unary(UnaryOp.Not, new Expr.BoolOp(BoolOp.And,
                List.of(name("a"), new Expr.BoolOp(BoolOp.Or, List.of(name("b"), name("c")),
                        0, 0, 0, 0)), 0, 0, 0, 0)))));
        // Attribute of an int needs a space; of a float it does not.
        trees.add(module(expr(new Expr.Attribute(num(1), "real", ExprContext.Load, 0, 0, 0, 0)),
                expr(new Expr.Attribute(constant(new ConstantValue.Float(1.5)), "real",
                        ExprContext.Load, 0, 0, 0, 0))));
        // Infinities and a big imaginary.
        trees.add(module(expr(constant(new ConstantValue.Float(Double.POSITIVE_INFINITY))),
                expr(constant(new ConstantValue.Imaginary(Double.POSITIVE_INFINITY))),
                expr(constant(new ConstantValue.Float(1e22)))));
        // Quote choice and escapes in strings and bytes.
        for (String s : List.of("it's", "say \"hi\"", "both ' and \"", "tab\tnl\n", "\\",
                "\u00e9\u200b\ud83d\udc0d", "\0")) {
            trees.add(module(expr(str(s)),
                    expr(constant(new ConstantValue.Bytes(s.getBytes(
                            java.nio.charset.StandardCharsets.ISO_8859_1))))));
        }
        // Docstrings: module, function and class, with quotes and newlines.
        for (String doc : List.of("doc", "two\nlines", "ends with quote\"", "it's \\ here",
                "'''\"\"\"")) {
            trees.add(module(expr(str(doc)), new Stmt.FunctionDef("f", noArgs(),
                    List.of(expr(str(doc)), pass()), List.of(), null, null, 0, 0, 0, 0)));
        }
        // f-strings: quotes around nested strings, conversions, specs with fields, braces.
        trees.add(module(expr(fstring(str("a{b}"), field(name("x"), 'r', null)))));
        trees.add(module(expr(fstring(field(str("it's"), -1, null), str("\n")))));
        trees.add(module(expr(fstring(field(name("x"), -1, fstring(str(">"),
                field(name("w"), -1, null)))))));
        trees.add(module(expr(fstring(field(fstring(field(str("s"), 'a', null)), -1, null),
                str("'\"")))));
        trees.add(module(expr(fstring(field(new Expr.Dict(List.of(name("k")), List.of(num(1)),
                0, 0, 0, 0), -1, null)))));
        trees.add(module(expr(fstring(field(new Expr.Lambda(noArgs(), num(1), 0, 0, 0, 0), -1,
                null)))));
        // elif collapsing, and an else holding two statements.
        Stmt inner = new Stmt.If(name("b"), List.of(pass()), List.of(pass(), pass()), 0, 0, 0, 0);
        trees.add(module(new Stmt.If(name("a"), List.of(pass()), List.of(inner), 0, 0, 0, 0)));
        // Arguments: positional-only, defaults, bare star, keyword-only, **kwargs; lambda too.
        Arguments args = new Arguments(List.of(arg("a")), List.of(arg("b")), null,
                List.of(arg("c"), arg("d")), java.util.Arrays.asList(null, num(1)), arg("e"),
                List.of(num(2)));
        trees.add(module(new Stmt.FunctionDef("f", args, List.of(pass()), List.of(name("deco")),
                name("int"), null, 0, 0, 0, 0), expr(new Expr.Lambda(args, name("a"),
                0, 0, 0, 0))));
        // Tuples: empty, single, as subscript, as target; starred; walrus; await; yield.
        Expr single = new Expr.Tuple(List.of(num(1)), ExprContext.Load, 0, 0, 0, 0);
        trees.add(module(expr(new Expr.Tuple(List.of(), ExprContext.Load, 0, 0, 0, 0)),
                expr(single),
                expr(new Expr.Subscript(name("a"), single, ExprContext.Load, 0, 0, 0, 0)),
                new Stmt.Assign(List.of(new Expr.Tuple(List.of(store("a"), new Expr.Starred(
                        store("b"), ExprContext.Store, 0, 0, 0, 0)), ExprContext.Store,
                        0, 0, 0, 0)), new Expr.NamedExpr(store("x"), num(1), 0, 0, 0, 0), null,
                        0, 0, 0, 0),
                expr(new Expr.Set(List.of(), 0, 0, 0, 0))));
        // Patterns: or inside as, class with keywords, mapping rest, star, singleton.
        Pattern or = new Pattern.MatchOr(List.of(new Pattern.MatchValue(num(1), 0, 0, 0, 0),
                new Pattern.MatchSingleton(ConstantValue.NONE, 0, 0, 0, 0)), 0, 0, 0, 0);
        Pattern seq = new Pattern.MatchSequence(List.of(new Pattern.MatchAs(or, "y", 0, 0, 0, 0),
                new Pattern.MatchStar(null, 0, 0, 0, 0)), 0, 0, 0, 0);
        Pattern cls = new Pattern.MatchClass(name("P"), List.of(seq), List.of("x"),
                List.of(new Pattern.MatchMapping(List.of(str("k")), List.of(new Pattern.MatchAs(
                        null, null, 0, 0, 0, 0)), "rest", 0, 0, 0, 0)), 0, 0, 0, 0);
        trees.add(module(new Stmt.Match(name("s"), List.of(new MatchCase(cls, name("g"),
                List.of(pass())), new MatchCase(new Pattern.MatchAs(or, "z", 0, 0, 0, 0), null,
                List.of(pass()))), 0, 0, 0, 0)));
        // try/except* with a name, else and finally.
        trees.add(module(new Stmt.TryStar(List.of(pass()), List.of(new ExceptHandler(name("E"),
                "e", List.of(pass()), 0, 0, 0, 0)), List.of(pass()), List.of(pass()),
                0, 0, 0, 0)));
        return trees;
    }

    @Test
    void cpythonUnparsesOurTextToTheSameText() {
        List<String> ours = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (Mod tree : trees()) {
            String text = Unparser.unparse(tree);
            ours.add(text);
            input.append(Repr.strRepr(text)).append('\n');
        }
        String script = """
                import ast, sys
                for line in sys.stdin:
                    print(repr(ast.unparse(ast.parse(ast.literal_eval(line)))))
                """;
        List<String> cpython = PythonBatch.run(script, input.toString(), 60);
        for (int i = 0; i < ours.size(); i++) {
            assertEquals(cpython.get(i), Repr.strRepr(ours.get(i)), "tree " + i);
        }
    }

    /**
     * Real code: a sample of the installed standard library, parsed by Krait and printed by the
     * Unparser, against CPython's {@code ast.unparse(ast.parse(file))}.
     */
    @Test
    void standardLibrarySampleUnparsesAsCPythonDoes() throws Exception {
        String listing = """
                import os, sysconfig
                root = sysconfig.get_paths()["stdlib"]
                files = sorted(os.path.join(d, f) for d, _, fs in os.walk(root)
                               for f in fs if f.endswith(".py"))
                for path in files[::80]:
                    print(path)
                """;
        List<String> paths = PythonBatch.run(listing, "", 60);
        String unparse = """
                import ast, sys
                for line in sys.stdin:
                    try:
                        with open(line.rstrip("\\n"), "rb") as f:
                            print(repr(ast.unparse(ast.parse(f.read()))))
                    except Exception as e:
                        print("ERROR", type(e).__name__)
                """;
        List<String> cpython = PythonBatch.run(unparse, String.join("\n", paths) + "\n", 120);
        int compared = 0;
        for (int i = 0; i < paths.size(); i++) {
            if (cpython.get(i).startsWith("ERROR")) {
                continue;
            }
            byte[] source = java.nio.file.Files.readAllBytes(java.nio.file.Path.of(paths.get(i)));
            Mod tree = dev.krait.parser.Parser.parse(source, paths.get(i),
                    dev.krait.parser.Parser.Mode.EXEC);
            assertEquals(cpython.get(i), Repr.strRepr(Unparser.unparse(tree)), paths.get(i));
            compared++;
        }
        assertTrue(compared > 10, "only " + compared + " files compared");
    }

    @Test
    void raiseWithCauseButNoExceptionIsRefused() {
        Mod tree = module(new Stmt.Raise(null, name("c"), 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> Unparser.unparse(tree));
    }
}
