package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.AstDump;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.SourceWarnings;
import dev.krait.text.PythonBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Small sources covering every statement, expression and pattern kind ({@code parser-cases.txt}),
 * a range of syntax errors ({@code parser-error-cases.txt}) and the parse options, type comments
 * and feature versions ({@code parser-option-cases.txt}), each parsed by CPython's
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
                options = {}
                if case.startswith('#mode '):
                    first, case = case.split('\\n', 1)
                    words = first.split()
                    mode = words[1]
                    for word in words[2:]:
                        if word == 'type_comments':
                            options['type_comments'] = True
                        else:
                            options['feature_version'] = (3, int(word.split('=')[1]))
                try:
                    tree = ast.parse(case.encode('utf-8'), '<unknown>', mode, **options)
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

    /** Type comments ({@code type_comments=True}) and older grammars ({@code feature_version}). */
    @Test
    void parseOptionsGiveCPythonsTreesAndErrors() throws IOException {
        int n = check("parser-option-cases.txt");
        assertTrue(n > 60, "cases read: " + n);
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

    /**
     * Krait's answer for one case; a first line {@code #mode MODE [type_comments]
     * [feature_version=N]} gives ast.parse's mode and options.
     */
    private static String krait(String source) {
        Parser.Mode mode = Parser.Mode.EXEC;
        int flags = 0;
        int featureVersion = Parser.LATEST_FEATURE_VERSION;
        if (source.startsWith("#mode ")) {
            int nl = source.indexOf('\n');
            String[] words = source.substring(0, nl).split(" ");
            mode = Parser.Mode.valueOf(words[1].toUpperCase());
            for (int i = 2; i < words.length; i++) {
                if (words[i].equals("type_comments")) {
                    flags |= Parser.TYPE_COMMENTS;
                } else {
                    featureVersion = Integer.parseInt(words[i].substring(
                            words[i].indexOf('=') + 1));
                }
            }
            source = source.substring(nl + 1);
        }
        try {
            return "OK\t" + AstDump.dump(Parser.parse(source.getBytes(StandardCharsets.UTF_8),
                    "<unknown>", mode, flags, featureVersion, SourceWarnings.NONE), true, null);
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
