package dev.krait.cpythontests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and writes the one-line JSON objects of the result files: flat objects whose values are
 * strings, numbers or null. The harness writes them without the json module (so that it runs in
 * Krait before json does), and this class is the matching reader; a line it cannot read is
 * rejected with the reason rather than guessed at.
 */
final class FlatJson {
    private FlatJson() {}

    /** The object on {@code line}; numbers stay as their text. */
    static Map<String, String> parse(String line) {
        Map<String, String> out = new LinkedHashMap<>();
        Cursor c = new Cursor(line.strip());
        c.expect('{');
        c.skipSpace();
        if (c.peek() == '}') {
            return out;
        }
        while (true) {
            c.skipSpace();
            String key = c.string();
            c.skipSpace();
            c.expect(':');
            c.skipSpace();
            out.put(key, c.value());
            c.skipSpace();
            char next = c.next();
            if (next == '}') {
                return out;
            }
            if (next != ',') {
                throw new IllegalArgumentException("expected ',' or '}' in " + line);
            }
        }
    }

    /** {@code text} as a JSON string literal. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20 || ch == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** {@code text} quoted, or {@code null}. */
    static String quoteOrNull(String text) {
        return text == null ? "null" : quote(text);
    }

    private static final class Cursor {
        private final String s;
        private int pos;

        Cursor(String s) {
            this.s = s;
        }

        char peek() {
            if (pos >= s.length()) {
                throw new IllegalArgumentException("unexpected end of " + s);
            }
            return s.charAt(pos);
        }

        char next() {
            char ch = peek();
            pos++;
            return ch;
        }

        void expect(char ch) {
            if (next() != ch) {
                throw new IllegalArgumentException("expected '" + ch + "' at " + (pos - 1)
                        + " in " + s);
            }
        }

        void skipSpace() {
            while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
        }

        String value() {
            char ch = peek();
            if (ch == '"') {
                return string();
            }
            int start = pos;
            while (pos < s.length() && ",}".indexOf(s.charAt(pos)) < 0
                    && !Character.isWhitespace(s.charAt(pos))) {
                pos++;
            }
            String word = s.substring(start, pos);
            return word.equals("null") ? null : word;
        }

        String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char ch = next();
                if (ch == '"') {
                    return sb.toString();
                }
                if (ch != '\\') {
                    sb.append(ch);
                    continue;
                }
                char esc = next();
                switch (esc) {
                    case 'n' -> sb.append('\n');
                    case 't' -> sb.append('\t');
                    case 'r' -> sb.append('\r');
                    case 'b' -> sb.append('\b');
                    case 'f' -> sb.append('\f');
                    case 'u' -> {
                        sb.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> sb.append(esc);
                }
            }
        }
    }
}
