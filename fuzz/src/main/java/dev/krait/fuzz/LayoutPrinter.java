package dev.krait.fuzz;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Node;
import dev.krait.ast.Pattern;
import dev.krait.ast.Unparser;
import dev.krait.text.Repr;
import java.math.BigInteger;
import java.util.SplittableRandom;

/**
 * Prints a tree as the Unparser does but with a varied layout that parses to the same tree (up to
 * positions): another indentation width or tabs, blank lines, comment lines and trailing comments,
 * backslash continuations around operators, redundant parentheses, parenthesised with-items,
 * numbers in other bases or with underscores, string prefixes and implicit concatenation,
 * self-documenting f-string fields ({@code f'{x=}'}). The parser then sees the same constructs at
 * many different token positions, which is where position bugs hide.
 */
public final class LayoutPrinter extends Unparser {
    private final SplittableRandom random;
    private final String indentUnit;
    private int patternDepth;

    private LayoutPrinter(long seed) {
        this.random = new SplittableRandom(seed);
        this.indentUnit = pick(" ", "  ", "    ", "    ", "\t", "        ", " \t", "   ");
    }

    /** The varied text of a tree; the same seed gives the same layout. */
    public static String print(Node node, long seed) {
        return new LayoutPrinter(seed).visit(node);
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    private boolean chance(double p) {
        return random.nextDouble() < p;
    }

    @Override
    protected String indentUnit() {
        return indentUnit;
    }

    @Override
    protected void beforeStatement() {
        if (!atStart() && chance(0.1)) {
            write(pick("  # trailing", "\t#", " # \u00e9\u4e2d", "#x"));
        }
        if (chance(0.1)) {
            write(atStart() ? "" : "\n");
            write(pick("", "# comment", "   # indented comment", "\t# tab", "    "));
            if (atStart()) {
                write("\n");
            }
        }
    }

    @Override
    protected void writeOperator(String spacedOperator) {
        if (chance(0.05)) {
            write(pick(" \\\n", "\\\n", " \\\n        ", " \\\n\t"));
            write(spacedOperator.stripLeading());
        } else if (chance(0.05) && !Character.isLetter(spacedOperator.strip().charAt(0))) {
            write(spacedOperator.strip()); // "a+b"; "aandb" would be one name
        } else {
            write(spacedOperator);
        }
    }

    @Override
    protected boolean parenthesizeWithItems() {
        return chance(0.3);
    }

    @Override
    protected void traverse(Pattern pattern) {
        patternDepth++;
        try {
            super.traverse(pattern);
        } finally {
            patternDepth--;
        }
    }

    @Override
    protected void traverse(Expr expr) {
        if (patternDepth == 0 && expr instanceof Expr.JoinedStr j && chance(0.7)) {
            String body = simpleFString(j);
            if (body != null) {
                write(pick("f", "F", "rf", "fr", "Rf", "fR", "FR", "rF") + body);
                return;
            }
        }
        if (patternDepth == 0 && parenthesizable(expr) && chance(0.08)) {
            write(pick("(", "( ", "(\n"));
            super.traverse(expr);
            write(pick(")", " )", "\n)"));
        } else {
            super.traverse(expr);
        }
    }

    /**
     * The f-string after its prefix, quoted with {@code '}, with each {@code "name="} text before
     * a field of that name printed as the self-documenting {@code {name=}} it may have come from;
     * or {@code null} when it holds text or fields this simple printer does not handle. Having no
     * backslash, it reads the same with any prefix, raw or not.
     */
    private static String simpleFString(Expr.JoinedStr j) {
        StringBuilder sb = new StringBuilder("'");
        java.util.List<Expr> values = j.values();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) instanceof Expr.Constant c && c.value() instanceof ConstantValue.Str s
                    && plain(s.value())) {
                if (i + 1 < values.size() && values.get(i + 1) instanceof Expr.FormattedValue f
                        && f.value() instanceof Expr.Name n && s.value().endsWith(n.id() + "=")
                        && (f.conversion() != -1 || f.formatSpec() != null)) {
                    String spec = spec(f.formatSpec());
                    if (spec == null) {
                        return null;
                    }
                    sb.append(s.value(), 0, s.value().length() - n.id().length() - 1)
                            .append('{').append(n.id()).append('=');
                    // {x=} alone means !r; with a spec it means no conversion.
                    if (f.conversion() != -1 && !(f.conversion() == 'r' && spec.isEmpty())) {
                        sb.append('!').append((char) f.conversion());
                    }
                    sb.append(spec.isEmpty() ? "" : ":" + spec).append('}');
                    i++;
                } else {
                    sb.append(s.value());
                }
            } else if (values.get(i) instanceof Expr.FormattedValue f
                    && f.value() instanceof Expr.Name n) {
                String spec = spec(f.formatSpec());
                if (spec == null) {
                    return null;
                }
                sb.append('{').append(n.id());
                if (f.conversion() != -1) {
                    sb.append('!').append((char) f.conversion());
                }
                sb.append(spec.isEmpty() ? "" : ":" + spec).append('}');
            } else {
                return null;
            }
        }
        return sb.append('\'').toString();
    }

    private static String spec(Expr formatSpec) {
        if (formatSpec == null) {
            return "";
        }
        if (formatSpec instanceof Expr.JoinedStr j && j.values().size() == 1
                && j.values().get(0) instanceof Expr.Constant c
                && c.value() instanceof ConstantValue.Str s && plain(s.value())) {
            return s.value();
        }
        return null;
    }

    /** Text that needs no escaping between single quotes in an f-string. */
    private static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '\\' || c == '{' || c == '}' || c == '\n' || c == '\r'
                    || c < ' ') {
                return false;
            }
        }
        return true;
    }

    /** Kinds whose parenthesised form is the same tree wherever the generator puts them. */
    private static boolean parenthesizable(Expr expr) {
        return switch (expr) {
            case Expr.BinOp b -> true;
            case Expr.BoolOp b -> true;
            case Expr.Compare c -> true;
            case Expr.UnaryOp u -> true;
            case Expr.Call c -> true;
            case Expr.IfExp i -> true;
            case Expr.Lambda l -> true;
            case Expr.Await a -> true;
            case Expr.ListComp c -> true;
            case Expr.Dict d -> true;
            case Expr.Set s -> true;
            case Expr.JoinedStr j -> true;
            case Expr.Constant c -> true;
            default -> false;
        };
    }

    @Override
    protected void writeConstant(Expr.Constant constant, String canonical) {
        switch (constant.value()) {
            case ConstantValue.Int i when chance(0.3) -> write(intText(i.value()));
            case ConstantValue.Str s when chance(0.3) -> write(strText(s.value(), canonical));
            case ConstantValue.Bytes b when chance(0.3) && canonical.indexOf('\\') < 0 ->
                    write(pick("rb", "Rb", "bR", "BR", "B") + canonical.substring(1));
            case ConstantValue.Imaginary im when chance(0.3) ->
                    write(leadingUnderscores(canonical).replace('j', 'J'));
            case ConstantValue.Float f when chance(0.3) ->
                    write(leadingUnderscores(canonical).replace('e', 'E'));
            default -> write(canonical);
        }
    }

    private String intText(BigInteger value) {
        return switch (random.nextInt(5)) {
            case 0 -> pick("0x", "0X") + value.toString(16);
            case 1 -> pick("0o", "0O") + value.toString(8);
            case 2 -> pick("0b", "0B") + value.toString(2);
            case 3 -> underscores(value.toString());
            default -> value.signum() == 0 ? pick("00", "0_0", "0") : value.toString();
        };
    }

    /** Underscores inside the leading run of digits ("1_2_3.0"), which is all a float allows. */
    private String leadingUnderscores(String literal) {
        int end = 0;
        while (end < literal.length() && Character.isDigit(literal.charAt(end))) {
            end++;
        }
        return underscores(literal.substring(0, end)) + literal.substring(end);
    }

    private String underscores(String digits) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && chance(0.3)) {
                sb.append('_');
            }
            sb.append(digits.charAt(i));
        }
        return sb.toString();
    }

    private String strText(String value, String canonical) {
        if (value.length() >= 2 && chance(0.5)) {
            int cut = 1 + random.nextInt(value.length() - 1);
            if (Character.isLowSurrogate(value.charAt(cut))) {
                cut--;
            }
            if (cut > 0) {
                return Repr.strRepr(value.substring(0, cut)) + pick(" ", "", "\\\n", "  ")
                        + Repr.strRepr(value.substring(cut));
            }
        }
        if (canonical.indexOf('\\') < 0) {
            if (chance(0.3) && canonical.indexOf('\'') < 0 && !canonical.endsWith("\"\"")
                    && canonical.length() > 2) {
                String body = canonical.substring(1, canonical.length() - 1);
                if (!body.endsWith("'")) {
                    return pick("r", "") + "'''" + body + "'''";
                }
            }
            return pick("r", "R", "") + canonical;
        }
        return canonical;
    }
}
