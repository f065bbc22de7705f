/**
 * The PEG parser: tokens to AST, as CPython 3.11's parser builds it (CPython counterpart:
 * {@code Grammar/python.gram}, the generated {@code Parser/parser.c}, {@code Parser/pegen.c},
 * {@code Parser/pegen_errors.c}, {@code Parser/action_helpers.c}, {@code Parser/string_parser.c}).
 *
 * <p>The grammar is written by hand, one Java method per rule of {@code python.gram}, named exactly
 * after the rule ({@code star_expressions}, {@code compound_stmt}, {@code invalid_assignment}) and
 * carrying the rule's text in its Javadoc, so that a grep for a rule finds its code. Alternatives are
 * tried in the grammar's order; a rule saves the token mark and resets it to backtrack, and returns
 * {@code null} when it does not match. The rules are split by grammar section into a chain of
 * classes, each extending the previous one ({@code ParserBase} up to {@link dev.krait.parser.Parser};
 * see the class Javadoc of {@code Parser}): the base holds the token buffer, the memo and the error
 * helpers; a rule that calls a rule of a later section does so through an abstract method.
 *
 * <p>What CPython memoises is memoised here (the {@code (memo)} rules and the left-recursive ones),
 * keyed by rule and token index in plain arrays. Left-recursive rules ({@code primary},
 * {@code t_primary}, {@code bitwise_or}, {@code sum}, {@code term}, ...) are loops that extend the
 * left operand, which builds the trees pegen's seed growing builds.
 *
 * <p>Errors follow pegen: a failed parse is repeated with the {@code invalid_*} rules switched on
 * (their bodies are in {@code InvalidExpressionRules}, {@code InvalidParameterRules} and
 * {@code InvalidStatementRules}); if none raises, the generic error is reported at the last token of
 * the first pass, unless the tokenizer finds an error in the rest of the source. Literals are
 * handed to {@link dev.krait.parser.StringParser} and {@link dev.krait.parser.NumberParser}; an
 * f-string's expressions come back to a sub-parser with shifted positions.
 */
package dev.krait.parser;
