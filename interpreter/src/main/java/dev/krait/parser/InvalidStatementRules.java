package dev.krait.parser;

import dev.krait.ast.Expr;
import dev.krait.ast.Pattern;
import dev.krait.lexer.Token;
import java.util.List;

/**
 * The bodies of the {@code invalid_*} rules for statements: the missing-colon and
 * missing-indented-block errors of every compound statement, {@code try}/{@code except} mistakes,
 * imports, {@code with} items, and the match-statement rules. Only tried in the second pass; each
 * raises CPython's error or does not match ({@code null}).
 */
abstract class InvalidStatementRules extends InvalidParameterRules {
    InvalidStatementRules(TokenSource source, String filename, int expectedTokens) {
        super(source, filename, expectedTokens);
    }

    /** {@code NEWLINE !INDENT}, the common tail of the "expected an indented block" rules. */
    private boolean newlineWithoutIndent() {
        return expect(NEWLINE) != null && !at(INDENT);
    }

    private RuntimeException expectedIndentedBlock(String what, Token a) {
        return raiseIndentationError(
                "expected an indented block after " + what + " on line " + a.lineno());
    }

    /** {@code invalid_block: NEWLINE !INDENT { RAISE_INDENTATION_ERROR("expected an indented block") }} */
    @Override
    final Object invalid_block() {
        int start = mark;
        if (newlineWithoutIndent()) {
            throw raiseIndentationError("expected an indented block");
        }
        mark = start;
        return null;
    }

    /** {@code invalid_import_from_targets: import_from_as_names ',' NEWLINE} */
    @Override
    final Object invalid_import_from_targets() {
        int start = mark;
        if (import_from_as_names() != null && expect(COMMA) != null && expect(NEWLINE) != null) {
            throw raiseSyntaxError("trailing comma not allowed without surrounding parentheses");
        }
        mark = start;
        return null;
    }

    /** {@code invalid_with_item: expression 'as' a=expression &(',' | ')' | ':')} */
    @Override
    final Object invalid_with_item() {
        int start = mark;
        Expr a;
        if (expression() != null && expect(K_AS) != null && (a = expression()) != null
                && (at(COMMA) || at(RPAR) || at(COLON))) {
            Object r = raiseInvalidTarget(TargetsType.STAR_TARGETS, a);
            if (r != null) {
                return r;
            }
        }
        mark = start;
        return null;
    }

    /** {@code ','.(expression ['as' star_target])+} or with {@code expressions}. */
    private boolean withItemsLoose(boolean parenthesized) {
        boolean any = false;
        while (true) {
            int m = mark;
            if (any && expect(COMMA) == null) {
                break;
            }
            if ((parenthesized ? expressions() : expression()) == null) {
                mark = m;
                break;
            }
            int afterExpr = mark;
            if (expect(K_AS) == null || star_target() == null) {
                mark = afterExpr;
            }
            any = true;
        }
        return any;
    }

