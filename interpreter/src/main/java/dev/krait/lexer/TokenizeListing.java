package dev.krait.lexer;

import dev.krait.text.Repr;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The token stream as {@code python3 -m tokenize FILE} prints it (CPython: Lib/tokenize.py
 * {@code _tokenize} and {@code main}), built from the one {@link Tokenizer} run with comments and
 * blank lines kept. Lib/tokenize.py differs from the C tokenizer in what it shows, and this class
 * makes those differences: an {@code ENCODING} token first; {@code OP} for every operator; columns
 * in characters; newline tokens holding the line's own {@code \r\n}; {@code INDENT} holding the
 * indentation and {@code DEDENT} placed at the first token of the dedented line; the final
 * {@code DEDENT}s and {@code ENDMARKER} on the line after the last.
 *
 * <p>Known differences, where Lib/tokenize.py's regular expressions read source otherwise than
 * CPython's tokenizer and the listing follows the latter: a line that starts with a backslash
 * continuation (Lib/tokenize.py indents by the whitespace before the backslash, and ends a blank
 * continued line with NEWLINE), and a lone {@code \r} (a line break for CPython, not for
 * Lib/tokenize.py). Source that Lib/tokenize.py marks with ERRORTOKEN is not listed alike either.
 */
public final class TokenizeListing {
    /** One line of the listing, as Lib/tokenize.py's {@code TokenInfo}. */
    public record Entry(String type, String string, int startLine, int startCol, int endLine,
            int endCol) {
        /** The line {@code python3 -m tokenize} prints for this token. */
        public String format() {
            String range = startLine + "," + startCol + "-" + endLine + "," + endCol + ":";
            return pad(range, 20) + pad(type, 15) + pad(Repr.strRepr(string), 15);
        }

        private static String pad(String s, int width) {
            int len = s.codePointCount(0, s.length());
            return len >= width ? s : s + " ".repeat(width - len);
        }
    }

    /** The decoded source's lines as the tokenizer counts them, each with its own terminator. */
    private final String[] lines;
    private final int lineCount;
    private final boolean lastLineBlankUnterminated;

    private TokenizeListing(String text) {
        List<String> split = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                split.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            split.add(text.substring(start));
        }
        lines = split.toArray(new String[0]);
        lineCount = lines.length;
        String last = lineCount > 0 ? lines[lineCount - 1] : "";
        lastLineBlankUnterminated = lineCount > 0 && terminator(last).isEmpty()
                && isIndentation(last);
    }

    private static boolean isIndentation(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\f') {
                return false;
            }
        }
        return true;
    }

    /**
     * Lists the tokens of {@code source} to {@code out}. Throws {@link PythonSyntaxError} where the
     * source does not tokenize; what was listed before the error has been given to {@code out}.
     */
    public static void list(byte[] source, String filename, Consumer<Entry> out) {
        SourceDecoder.Decoded decoded = SourceDecoder.decode(source, filename);
        // Lib/tokenize.py names the encoding it decodes lines with, so a BOM shows as plain utf-8
        String encoding = decoded.isUtf8() ? "utf-8" : decoded.encoding();
        out.accept(new Entry("ENCODING", encoding, 0, 0, 0, 0));
        new TokenizeListing(decoded.text()).run(decoded.text(), filename, out);
    }

    private void run(String text, String filename, Consumer<Entry> out) {
        Tokenizer tokenizer = Tokenizer.withTrivia(text, filename);
        List<Token> pending = new ArrayList<>(); // INDENT/DEDENT wait for the next token's place
        while (true) {
            Token token = tokenizer.next();
            TokenKind kind = token.kind();
            if (kind == TokenKind.INDENT || kind == TokenKind.DEDENT) {
                pending.add(token);
                continue;
            }
            if (kind == TokenKind.ENDMARKER) {
                int line = lastLineBlankUnterminated ? lineCount : lineCount + 1;
                for (Token p : pending) {
                    out.accept(new Entry(p.kind().name(), "", line, 0, line, 0));
                }
                out.accept(new Entry("ENDMARKER", "", line, 0, line, 0));
                return;
            }
            if (token.lineno() > lineCount) {
                continue; // the newline CPython adds to input that lacks one ends no real line
            }
            int line = token.lineno();
            int col = charColumn(line, token.colOffset());
            for (Token p : pending) {
                if (p.kind() == TokenKind.INDENT) {
                    String indentation = lines[line - 1].substring(0,
                            lines[line - 1].offsetByCodePoints(0, col));
                    out.accept(new Entry("INDENT", indentation, line, 0, line, col));
                } else {
                    out.accept(new Entry("DEDENT", "", line, col, line, col));
                }
            }
            pending.clear();
            Entry entry = entry(token, line, col);
            if (entry != null) {
                out.accept(entry);
            }
        }
    }

    private Entry entry(Token token, int line, int col) {
        TokenKind kind = token.kind();
        if (kind == TokenKind.NEWLINE || kind == TokenKind.NL) {
            String terminator = terminator(lines[line - 1]);
            if (kind == TokenKind.NL && terminator.isEmpty() && line == lineCount
                    && lastLineBlankUnterminated) {
                return null; // Lib/tokenize.py stops at a last line of only whitespace
            }
            int end = col + (terminator.isEmpty() && kind == TokenKind.NEWLINE ? 1
                    : terminator.length());
            return new Entry(kind.name(), terminator, line, col, line, end);
        }
        int endLine = token.endLineno();
        int endCol = charColumn(endLine, token.endColOffset());
        String string;
        if (endLine == line) {
            string = token.text();
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(lines[line - 1].substring(lines[line - 1].offsetByCodePoints(0, col)));
            for (int l = line + 1; l < endLine; l++) {
                sb.append(lines[l - 1]);
            }
            sb.append(lines[endLine - 1], 0, lines[endLine - 1].offsetByCodePoints(0, endCol));
            string = sb.toString();
        }
        String type;
        if (kind.isOperator()) {
            type = "OP";
        } else if (kind == TokenKind.OP) {
            type = "ERRORTOKEN"; // a character that is no operator: Lib/tokenize.py's error token
        } else {
            type = kind.name();
        }
        return new Entry(type, string, line, col, endLine, endCol);
    }

    private static String terminator(String line) {
        if (line.endsWith("\r\n")) {
            return "\r\n";
        }
        return line.endsWith("\n") ? "\n" : line.endsWith("\r") ? "\r" : "";
    }

    /** The character (code point) column of a UTF-8 byte column in line {@code line}. */
    private int charColumn(int line, int byteCol) {
        String text = lines[line - 1];
        int bytes = 0;
        int chars = 0;
        for (int i = 0; i < text.length() && bytes < byteCol; chars++) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Utf8.isEscapedByte((char) cp) && cp < 0x10000) {
                bytes += 1;
            } else {
                bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            }
        }
        return chars;
    }
}
