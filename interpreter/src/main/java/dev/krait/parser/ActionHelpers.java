package dev.krait.parser;

import dev.krait.ast.Arg;
import dev.krait.ast.Arguments;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Comprehension;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Keyword;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.lexer.Token;
import dev.krait.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.List;

/**
 * The helpers that grammar actions call, as CPython's {@code Parser/action_helpers.c} defines them,
 * with the small intermediate records the grammar passes between rules ({@code NameDefaultPair},
 * {@code SlashWithDefault}, {@code StarEtc}, {@code KeyValuePair}, {@code CmpopExprPair},
 * {@code KeywordOrStarred}, {@code KeyPatternPair}). An absent sequence is always an empty list,
 * which is what CPython's {@code ast} module shows for a {@code NULL} sequence.
 */
abstract class ActionHelpers extends ParserBase {
    record NameDefaultPair(Arg arg, Expr value) {}

    record SlashWithDefault(List<Arg> plainNames, List<NameDefaultPair> namesWithDefaults) {}

    record StarEtc(Arg vararg, List<NameDefaultPair> kwonlyargs, Arg kwarg) {}

    record KeyValuePair(Expr key, Expr value) {}

    record CmpopExprPair(CmpOp cmpop, Expr expr) {}

    /** An element of a call's keyword section: a {@link Keyword} or a starred {@link Expr}. */
    record KeywordOrStarred(Object element, boolean isKeyword) {}

    record KeyPatternPair(Expr key, Pattern pattern) {}

