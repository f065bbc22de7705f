package dev.krait.lexer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tokenizer's contract with the parser: what {@link Tokenizer#next()} returns and when it
 * throws. What CPython itself shows (token listings, error messages and positions) is checked
 * against python3 by the differential module's {@code TokenizeDifferentialTest}; these tests hold
 * the properties that must be true whatever the input.
 */
class TokenizerTest {
    private static List<Token> tokens(String source) {
        Tokenizer t = Tokenizer.forBytes(source.getBytes(StandardCharsets.UTF_8), "<test>");
        List<Token> out = new ArrayList<>();
        Token token;
        do {
            token = t.next();
            out.add(token);
        } while (token.kind() != TokenKind.ENDMARKER);
        return out;
    }

    private static List<TokenKind> kinds(String source) {
        return tokens(source).stream().map(Token::kind).toList();
    }

    @Test
    void everyOperatorIsOneTokenOfItsExactKind() {
        for (TokenKind kind : TokenKind.values()) {
            if (!kind.isOperator()) {
                continue;
            }
            String op = kind.operator;
            // brackets are closed again so that the line ends the statement
            String closer = switch (op) {
                case "(" -> ")";
                case "[" -> "]";
                case "{" -> "}";
                default -> "";
            };
            String opener = switch (op) {
                case ")" -> "(";
                case "]" -> "[";
                case "}" -> "{";
                default -> "";
            };
            List<Token> got = tokens(opener.isEmpty() ? "a " + op + " b" + closer + "\n"
                    : opener + op + " b\n");
            if (!opener.isEmpty()) {
                assertEquals(kind, got.get(1).kind(), op);
                assertEquals(1, got.get(1).colOffset(), op);
                continue;
            }
            assertEquals(kind, got.get(1).kind(), op);
            assertEquals(op, got.get(1).text(), op);
            assertEquals(2, got.get(1).colOffset(), op);
            assertEquals(2 + op.length(), got.get(1).endColOffset(), op);
        }
    }

    @Test
    void tokensKeepTheirSpelling() {
        // "<>" is NOTEQUAL for the tokenizer; the parser refuses it by its text
        Token ne = tokens("a <> b\n").get(1);
        assertEquals(TokenKind.NOTEQUAL, ne.kind());
        assertEquals("<>", ne.text());
    }

    private static Tokenizer after(String source, int tokensRead) {
        Tokenizer t = Tokenizer.forBytes(source.getBytes(StandardCharsets.ISO_8859_1), "<t>");
        for (int i = 0; i < tokensRead; i++) {
            t.next();
        }
        return t;
    }

    @Test
    void checkRestOfSourceSaysWhichErrorWins() {
        // nothing wrong further on: the parser's error stands
        assertEquals(null, after("a b\nc\n", 2).checkRestOfSource(1));
        // an error the tokenizer raises itself wins
        RuntimeException own = after("a b\nc = 0_\n", 2).checkRestOfSource(1);
        PythonSyntaxError direct = assertThrows(PythonSyntaxError.class,
                () -> after("a b\nc = 0_\n", 6).next());
        assertEquals(direct.msg, ((PythonSyntaxError) own).msg);
        // a signalled error (here a bad dedent) yields to a bracket opened before the error line
        String source = "f(\na b\n";
        RuntimeException unclosed = after(source, 2).checkRestOfSource(2);
        assertTrue(unclosed instanceof PythonSyntaxError);
        assertEquals(1, ((PythonSyntaxError) unclosed).lineno);
        assertEquals(null, after(source, 2).checkRestOfSource(1));
        assertEquals(null, after("a b\nif x:\n    y\n  z\n", 2).checkRestOfSource(1));
        // an undecodable name escapes as UnicodeDecodeError
        assertTrue(after("a b\n\u00ff\n", 2).checkRestOfSource(1)
                instanceof PythonUnicodeDecodeError);
    }

