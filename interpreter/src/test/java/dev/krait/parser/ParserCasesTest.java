package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.AstDump;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small sources covering every statement, expression and pattern kind ({@code parser-cases.txt})
 * and a range of syntax errors ({@code parser-error-cases.txt}), each parsed by CPython's
 * {@code ast.parse} (one python3 process for the whole file) and by Krait: the
 * {@code ast.dump(..., include_attributes=True)} texts, or the errors' type, message, position and
 * line text, must be identical.
 */
class ParserCasesTest {
    private static final String SCRIPT = """
            import ast, sys, warnings
            warnings.simplefilter('ignore')
            def esc(s):
                return s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n').replace('\\r', '\\\\r')
            text = sys.stdin.buffer.read().decode('utf-8')
            cases = text.split('\\n# ---\\n')
            for case in cases:
                mode = 'exec'
                if case.startswith('#mode '):
                    first, case = case.split('\\n', 1)
                    mode = first[6:]
                try:
                    tree = ast.parse(case.encode('utf-8'), '<unknown>', mode)
                    out = 'OK\\t' + ast.dump(tree, include_attributes=True)
                except SyntaxError as e:
                    out = 'ERR\\t%s: %s (%s, %s, %s, %s) %s' % (type(e).__name__, e.msg, e.lineno,
                        e.offset, e.end_lineno, e.end_offset, e.text)
                except (MemoryError, RecursionError) as e:
                    out = 'EXC\\t' + type(e).__name__
                print(esc(out))
            """;

    @Test
    void validSourcesGiveCPythonsTrees() throws IOException {
        int n = check("parser-cases.txt");
        assertTrue(n > 120, "cases read: " + n);
    }

    @Test
    void invalidSourcesGiveCPythonsErrors() throws IOException {
        int n = check("parser-error-cases.txt");
        assertTrue(n > 90, "cases read: " + n);
    }

    private static int check(String resource) throws IOException {
        String text;
        try (InputStream in = ParserCasesTest.class.getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> expected = PythonBatch.run(SCRIPT, text, 120);
        String[] cases = text.split("\n# ---\n", -1);
        assertEquals(cases.length, expected.size(), "python3 answered every case");
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            String actual = esc(krait(cases[i]));
            if (!actual.equals(expected.get(i))) {
                mismatches.add("case " + i + ":\n" + cases[i] + "\n  expected " + expected.get(i)
                        + "\n  actual   " + actual);
            }
        }
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
        return cases.length;
    }

    private static String krait(String source) {
        Parser.Mode mode = Parser.Mode.EXEC;
        if (source.startsWith("#mode ")) {
            int nl = source.indexOf('\n');
            mode = Parser.Mode.valueOf(source.substring(6, nl).toUpperCase());
            source = source.substring(nl + 1);
        }
        try {
            return "OK\t" + AstDump.dump(
                    Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<unknown>", mode), true,
                    null);
        } catch (PythonSyntaxError e) {
            return "ERR\t" + e.type + ": " + e.msg + " (" + e.lineno + ", " + e.offset + ", "
                    + e.endLineno + ", " + e.endOffset + ") " + e.text;
        } catch (ParserOverflowError e) {
            return "EXC\t" + e.pythonType;
        }
    }

    private static String esc(String s) {
        return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }
}
