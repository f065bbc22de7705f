package dev.krait.parser;

import dev.krait.ast.ConstantValue;

/**
 * A NUMBER token's text to its value (CPython: Parser/pegen.c {@code parsenumber}). INTERIM: decimal
 * integers only.
 */
public final class NumberParser {
    private NumberParser() {}

    public static ConstantValue parse(String text) {
        return new ConstantValue.Int(new java.math.BigInteger(text.replace("_", "")));
    }
}