    @Test
    void anyBytesGiveTokensOrAPythonError() {
        java.util.Random random = new java.util.Random(2026);
        byte[] alphabet = " \t\n\r\f\\()[]{}'\"#0x1e_.abcj+=:".getBytes(StandardCharsets.US_ASCII);
        for (int i = 0; i < 20_000; i++) {
            byte[] source = new byte[random.nextInt(40)];
            for (int k = 0; k < source.length; k++) {
                source[k] = random.nextInt(10) < 3 ? (byte) random.nextInt(256)
                        : alphabet[random.nextInt(alphabet.length)];
            }
            for (int mode = 0; mode < 3; mode++) {
                try {
                    Tokenizer t = switch (mode) {
                        case 0 -> Tokenizer.forBytes(source, "<t>");
                        case 1 -> Tokenizer.forFile(source, "<t>");
                        default -> Tokenizer.forBytes(source, "<t>", false);
                    };
                    for (Token token = t.next(); token.kind() != TokenKind.ENDMARKER;
                            token = t.next()) {
                        t.lineText(token.lineno());
                    }
                } catch (PythonSyntaxError expected) {
                    // a Python error is a fine answer
                }
            }
            try {
                TokenizeListing.list(source, "<t>", entry -> entry.format());
            } catch (PythonSyntaxError expected) {
                // likewise
            }
        }
    }

    @Test
    void endmarkerRepeatsAtTheEnd() {
        Tokenizer t = Tokenizer.forBytes("x\n".getBytes(StandardCharsets.UTF_8), "<test>");
        while (t.next().kind() != TokenKind.ENDMARKER) {
            // drain
        }
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
        assertEquals(TokenKind.ENDMARKER, t.next().kind());
    }

    @Test
    void execInputGetsAFinalNewlineAndEvalInputDoesNot() {
        assertEquals(List.of(TokenKind.NAME, TokenKind.NEWLINE, TokenKind.ENDMARKER), kinds("x"));
        Tokenizer eval = Tokenizer.forBytes("x".getBytes(StandardCharsets.UTF_8), "<test>", false);
        assertEquals(TokenKind.NAME, eval.next().kind());
        assertEquals(TokenKind.ENDMARKER, eval.next().kind());
    }

    @Test
    void theParserNeverSeesCommentsOrBlankLines() {
        List<TokenKind> got = kinds("# c\n\nif x:  # c\n\n    # c\n    y\n\n# c\nz\n");
        assertEquals(List.of(TokenKind.NAME, TokenKind.NAME, TokenKind.COLON, TokenKind.NEWLINE,
                TokenKind.INDENT, TokenKind.NAME, TokenKind.NEWLINE, TokenKind.DEDENT,
                TokenKind.NAME, TokenKind.NEWLINE, TokenKind.ENDMARKER), got);
    }

    @Test
    void indentsAndDedentsBalance() {
        String source = "if a:\n\tif b:\n\t\tif c:\n\t\t\tx\n\ty\nz\nif d:\n  w\n";
        int depth = 0;
        for (TokenKind kind : kinds(source)) {
            depth += kind == TokenKind.INDENT ? 1 : kind == TokenKind.DEDENT ? -1 : 0;
            assertTrue(depth >= 0);
        }
        assertEquals(0, depth);
    }

    @Test
    void bracketsJoinLinesAndTheirStateIsVisible() {
        Tokenizer t = Tokenizer.forBytes("x = [1,\n  (2,\n".getBytes(StandardCharsets.UTF_8),
                "<test>");
        List<TokenKind> seen = new ArrayList<>();
        PythonSyntaxError error = assertThrows(PythonSyntaxError.class, () -> {
            while (true) {
                seen.add(t.next().kind());
            }
        });
        assertTrue(!seen.contains(TokenKind.NEWLINE), "no NEWLINE inside brackets: " + seen);
        assertEquals(2, t.level());
        assertEquals('(', t.openBracket(1));
        assertEquals(2, t.openBracketLineno(1));
        assertEquals(2, t.openBracketColOffset(1));
        assertEquals("'(' was never closed", error.msg);
    }

    @Test
    void tokensArriveBeforeALaterErrorAndTheErrorSticks() {
        Tokenizer t = Tokenizer.forBytes("a b\nc = 0_\n".getBytes(StandardCharsets.UTF_8), "<t>");
        assertEquals("a", t.next().text());
        assertEquals("b", t.next().text());
        assertEquals(TokenKind.NEWLINE, t.next().kind());
        assertEquals("c", t.next().text());
        assertEquals("=", t.next().text());
        PythonSyntaxError first = assertThrows(PythonSyntaxError.class, t::next);
        PythonSyntaxError again = assertThrows(PythonSyntaxError.class, t::next);
        assertSame(first, again);
    }

