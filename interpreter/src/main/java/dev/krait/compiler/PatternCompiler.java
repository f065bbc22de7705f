package dev.krait.compiler;

import dev.krait.ast.MatchCase;
import dev.krait.ast.Pattern;
import dev.krait.ast.Stmt;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.MatchNodes;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.StmtNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles {@code match} statements: each case's pattern into matcher nodes, with one capture
 * slot per name the pattern binds.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_match}, {@code compiler_pattern}.
 */
final class PatternCompiler {
    private final CodeGenerator gen;
    private List<String> captureNames;

    PatternCompiler(CodeGenerator gen) {
        this.gen = gen;
    }

    StmtNode match(Stmt.Match m) {
        ExprNode subject = gen.expressions().compile(m.subject());
        MatchNodes.Case[] cases = new MatchNodes.Case[m.cases().size()];
        for (int i = 0; i < cases.length; i++) {
            MatchCase mc = m.cases().get(i);
            captureNames = new ArrayList<>();
            MatchNodes.Pattern p = pattern(mc.pattern());
            NameNodes.Target[] bindings = new NameNodes.Target[captureNames.size()];
            for (int k = 0; k < bindings.length; k++) {
                bindings[k] = Names.store(gen.unit(), captureNames.get(k));
            }
            cases[i] = new MatchNodes.Case(p, bindings, gen.expressions().compileOrNull(
                    mc.guard()), gen.statements().compileBlock(mc.body()));
        }
        return new MatchNodes.Match(subject, cases, m.lineno(), m.colOffset(), m.endLineno(),
                m.endColOffset());
    }

    private int slot(String name) {
        if (name == null) {
            return -1;
        }
        int i = captureNames.indexOf(name);
        if (i >= 0) {
            return i;
        }
        captureNames.add(name);
        return captureNames.size() - 1;
    }

    private MatchNodes.Pattern pattern(Pattern p) {
        int l = p.lineno();
        int c = p.colOffset();
        int el = p.endLineno();
        int ec = p.endColOffset();
        return switch (p) {
            case Pattern.MatchValue v -> new MatchNodes.Value(gen.expressions().compile(v.value()),
                    l, c, el, ec);
            case Pattern.MatchSingleton s -> new MatchNodes.Singleton(Constants.of(s.value()), l,
                    c, el, ec);
            case Pattern.MatchAs a -> new MatchNodes.As(a.pattern() == null ? null
                    : pattern(a.pattern()), slot(a.name()), l, c, el, ec);
            case Pattern.MatchStar s -> new MatchNodes.As(null, slot(s.name()), l, c, el, ec);
            case Pattern.MatchOr o -> {
                MatchNodes.Pattern[] alts = new MatchNodes.Pattern[o.patterns().size()];
                for (int i = 0; i < alts.length; i++) {
                    alts[i] = pattern(o.patterns().get(i));
                }
                yield new MatchNodes.Or(alts, l, c, el, ec);
            }
            case Pattern.MatchSequence s -> {
                MatchNodes.Pattern[] items = new MatchNodes.Pattern[s.patterns().size()];
                int star = -1;
                for (int i = 0; i < items.length; i++) {
                    Pattern item = s.patterns().get(i);
                    if (item instanceof Pattern.MatchStar) {
                        star = i;
                    }
                    items[i] = pattern(item);
                }
                yield new MatchNodes.Sequence(items, star, l, c, el, ec);
            }
            case Pattern.MatchMapping m -> {
                ExprNode[] keys = gen.expressions().compileAll(m.keys());
                MatchNodes.Pattern[] values = new MatchNodes.Pattern[m.patterns().size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = pattern(m.patterns().get(i));
                }
                yield new MatchNodes.Mapping(keys, values, slot(m.rest()), l, c, el, ec);
            }
            case Pattern.MatchClass k -> {
                MatchNodes.Pattern[] pos = new MatchNodes.Pattern[k.patterns().size()];
                for (int i = 0; i < pos.length; i++) {
                    pos[i] = pattern(k.patterns().get(i));
                }
                MatchNodes.Pattern[] kw = new MatchNodes.Pattern[k.kwdPatterns().size()];
                for (int i = 0; i < kw.length; i++) {
                    kw[i] = pattern(k.kwdPatterns().get(i));
                }
                yield new MatchNodes.ClassPattern(gen.expressions().compile(k.cls()), pos,
                        k.kwdAttrs().toArray(new String[0]), kw, l, c, el, ec);
            }
        };
    }
}
