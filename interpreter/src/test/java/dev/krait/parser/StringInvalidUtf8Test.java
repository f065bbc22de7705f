package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.ast.AstDump;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * String literals holding bytes that are not UTF-8. CPython's tokenizer lets them through and the
 * string parser reports them when it decodes the literal ({@code "(unicode error) 'utf-8' codec
 * can't decode ..."}), with positions counted from the literal's body or, when it has escapes,
 * from the run of non-ASCII bytes. The sources are built and parsed as bytes by CPython, then
 * parsed by Krait's parser. Valid astral characters, whose low surrogate may look like an
 * escaped byte, must pass.
 */
class StringInvalidUtf8Test {
    private static final String SCRIPT = """
            import ast, warnings
            warnings.simplefilter('ignore')
            cases = [b'"b\\xf6se"', b"r'\\xf6'", b"'\\\\n\\xf6'", b"'\\xc3'", b"'\\xc3a'",
                     b"f'\\xf6{x}'", b"rf'{x}\\xf6'", b"f'{x:\\xf6}'", b"b'\\xf6'",
                     b"'\\xe9\\\\x4'", b"'\\\\x4\\xf6'", b"'\\\\x4' '\\xe9'", b"'ok' '\\xff\\xfe'",
                     b"'\\xed\\xa0\\x80'", b"'\\xf0\\x9f\\x98'", b"'a\\xf0\\x9f\\x98b'",
                     b"'\\xc3\\xa9\\xff\\\\n'", b"'\\\\\\xff'", b"x = ('''\\n\\xff''', 1)",
                     b"f'{x}' f'\\xe9\\xff{y}'", b"f'''{x}\\n\\xff'''", b"u'\\xff' + 1",
                     b"'\\xc3\\xa9' '\\xe2\\x82'", b"rb'\\xff'", b"'\\xf5\\x80'",
                     b"'\\xf0\\x9f\\x92\\x80\\\\n'", b"r'\\xf0\\x9f\\x92\\x80'"]
            for src in cases:
                try:
                    out = 'OK\\t' + ast.dump(ast.parse(src), include_attributes=True)
                except SyntaxError as e:
                    out = 'ERR\\t%s\\t%s\\t%s\\t%s\\t%s' % (e.msg, e.lineno, e.offset, e.end_lineno,
                                                       e.end_offset)
                print(src.hex(), ascii(out), sep='\\t')
            """;

    @Test
    void undecodableBytesInLiteralsMatchCPython() {
        List<String> lines = PythonBatch.run(SCRIPT, "", 60);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", 2);
            byte[] source = HexFormat.of().parseHex(f[0]);
            String expected = unAscii(f[1]);
            String actual;
            try {
                actual = "OK\t" + AstDump.dump(Parser.parse(source, "<unknown>",
                        Parser.Mode.EXEC), true, null);
            } catch (PythonSyntaxError e) {
                actual = "ERR\t" + e.msg + "\t" + e.lineno + "\t" + e.offset + "\t" + e.endLineno
                        + "\t" + e.endOffset;
            }
            if (!expected.equals(actual)) {
                mismatches.add(f[0] + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        assertEquals(27, lines.size());
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    /** Undoes Python's {@code ascii()} of a str (quotes and backslash escapes). */
    private static String unAscii(String quoted) {
        String body = quoted.substring(1, quoted.length() - 1);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char n = body.charAt(++i);
            switch (n) {
                case 'x' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                    i += 2; }
                case 'u' -> { sb.append((char) Integer.parseInt(body.substring(i + 1, i + 5), 16));
                    i += 4; }
                case 'U' -> { sb.appendCodePoint(Integer.parseInt(body.substring(i + 1, i + 9),
                        16)); i += 8; }
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                default -> sb.append(n);
            }
        }
        return sb.toString();
    }
}
