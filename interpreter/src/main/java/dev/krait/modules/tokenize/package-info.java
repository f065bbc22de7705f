/**
 * The {@code _tokenize} module: the parser's own tokenizer as an iterator, which
 * {@code tokenize._generate_tokens_from_c_tokenizer} (and CPython's tests) read.
 *
 * <p>CPython counterpart: Python/Python-tokenize.c.
 */
package dev.krait.modules.tokenize;
