/**
 * The tokenizer: source bytes to tokens, with CPython's encoding detection, indentation tracking
 * and tokenizer errors. CPython counterpart: {@code Parser/tokenizer.c}, plus the parts of
 * {@code Parser/pegen_errors.c} that turn tokenizer state into SyntaxErrors.
 *
 * <p>The pipeline: {@link dev.krait.lexer.SourceDecoder} (BOM, PEP 263 cookie, codec;
 * {@link dev.krait.lexer.Utf8} keeps undecodable UTF-8 bytes for later, as CPython does) →
 * {@link dev.krait.lexer.Tokenizer} ({@code tok_get}; numbers in
 * {@link dev.krait.lexer.NumberScanner}, strings in {@link dev.krait.lexer.StringScanner},
 * operators in {@link dev.krait.lexer.Operators}, type comments in
 * {@link dev.krait.lexer.TypeComments}, {@code async}/{@code await} as names for old feature
 * versions in {@link dev.krait.lexer.AsyncHacks}; its warnings go out through
 * {@link dev.krait.lexer.TokenizerWarnings}) → the parser, which builds its own errors through
 * {@link dev.krait.lexer.TokenizerErrors}.
 * {@link dev.krait.lexer.TokenizeListing} shows the same token stream the way
 * {@code python3 -m tokenize} prints it.
 */
package dev.krait.lexer;
