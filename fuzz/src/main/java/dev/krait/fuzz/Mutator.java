package dev.krait.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Token-level mutations of a valid program: delete, duplicate or swap tokens, replace one with a
 * random Python token, insert a keyword, bracket, newline or indentation. Most mutants are
 * invalid, in the many ways a person's typo makes code invalid, which is where the syntax-error
 * paths of the two parsers are compared; some stay valid and parse to a different tree.
 *
 * <p>The split into tokens is deliberately rough (names, numbers, strings, comments, operators,
 * whitespace): it needs only to cut the text at places a real tokenizer would, not to agree with
 * one.
 */
public final class Mutator {
    /** What may be inserted or substituted: keywords, soft keywords, operators, layout. */
    static final List<String> TOKENS = List.of(
            "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
            "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
            "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
            "return", "try", "while", "with", "yield", "match", "case", "_", "type", "print",
            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "...", "=", ":=", "->", "@", "*",
            "**", "+", "-", "~", "/", "//", "%", "<<", ">>", "&", "|", "^", "<", ">", "==",
            "!=", "<=", ">=", "+=", "**=", "!", "$", "?", "`", "\\", "\\\n", "\n", "\n\n",
            "    ", "\t", " ", "\f", "\r", "#", "# c\n", "'", "\"", "'''", "\"\"\"", "f'", "f'{",
            "f\"{x!r:>{w}}\"", "b'", "rb'\\'", "u'", "x", "1", "0", "1_0", "0x", "0b2", "1e",
            "1j", "1.", ".5", "07", "1__0", "0_", "\u00e9", "\u00a0", "\u2028", "\ufeff", "\0");

    private Mutator() {}

    /** A mutant of the program; the same seed always gives the same mutant. */
    public static String mutate(String program, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> tokens = split(program);
        int mutations = 1 + random.nextInt(3);
        for (int m = 0; m < mutations; m++) {
            int at = tokens.isEmpty() ? 0 : random.nextInt(tokens.size());
            String token = TOKENS.get(random.nextInt(TOKENS.size()));
            switch (tokens.isEmpty() ? 4 : random.nextInt(6)) {
                case 0 -> tokens.remove(at);
                case 1 -> tokens.add(at, tokens.get(at));
                case 2 -> {
                    if (at + 1 < tokens.size()) {
                        tokens.add(at + 1, tokens.remove(at));
                    }
                }
                case 3 -> tokens.set(at, token);
                default -> tokens.add(at, token);
            }
        }
        return String.join("", tokens);
    }

    /** Cuts text into rough tokens, whitespace runs included, so that joining gives it back. */
    static List<String> split(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            char c = text.charAt(i);
            if (c == '\n') {
                i++;
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\r') {
                while (i < n && " \t\f\r".indexOf(text.charAt(i)) >= 0) {
                    i++;
                }
            } else if (c == '#') {
                while (i < n && text.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == '\'' || c == '"') {
                i = stringEnd(text, i);
            } else if (Character.isLetterOrDigit(c) || c == '_' || c >= 0x80) {
                while (i < n && (Character.isLetterOrDigit(text.charAt(i))
                        || text.charAt(i) == '_' || text.charAt(i) >= 0x80
                        || text.charAt(i) == '.' && Character.isDigit(c))) {
                    i++;
                }
                if (i < n && (text.charAt(i) == '\'' || text.charAt(i) == '"') && i - start <= 3) {
                    i = stringEnd(text, i); // a prefixed string: rb'...'
                }
            } else {
                i += operatorLength(text, i);
            }
            tokens.add(text.substring(start, i));
        }
        return tokens;
    }

    private static int stringEnd(String text, int i) {
        char quote = text.charAt(i);
        boolean triple = text.startsWith(String.valueOf(quote).repeat(3), i);
        String close = triple ? String.valueOf(quote).repeat(3) : String.valueOf(quote);
        int j = i + close.length();
        while (j < text.length()) {
            char c = text.charAt(j);
            if (c == '\\') {
                j += 2;
            } else if (text.startsWith(close, j)) {
                return j + close.length();
            } else if (c == '\n' && !triple) {
                return j;
            } else {
                j++;
            }
        }
        return text.length();
    }

    private static final List<String> OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...",
            "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==",
            ">=", ">>", "@=", "^=", "|=");

    private static int operatorLength(String text, int i) {
        for (String op : OPERATORS) {
            if (text.startsWith(op, i)) {
                return op.length();
            }
        }
        return 1;
    }
}
