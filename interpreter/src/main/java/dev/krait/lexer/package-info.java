/**
 * The tokenizer: source bytes to tokens, with CPython's encoding detection, indentation tracking and
 * tokenizer errors. CPython counterpart: {@code Parser/tokenizer.c}.
 */
package dev.krait.lexer;