    ActionHelpers(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /** CPython: _PyPegen_new_identifier: NFKC-normalised when not ASCII. */
    static String newIdentifier(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) >= 0x80) {
                return UnicodeData.normalizeNfkc(name);
            }
        }
        return name;
    }

    /** CPython: _PyPegen_name_token: a NAME (not a keyword) as a {@code Name} in Load context. */
    final Expr.Name name_token() {
        int m = mark;
        if (m == fill) {
            fillToken();
        }
        if (types[m] != NAME) {
            return null;
        }
        mark = m + 1;
        Expr.Name n = names[m];
        if (n == null) {
            n = nameFromToken(tokens[m]);
            names[m] = n;
        }
        return n;
    }

    static Expr.Name nameFromToken(Token t) {
        return new Expr.Name(newIdentifier(t.text()), ExprContext.Load, t.lineno(), t.colOffset(),
                t.endLineno(), t.endColOffset());
    }

    /**
     * CPython: _PyPegen_soft_keyword_token: a NAME that is a soft keyword -- as CPython 3.11
     * compares, with {@code strncmp} over the name's length, so that any prefix of a soft keyword
     * ({@code m}, {@code ca}, ...) counts too.
     */
    final Expr.Name soft_keyword_token() {
        int m = mark;
        Token t = expect(NAME);
        if (t == null) {
            return null;
        }
        String s = t.text();
        if ("_".startsWith(s) || "case".startsWith(s) || "match".startsWith(s)) {
            return nameFromToken(t);
        }
        mark = m;
        return null;
    }

    /** CPython: _PyPegen_number_token. */
    final Expr number_token() {
        Token t = expect(NUMBER);
        if (t == null) {
            return null;
        }
        return NumberParser.constant(this, t);
    }

    /** CPython: _PyPegen_seq_insert_in_front. */
    static <T> List<T> seqInsertInFront(T a, List<T> seq) {
        List<T> r = new ArrayList<>(seq == null ? 1 : seq.size() + 1);
        r.add(a);
        if (seq != null) {
            r.addAll(seq);
        }
        return r;
    }

    static <T> List<T> singletonSeq(T a) {
        List<T> r = new ArrayList<>(1);
        r.add(a);
        return r;
    }

    static <T> List<T> orEmpty(List<T> seq) {
        return seq == null ? List.of() : seq;
    }

    /** CPython: _PyPegen_join_sequences. */
    static <T> List<T> joinSequences(List<? extends T> a, List<? extends T> b) {
        List<T> r = new ArrayList<>(a.size() + b.size());
        r.addAll(a);
        r.addAll(b);
        return r;
    }

    /** CPython: _PyPegen_set_expr_context, a copy of the target with {@code ctx} all through it. */
    static Expr setExprContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Expr.Name n -> new Expr.Name(n.id(), ctx, n.lineno(), n.colOffset(), n.endLineno(),
                    n.endColOffset());
            case Expr.Tuple t -> new Expr.Tuple(setSeqContext(t.elts(), ctx), ctx, t.lineno(),
                    t.colOffset(), t.endLineno(), t.endColOffset());
            case Expr.List l -> new Expr.List(setSeqContext(l.elts(), ctx), ctx, l.lineno(),
                    l.colOffset(), l.endLineno(), l.endColOffset());
            case Expr.Subscript s -> new Expr.Subscript(s.value(), s.slice(), ctx, s.lineno(),
                    s.colOffset(), s.endLineno(), s.endColOffset());
            case Expr.Attribute a -> new Expr.Attribute(a.value(), a.attr(), ctx, a.lineno(),
                    a.colOffset(), a.endLineno(), a.endColOffset());
            case Expr.Starred s -> new Expr.Starred(setExprContext(s.value(), ctx), ctx,
                    s.lineno(), s.colOffset(), s.endLineno(), s.endColOffset());
            default -> e;
        };
    }

    private static List<Expr> setSeqContext(List<Expr> seq, ExprContext ctx) {
        List<Expr> r = new ArrayList<>(seq.size());
        for (Expr e : seq) {
            r.add(setExprContext(e, ctx));
        }
        return r;
    }

    /** CPython: _PyPegen_join_names_with_dot. */
    static Expr.Name joinNamesWithDot(Expr.Name first, Expr.Name second) {
        return new Expr.Name(first.id() + "." + second.id(), ExprContext.Load, first.lineno(),
                first.colOffset(), second.endLineno(), second.endColOffset());
    }

    /** CPython: _PyPegen_dummy_name, the placeholder function of the {@code args} rule's Call. */
    static final Expr.Name DUMMY_NAME = new Expr.Name("", ExprContext.Load, 1, 0, 1, 0);

    /** CPython: _PyPegen_seq_extract_starred_exprs. */
    static List<Expr> seqExtractStarredExprs(List<KeywordOrStarred> kwargs) {
        List<Expr> r = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) {
            if (!k.isKeyword()) {
                r.add((Expr) k.element());
            }
        }
        return r;
    }

    /** CPython: _PyPegen_seq_delete_starred_exprs. */
    static List<Keyword> seqDeleteStarredExprs(List<KeywordOrStarred> kwargs) {
        List<Keyword> r = new ArrayList<>();
        for (KeywordOrStarred k : kwargs) {
            if (k.isKeyword()) {
                r.add((Keyword) k.element());
            }
        }
        return r;
    }

    /** CPython: _PyPegen_collect_call_seqs. */
    static Expr.Call collectCallSeqs(List<Expr> a, List<KeywordOrStarred> b, Token s, Token e) {
        if (b == null) {
            return new Expr.Call(DUMMY_NAME, a, List.of(), s.lineno(), s.colOffset(), e.endLineno(),
                    e.endColOffset());
        }
        List<Expr> args = joinSequences(a, seqExtractStarredExprs(b));
        return new Expr.Call(DUMMY_NAME, args, seqDeleteStarredExprs(b), s.lineno(),
                s.colOffset(), e.endLineno(), e.endColOffset());
    }

    static List<Arg> namesOf(List<NameDefaultPair> pairs) {
        List<Arg> r = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            r.add(p.arg());
        }
        return r;
    }

    static List<Expr> defaultsOf(List<NameDefaultPair> pairs) {
        List<Expr> r = new ArrayList<>(pairs.size());
        for (NameDefaultPair p : pairs) {
            r.add(p.value());
        }
        return r;
    }

    /** CPython: _PyPegen_make_arguments. */
    static Arguments makeArguments(List<Arg> slashWithoutDefault,
            SlashWithDefault slashWithDefault, List<Arg> plainNames,
            List<NameDefaultPair> namesWithDefault, StarEtc starEtc) {
        List<Arg> posonlyargs;
        if (slashWithoutDefault != null) {
            posonlyargs = slashWithoutDefault;
        } else if (slashWithDefault != null) {
            posonlyargs = joinSequences(slashWithDefault.plainNames(),
                    namesOf(slashWithDefault.namesWithDefaults()));
        } else {
            posonlyargs = List.of();
        }
        List<Arg> posargs;
        if (plainNames != null && namesWithDefault != null) {
            posargs = joinSequences(plainNames, namesOf(namesWithDefault));
        } else if (namesWithDefault != null) {
            posargs = namesOf(namesWithDefault);
        } else if (plainNames != null) {
            posargs = plainNames;
        } else {
            posargs = List.of();
        }
        List<Expr> posdefaults;
        if (slashWithDefault != null && namesWithDefault != null) {
            posdefaults = joinSequences(defaultsOf(slashWithDefault.namesWithDefaults()),
                    defaultsOf(namesWithDefault));
        } else if (namesWithDefault != null) {
            posdefaults = defaultsOf(namesWithDefault);
        } else if (slashWithDefault != null) {
            posdefaults = defaultsOf(slashWithDefault.namesWithDefaults());
        } else {
            posdefaults = List.of();
        }
        Arg vararg = starEtc != null ? starEtc.vararg() : null;
        List<Arg> kwonlyargs = List.of();
        List<Expr> kwdefaults = List.of();
        if (starEtc != null && starEtc.kwonlyargs() != null) {
            kwonlyargs = namesOf(starEtc.kwonlyargs());
            kwdefaults = defaultsOf(starEtc.kwonlyargs());
        }
        Arg kwarg = starEtc != null ? starEtc.kwarg() : null;
        return new Arguments(posonlyargs, posargs, vararg, kwonlyargs, kwdefaults, kwarg,
                posdefaults);
    }

    /** CPython: _PyPegen_empty_arguments. */
    static Arguments emptyArguments() {
        return new Arguments(List.of(), List.of(), null, List.of(), List.of(), null, List.of());
    }

    /** CPython: _PyPegen_function_def_decorators. */
    static Stmt functionDefDecorators(List<Expr> decorators, Stmt f) {
        if (f instanceof Stmt.AsyncFunctionDef a) {
            return new Stmt.AsyncFunctionDef(a.name(), a.args(), a.body(), decorators, a.returns(),
                    a.typeComment(), a.lineno(), a.colOffset(), a.endLineno(), a.endColOffset());
        }
        Stmt.FunctionDef d = (Stmt.FunctionDef) f;
        return new Stmt.FunctionDef(d.name(), d.args(), d.body(), decorators, d.returns(),
                d.typeComment(), d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
    }

    /** CPython: _PyPegen_class_def_decorators. */
    static Stmt classDefDecorators(List<Expr> decorators, Stmt c) {
        Stmt.ClassDef d = (Stmt.ClassDef) c;
        return new Stmt.ClassDef(d.name(), d.bases(), d.keywords(), d.body(), decorators,
                d.lineno(), d.colOffset(), d.endLineno(), d.endColOffset());
    }

    /** CPython: _PyPegen_get_last_comprehension_item. */
    static Expr getLastComprehensionItem(Comprehension c) {
        if (c.ifs() == null || c.ifs().isEmpty()) {
            return c.iter();
        }
        return c.ifs().get(c.ifs().size() - 1);
    }

    /** CPython: _PyPegen_check_legacy_stmt. */
    static boolean checkLegacyStmt(Expr name) {
        return name instanceof Expr.Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    /** CPython: _PyPegen_ensure_imaginary. */
    final Expr ensureImaginary(Expr exp) {
        if (!(exp instanceof Expr.Constant c
                && c.value() instanceof dev.krait.ast.ConstantValue.Imaginary)) {
            throw raiseSyntaxErrorKnownLocation(exp, "imaginary number required in complex literal");
        }
        return exp;
    }

    /** CPython: _PyPegen_ensure_real. */
    final Expr ensureReal(Expr exp) {
        if (!(exp instanceof Expr.Constant c)
                || c.value() instanceof dev.krait.ast.ConstantValue.Imaginary) {
            throw raiseSyntaxErrorKnownLocation(exp, "real number required in complex literal");
        }
        return exp;
    }

    /** CPython: _PyPegen_nonparen_genexp_in_call. */
    final Object nonparenGenexpInCall(Expr.Call args, List<Comprehension> comprehensions) {
        int len = args.args().size();
        if (len <= 1) {
            return null;
        }
        Comprehension last = comprehensions.get(comprehensions.size() - 1);
        throw raiseSyntaxErrorKnownRange(args.args().get(len - 1), getLastComprehensionItem(last),
                "Generator expression must be parenthesized");
    }

    /** CPython: pegen.h NEW_TYPE_COMMENT: a TYPE_COMMENT token's text, null for none. */
    static String typeComment(Token tc) {
        return tc == null ? null : tc.text();
    }
}
