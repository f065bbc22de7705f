package dev.krait.lexer;

/**
 * The three ways CPython prepares source text for its tokenizer, which differ only in how the end
 * of the input is treated (CPython: Parser/tokenizer.c {@code translate_newlines} for strings,
 * {@code tok_underflow_file} for files).
 */
enum Input {
    /** A module given as a string ({@code exec} input): a final newline is added if missing. */
    EXEC,
    /** {@code eval} and {@code single} input: no newline is added. */
    NO_NEWLINE,
    /** A file being run: a last line without a newline gets one. */
    FILE,
    /**
     * Text decoded from bytes whose newlines were already translated (a codec that is not
     * ASCII-compatible, see {@link SourceDecoder}): taken as it is.
     */
    TRANSLATED;

    /** The text with {@code \r\n} and {@code \r} turned into {@code \n}, and its end completed. */
    static char[] translateNewlines(String text, Input input) {
        if (input == TRANSLATED) {
            return text.toCharArray();
        }
        int len = text.length();
        char last = len == 0 ? 0 : text.charAt(len - 1);
        boolean addNewline = switch (input) {
            // CPython checks the last character it looked at, and it looks past the '\n' of a
            // final "\r\n": such input gets one more, empty line
            case EXEC -> last != '\n' && last != '\r'
                    || last == '\n' && len >= 2 && text.charAt(len - 2) == '\r';
            case NO_NEWLINE, TRANSLATED -> false;
            case FILE -> len > 0 && last != '\n' && last != '\r';
        };
        if (text.indexOf('\r') < 0) { // the common case: nothing to translate
            char[] out = new char[len + (addNewline ? 1 : 0)];
            text.getChars(0, len, out, 0);
            if (addNewline) {
                out[len] = '\n';
            }
            return out;
        }
        char[] out = new char[len + 1];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                c = '\n';
                if (i + 1 < len && text.charAt(i + 1) == '\n') {
                    i++;
                }
            }
            out[n++] = c;
        }
        if (addNewline) {
            out[n++] = '\n';
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