    @Test
    void columnsAreUtf8BytesOfTheLine() {
        String source = "é = 'ü€😀' + ĳ  # ω\nx = \"\"\"a\né\"\"\"; y = 2\n";
        Tokenizer t = Tokenizer.forBytes(source.getBytes(StandardCharsets.UTF_8), "<test>");
        for (Token token = t.next(); token.kind() != TokenKind.ENDMARKER; token = t.next()) {
            if (token.kind() == TokenKind.NEWLINE) {
                continue;
            }
            byte[] first = t.lineText(token.lineno()).getBytes(StandardCharsets.UTF_8);
            if (token.lineno() == token.endLineno()) {
                byte[] slice = java.util.Arrays.copyOfRange(first, token.colOffset(),
                        token.endColOffset());
                assertEquals(token.text(), new String(slice, StandardCharsets.UTF_8));
            } else {
                String head = new String(first, token.colOffset(),
                        first.length - token.colOffset(), StandardCharsets.UTF_8);
                assertTrue(token.text().startsWith(head), token.toString());
                byte[] last = t.lineText(token.endLineno()).getBytes(StandardCharsets.UTF_8);
                String tail = new String(last, 0, token.endColOffset(), StandardCharsets.UTF_8);
                assertTrue(token.text().endsWith(tail), token.toString());
            }
        }
    }

    @Test
    void crlfAndCrAreNewlinesLikeLf() {
        // (no final newline: CPython's string tokenizer gives a final "\r\n" an extra line)
        String lf = "if x:\n    s = '''a\nb'''\n    t = (1,\n2)\nu = 3";
        List<Token> expected = tokens(lf);
        assertEquals(expected, tokens(lf.replace("\n", "\r\n")));
        assertEquals(expected, tokens(lf.replace("\n", "\r")));
    }

    @Test
    void namesKeepTheirSpelling() {
        // the parser NFKC-normalises identifiers; the token shows what was written
        List<Token> got = tokens("ﬁle = ℌ\n");
        assertEquals("ﬁle", got.get(0).text());
        assertEquals("ℌ", got.get(2).text());
    }

    @Test
    void prefixedStringsAreOneToken() {
        for (String prefix : new String[] {"r", "u", "R", "b", "B", "br", "rB", "f", "F", "fr",
                "Rf", ""}) {
            for (String quote : new String[] {"'", "\"", "'''", "\"\"\""}) {
                String literal = prefix + quote + "x\\" + quote + "y" + quote;
                List<Token> got = tokens(literal + "\n");
                assertEquals(TokenKind.STRING, got.get(0).kind(), literal);
                assertEquals(literal, got.get(0).text());
            }
        }
        // "ub" is no prefix: a name, then a string
        assertEquals(List.of(TokenKind.NAME, TokenKind.STRING, TokenKind.NEWLINE,
                TokenKind.ENDMARKER), kinds("ub''"));
    }

    @Test
    void numbersFollowedByKeywordsSplit() {
        List<Token> got = tokens("1if 0o1for 1.5else 1jor\n");
        List<String> texts = got.stream().map(Token::text).toList();
        assertEquals(List.of("1", "if", "0o1", "for", "1.5", "else", "1j", "or", "", ""),
                texts);
    }

    @Test
    void fStringExpressionTokensAreShiftedOnTheirFirstLine() {
        Tokenizer t = Tokenizer.forFStringExpression("(a +\nb)", "<test>", 3, 10);
        Token paren = t.next();
        assertEquals(3, paren.lineno());
        assertEquals(10, paren.colOffset());
        t.next();
        t.next();
        Token b = t.next();
        assertEquals(4, b.lineno());
        assertEquals(0, b.colOffset());
    }

    @Test
    void listingKeepsCommentsAndBlankLines() {
        List<String> types = new ArrayList<>();
        TokenizeListing.list("# c\n\nx = 1  # d\n".getBytes(StandardCharsets.UTF_8), "<t>",
                e -> types.add(e.type()));
        assertEquals(List.of("ENCODING", "COMMENT", "NL", "NL", "NAME", "OP", "NUMBER", "COMMENT",
                "NEWLINE", "ENDMARKER"), types);
    }

    @Test
    void undecodableBytesRoundTrip() {
        byte[] raw = {'a', (byte) 0xff, (byte) 0xe2, (byte) 0x82, 'b', (byte) 0xed, (byte) 0xa0,
            (byte) 0x80, (byte) 0xc3, (byte) 0xa9};
        String text = Utf8.decodeEscapingInvalid(raw, 0, raw.length);
        assertArrayEquals(raw, Utf8.sourceBytes(text, 0, text.length()));
        assertEquals(raw.length, Utf8.byteLength(text, 0, text.length()));
        assertTrue(text.endsWith("é"));
    }
}