    /**
     * <pre>
     * invalid_with_stmt:
     *     | [ASYNC] 'with' ','.(expression ['as' star_target])+ NEWLINE
     *     | [ASYNC] 'with' '(' ','.(expressions ['as' star_target])+ ','? ')' NEWLINE
     * </pre>
     */
    @Override
    final Object invalid_with_stmt() {
        int start = mark;
        expect(K_ASYNC);
        if (expect(K_WITH) != null) {
            int afterWith = mark;
            if (withItemsLoose(false) && expect(NEWLINE) != null) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = afterWith;
            if (expect(LPAR) != null && withItemsLoose(true)) {
                expect(COMMA);
                if (expect(RPAR) != null && expect(NEWLINE) != null) {
                    throw raiseSyntaxError("expected ':'");
                }
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_with_stmt_indent:
     *     | [ASYNC] a='with' ','.(expression ['as' star_target])+ ':' NEWLINE !INDENT
     *     | [ASYNC] a='with' '(' ','.(expressions ['as' star_target])+ ','? ')' ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_with_stmt_indent() {
        int start = mark;
        expect(K_ASYNC);
        Token a = expect(K_WITH);
        if (a != null) {
            int afterWith = mark;
            if (withItemsLoose(false) && expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("'with' statement", a);
            }
            mark = afterWith;
            if (expect(LPAR) != null && withItemsLoose(true)) {
                expect(COMMA);
                if (expect(RPAR) != null && expect(COLON) != null && newlineWithoutIndent()) {
                    throw expectedIndentedBlock("'with' statement", a);
                }
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_try_stmt:
     *     | a='try' ':' NEWLINE !INDENT
     *     | 'try' ':' block !('except' | 'finally')
     *     | 'try' ':' block* except_block+ a='except' b='*' expression ['as' NAME] ':'
     *     | 'try' ':' block* except_star_block+ a='except' [expression ['as' NAME]] ':'
     * </pre>
     */
    @Override
    final Object invalid_try_stmt() {
        int start = mark;
        Token a = expect(K_TRY);
        if (a == null) {
            return null;
        }
        if (expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock("'try' statement", a);
        }
        mark = start + 1;
        if (expect(COLON) != null && block() != null && !at(K_EXCEPT) && !at(K_FINALLY)) {
            throw raiseSyntaxError("expected 'except' or 'finally' block");
        }
        for (int star = 0; star < 2; star++) {
            mark = start + 1;
            if (expect(COLON) == null) {
                break;
            }
            while (block() != null) {
                // block*
            }
            int handlers = 0;
            while ((star == 0 ? except_block() : except_star_block()) != null) {
                handlers++;
            }
            Token except;
            if (handlers == 0 || (except = expect(K_EXCEPT)) == null) {
                continue;
            }
            if (star == 0) {
                Token b = expect(STAR);
                if (b != null && expression() != null) {
                    optionalAsName();
                    if (expect(COLON) != null) {
                        throw raiseSyntaxErrorKnownRange(except, b,
                                "cannot have both 'except' and 'except*' on the same 'try'");
                    }
                }
            } else {
                int m = mark;
                if (expression() != null) {
                    optionalAsName();
                } else {
                    mark = m;
                }
                if (expect(COLON) != null) {
                    throw raiseSyntaxErrorKnownLocation(except,
                            "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
        }
        mark = start;
        return null;
    }

    /** {@code ['as' NAME]} */
    private void optionalAsName() {
        int m = mark;
        if (expect(K_AS) == null || expect(NAME) == null) {
            mark = m;
        }
    }

    /**
     * <pre>
     * invalid_except_stmt:
     *     | 'except' '*'? a=expression ',' expressions ['as' NAME ] ':'
     *     | a='except' '*'? expression ['as' NAME ] NEWLINE
     *     | a='except' NEWLINE
     *     | a='except' '*' (NEWLINE | ':')
     * </pre>
     */
    @Override
    final Object invalid_except_stmt() {
        int start = mark;
        if (expect(K_EXCEPT) == null) {
            return null;
        }
        expect(STAR);
        Expr a = expression();
        if (a != null && expect(COMMA) != null && expressions() != null) {
            optionalAsName();
            if (expect(COLON) != null) {
                throw raiseSyntaxErrorStartingFrom(a,
                        "multiple exception types must be parenthesized");
            }
        }
        mark = start + 1;
        expect(STAR);
        if (expression() != null) {
            optionalAsName();
            if (expect(NEWLINE) != null) {
                throw raiseSyntaxError("expected ':'");
            }
        }
        mark = start + 1;
        if (expect(NEWLINE) != null) {
            throw raiseSyntaxError("expected ':'");
        }
        mark = start + 1;
        if (expect(STAR) != null && (expect(NEWLINE) != null || expect(COLON) != null)) {
            throw raiseSyntaxError("expected one or more exception types");
        }
        mark = start;
        return null;
    }

    /** {@code invalid_finally_stmt: a='finally' ':' NEWLINE !INDENT} */
    @Override
    final Object invalid_finally_stmt() {
        int start = mark;
        Token a = expect(K_FINALLY);
        if (a != null && expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock("'finally' statement", a);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_except_stmt_indent:
     *     | a='except' expression ['as' NAME ] ':' NEWLINE !INDENT
     *     | a='except' ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_except_stmt_indent() {
        int start = mark;
        Token a = expect(K_EXCEPT);
        if (a == null) {
            return null;
        }
        if (expression() != null) {
            optionalAsName();
            if (expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("'except' statement", a);
            }
        }
        mark = start + 1;
        if (expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock("'except' statement", a);
        }
        mark = start;
        return null;
    }

    /** {@code invalid_except_star_stmt_indent: a='except' '*' expression ['as' NAME ] ':' NEWLINE !INDENT} */
    @Override
    final Object invalid_except_star_stmt_indent() {
        int start = mark;
        Token a = expect(K_EXCEPT);
        if (a != null && expect(STAR) != null && expression() != null) {
            optionalAsName();
            if (expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("'except*' statement", a);
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_match_stmt:
     *     | "match" subject_expr NEWLINE { "expected ':'" }
     *     | a="match" subject=subject_expr ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_match_stmt() {
        int start = mark;
        Token a = expectSoftKeyword("match");
        if (a == null) {
            return null;
        }
        if (subject_expr() != null && expect(NEWLINE) != null) {
            throw raiseSyntaxError("expected ':'");
        }
        mark = start + 1;
        if (subject_expr() != null && expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock("'match' statement", a);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_case_block:
     *     | "case" patterns guard? NEWLINE { "expected ':'" }
     *     | a="case" patterns guard? ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_case_block() {
        int start = mark;
        Token a = expectSoftKeyword("case");
        if (a == null) {
            return null;
        }
        if (patterns() != null) {
            guard();
            int m = mark;
            if (expect(NEWLINE) != null) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m;
            if (expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("'case' statement", a);
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_as_pattern:
     *     | or_pattern 'as' a="_" { "cannot use '_' as a target" }
     *     | or_pattern 'as' !NAME a=expression { "invalid pattern target" }
     * </pre>
     */
    @Override
    final Object invalid_as_pattern() {
        int start = mark;
        if (or_pattern() != null && expect(K_AS) != null) {
            int afterAs = mark;
            Token a = expectSoftKeyword("_");
            if (a != null) {
                throw raiseSyntaxErrorKnownLocation(a, "cannot use '_' as a target");
            }
            mark = afterAs;
            Expr e;
            if (!at(NAME) && (e = expression()) != null) {
                throw raiseSyntaxErrorKnownLocation(e, "invalid pattern target");
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_class_pattern:
     *     | name_or_attr '(' a=invalid_class_argument_pattern
     *       { "positional patterns follow keyword patterns" from a's first to last item }
     * invalid_class_argument_pattern:
     *     | [positional_patterns ','] keyword_patterns ',' a=positional_patterns { a }
     * </pre>
     */
    @Override
    final Object invalid_class_pattern() {
        int start = mark;
        if (name_or_attr() != null && expect(LPAR) != null) {
            int open = mark;
            if (positional_patterns() == null || expect(COMMA) == null) {
                mark = open;
            }
            List<Pattern> a;
            if (keyword_patterns() != null && expect(COMMA) != null
                    && (a = positional_patterns()) != null) {
                throw raiseSyntaxErrorKnownRange(a.get(0), a.get(a.size() - 1),
                        "positional patterns follow keyword patterns");
            }
        }
        mark = start;
        return null;
    }

    /** {@code invalid_if_stmt}: "expected ':'" or a missing indented block after 'if'. */
    @Override
    final Object invalid_if_stmt() {
        return invalidConditional(K_IF, "'if' statement");
    }

    /** {@code invalid_elif_stmt}: "expected ':'" or a missing indented block after 'elif'. */
    @Override
    final Object invalid_elif_stmt() {
        return invalidConditional(K_ELIF, "'elif' statement");
    }

    /** {@code invalid_while_stmt}: "expected ':'" or a missing indented block after 'while'. */
    @Override
    final Object invalid_while_stmt() {
        return invalidConditional(K_WHILE, "'while' statement");
    }

    /**
     * <pre>
     * | 'if' named_expression NEWLINE { RAISE_SYNTAX_ERROR("expected ':'") }
     * | a='if' named_expression ':' NEWLINE !INDENT { RAISE_INDENTATION_ERROR(...) }
     * </pre>
     * (likewise for 'elif' and 'while').
     */
    private Object invalidConditional(int keyword, String what) {
        int start = mark;
        Token a = expect(keyword);
        if (a == null) {
            return null;
        }
        if (named_expression() != null && expect(NEWLINE) != null) {
            throw raiseSyntaxError("expected ':'");
        }
        mark = start + 1;
        if (named_expression() != null && expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock(what, a);
        }
        mark = start;
        return null;
    }

    /** {@code invalid_else_stmt: a='else' ':' NEWLINE !INDENT} */
    @Override
    final Object invalid_else_stmt() {
        int start = mark;
        Token a = expect(K_ELSE);
        if (a != null && expect(COLON) != null && newlineWithoutIndent()) {
            throw expectedIndentedBlock("'else' statement", a);
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_for_stmt:
     *     | [ASYNC] 'for' star_targets 'in' star_expressions NEWLINE
     *     | [ASYNC] a='for' star_targets 'in' star_expressions ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_for_stmt() {
        int start = mark;
        expect(K_ASYNC);
        Token a = expect(K_FOR);
        if (a != null && star_targets() != null && expect(K_IN) != null
                && star_expressions() != null) {
            int m = mark;
            if (expect(NEWLINE) != null) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = m;
            if (expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("'for' statement", a);
            }
        }
        mark = start;
        return null;
    }

    /**
     * {@code invalid_double_type_comments: TYPE_COMMENT NEWLINE TYPE_COMMENT NEWLINE INDENT}
     * ("Cannot have two type comments on def")
     */
    @Override
    final Object invalid_double_type_comments() {
        int start = mark;
        if (expect(TYPE_COMMENT) != null && expect(NEWLINE) != null
                && expect(TYPE_COMMENT) != null && expect(NEWLINE) != null
                && expect(INDENT) != null) {
            throw raiseSyntaxError("Cannot have two type comments on def");
        }
        mark = start;
        return null;
    }

    /**
     * {@code invalid_def_raw: [ASYNC] a='def' NAME '(' [params] ')' ['->' expression] ':' NEWLINE
     * !INDENT}
     */
    @Override
    final Object invalid_def_raw() {
        int start = mark;
        expect(K_ASYNC);
        Token a = expect(K_DEF);
        if (a != null && expect(NAME) != null && expect(LPAR) != null) {
            params();
            if (expect(RPAR) != null) {
                int m = mark;
                if (expect(RARROW) == null || expression() == null) {
                    mark = m;
                }
                if (expect(COLON) != null && newlineWithoutIndent()) {
                    throw expectedIndentedBlock("function definition", a);
                }
            }
        }
        mark = start;
        return null;
    }

    /**
     * <pre>
     * invalid_class_def_raw:
     *     | 'class' NAME ['(' [arguments] ')'] NEWLINE { "expected ':'" }
     *     | a='class' NAME ['(' [arguments] ')'] ':' NEWLINE !INDENT
     * </pre>
     */
    @Override
    final Object invalid_class_def_raw() {
        int start = mark;
        Token a = expect(K_CLASS);
        if (a != null && expect(NAME) != null) {
            int m = mark;
            if (expect(LPAR) != null) {
                arguments();
                if (expect(RPAR) == null) {
                    mark = m;
                }
            }
            int afterBases = mark;
            if (expect(NEWLINE) != null) {
                throw raiseSyntaxError("expected ':'");
            }
            mark = afterBases;
            if (expect(COLON) != null && newlineWithoutIndent()) {
                throw expectedIndentedBlock("class definition", a);
            }
        }
        mark = start;
        return null;
    }
}
