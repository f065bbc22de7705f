package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.Pattern;
import dev.krait.lexer.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The patterns that contain other patterns: sequence patterns ({@code [a, *rest]},
 * {@code (a, b)}), mapping patterns ({@code {"k": v, **rest}}) and class patterns
 * ({@code Point(x, y=0)}), with their item rules.
 */
abstract class CompositePatternRules extends PatternRules {
    CompositePatternRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /**
     * <pre>
     * sequence_pattern:
     *     | '[' patterns=maybe_sequence_pattern? ']' { MatchSequence(patterns) }
     *     | '(' patterns=open_sequence_pattern? ')' { MatchSequence(patterns) }
     * </pre>
     */
    @Override
    final Pattern sequence_pattern() {
        int start = mark;
        List<Pattern> p;
        if (expect(LSQB) != null) {
            p = maybe_sequence_pattern();
            if (expect(RSQB) == null) {
                mark = start;
                return null;
            }
        } else if (expect(LPAR) != null) {
            p = open_sequence_pattern();
            if (expect(RPAR) == null) {
                mark = start;
                return null;
            }
        } else {
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Pattern.MatchSequence(orEmpty(p), s.lineno(), s.colOffset(), e.endLineno(),
                e.endColOffset());
    }

    /**
     * {@code open_sequence_pattern: pattern=maybe_star_pattern ',' patterns=maybe_sequence_pattern?
     * { pattern + patterns }}
     */
    @Override
    final List<Pattern> open_sequence_pattern() {
        int start = mark;
        Pattern p = maybe_star_pattern();
        if (p == null || expect(COMMA) == null) {
            mark = start;
            return null;
        }
        return seqInsertInFront(p, maybe_sequence_pattern());
    }

    /** {@code maybe_sequence_pattern: patterns=','.maybe_star_pattern+ ','? { patterns }} */
    final List<Pattern> maybe_sequence_pattern() {
        Pattern p = maybe_star_pattern();
        if (p == null) {
            return null;
        }
        List<Pattern> r = singletonSeq(p);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (p = maybe_star_pattern()) != null) {
                r.add(p);
            } else {
                mark = m;
                break;
            }
        }
        expect(COMMA);
        return r;
    }

    /** {@code maybe_star_pattern: star_pattern | pattern} */
    final Pattern maybe_star_pattern() {
        Pattern p = star_pattern();
        return p != null ? p : pattern();
    }

    /**
     * <pre>
     * star_pattern (memo):
     *     | '*' target=pattern_capture_target { MatchStar(target) }
     *     | '*' wildcard_pattern { MatchStar(NULL) }
     * </pre>
     */
    final Pattern star_pattern() {
        if (isMemoized(STAR_PATTERN)) {
            return (Pattern) memoResult;
        }
        int start = mark;
        Pattern r = null;
        if (expect(STAR) != null) {
            Expr.Name target = pattern_capture_target();
            if (target != null || wildcard_pattern() != null) {
                Token s = tokens[start];
                Token e = lastToken();
                r = new Pattern.MatchStar(target == null ? null : target.id(), s.lineno(),
                        s.colOffset(), e.endLineno(), e.endColOffset());
            }
        }
        if (r == null) {
            mark = start;
        }
        memoize(start, STAR_PATTERN, r);
        return r;
    }

    /**
     * <pre>
     * mapping_pattern:
     *     | '{' '}'
     *     | '{' rest=double_star_pattern ','? '}'
     *     | '{' items=items_pattern ',' rest=double_star_pattern ','? '}'
     *     | '{' items=items_pattern ','? '}'
     * </pre>
     */
    @Override
    final Pattern mapping_pattern() {
        int start = mark;
        if (expect(LBRACE) == null) {
            return null;
        }
        List<Expr> keys = List.of();
        List<Pattern> patterns = List.of();
        String rest = null;
        boolean ok = false;
        if (expect(RBRACE) != null) {
            ok = true;
        } else {
            Expr.Name r = double_star_pattern();
            if (r != null) {
                expect(COMMA);
                if (expect(RBRACE) != null) {
                    rest = r.id();
                    ok = true;
                }
            }
            if (!ok) {
                mark = start + 1;
                List<KeyPatternPair> items = items_pattern();
                if (items != null) {
                    int afterItems = mark;
                    if (expect(COMMA) != null && (r = double_star_pattern()) != null) {
                        expect(COMMA);
                        if (expect(RBRACE) != null) {
                            rest = r.id();
                            ok = true;
                        }
                    }
                    if (!ok) {
                        mark = afterItems;
                        expect(COMMA);
                        ok = expect(RBRACE) != null;
                    }
                    if (ok) {
                        keys = new ArrayList<>();
                        patterns = new ArrayList<>();
                        for (KeyPatternPair kp : items) {
                            keys.add(kp.key());
                            patterns.add(kp.pattern());
                        }
                    }
                }
            }
        }
        if (!ok) {
            mark = start;
            return null;
        }
        Token s = tokens[start];
        Token e = lastToken();
        return new Pattern.MatchMapping(keys, patterns, rest, s.lineno(), s.colOffset(),
                e.endLineno(), e.endColOffset());
    }

    /** {@code items_pattern: ','.key_value_pattern+} */
    final List<KeyPatternPair> items_pattern() {
        KeyPatternPair p = key_value_pattern();
        if (p == null) {
            return null;
        }
        List<KeyPatternPair> r = singletonSeq(p);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (p = key_value_pattern()) != null) {
                r.add(p);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /** {@code key_value_pattern: key=(literal_expr | attr) ':' pattern=pattern} */
    final KeyPatternPair key_value_pattern() {
        int start = mark;
        Expr key = literal_expr();
        if (key == null) {
            key = attr();
        }
        Pattern p;
        if (key != null && expect(COLON) != null && (p = pattern()) != null) {
            return new KeyPatternPair(key, p);
        }
        mark = start;
        return null;
    }

    /** {@code double_star_pattern: '**' target=pattern_capture_target { target }} */
    final Expr.Name double_star_pattern() {
        int start = mark;
        Expr.Name target;
        if (expect(DOUBLESTAR) != null && (target = pattern_capture_target()) != null) {
            return target;
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * class_pattern:
     *     | cls=name_or_attr '(' ')'
     *     | cls=name_or_attr '(' patterns=positional_patterns ','? ')'
     *     | cls=name_or_attr '(' keywords=keyword_patterns ','? ')'
     *     | cls=name_or_attr '(' patterns=positional_patterns ',' keywords=keyword_patterns ','? ')'
     *     | invalid_class_pattern
     * </pre>
     */
    @Override
    final Pattern class_pattern() {
        int start = mark;
        enter();
        try {
            Expr cls = name_or_attr();
            if (cls != null && expect(LPAR) != null) {
                int open = mark;
                List<Pattern> positional = List.of();
                List<KeyPatternPair> keywords = null;
                boolean ok = expect(RPAR) != null;
                if (!ok) {
                    List<Pattern> p = positional_patterns();
                    if (p != null) {
                        expect(COMMA);
                        if (expect(RPAR) != null) {
                            positional = p;
                            ok = true;
                        }
                    }
                }
                if (!ok) {
                    mark = open;
                    keywords = keyword_patterns();
                    if (keywords != null) {
                        expect(COMMA);
                        ok = expect(RPAR) != null;
                    }
                }
                if (!ok) {
                    mark = open;
                    List<Pattern> p = positional_patterns();
                    if (p != null && expect(COMMA) != null
                            && (keywords = keyword_patterns()) != null) {
                        expect(COMMA);
                        if (expect(RPAR) != null) {
                            positional = p;
                            ok = true;
                        }
                    }
                }
                if (ok) {
                    List<String> kwdAttrs = new ArrayList<>();
                    List<Pattern> kwdPatterns = new ArrayList<>();
                    if (keywords != null) {
                        for (KeyPatternPair kp : keywords) {
                            kwdAttrs.add(((Expr.Name) kp.key()).id());
                            kwdPatterns.add(kp.pattern());
                        }
                    }
                    Token s = tokens[start];
                    Token e = lastToken();
                    return new Pattern.MatchClass(cls, positional, kwdAttrs, kwdPatterns,
                            s.lineno(), s.colOffset(), e.endLineno(), e.endColOffset());
                }
            }
            mark = start;
            if (callInvalidRules) {
                Object r = invalid_class_pattern();
                if (r != null) {
                    return (Pattern) r;
                }
                mark = start;
            }
            return null;
        } finally {
            leave();
        }
    }

    /** {@code positional_patterns: args=','.pattern+ { args }} */
    final List<Pattern> positional_patterns() {
        Pattern p = pattern();
        if (p == null) {
            return null;
        }
        List<Pattern> r = singletonSeq(p);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (p = pattern()) != null) {
                r.add(p);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /** {@code keyword_patterns: ','.keyword_pattern+} */
    final List<KeyPatternPair> keyword_patterns() {
        KeyPatternPair p = keyword_pattern();
        if (p == null) {
            return null;
        }
        List<KeyPatternPair> r = singletonSeq(p);
        while (true) {
            int m = mark;
            if (expect(COMMA) != null && (p = keyword_pattern()) != null) {
                r.add(p);
            } else {
                mark = m;
                break;
            }
        }
        return r;
    }

    /** {@code keyword_pattern: arg=NAME '=' value=pattern { (arg, value) }} */
    final KeyPatternPair keyword_pattern() {
        int start = mark;
        Expr.Name arg = name_token();
        Pattern value;
        if (arg != null && expect(EQUAL) != null && (value = pattern()) != null) {
            return new KeyPatternPair(arg, value);
        }
        mark = start;
        return null;
    }
}
