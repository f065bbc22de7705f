package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.ast.AstDump;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every distinct f-string token of CPython's standard library, and the cases of
 * {@code fstring-cases.txt}, parsed by the real parser in eval mode and by CPython: the whole
 * {@code ast.dump} with positions must match, so the sub-parsed expressions' positions (shifted
 * as CPython 3.11 shifts them) are checked too; a SyntaxError must match in message and
 * location. The default run takes the f-strings of every 8th stdlib file;
 * {@code -Dkrait.heavy=true} takes them all.
 */
class FStringStdlibTest {
    private static final String SCRIPT = """
            import ast, os, sys, sysconfig, tokenize, warnings
            warnings.simplefilter('ignore')
            step = int(sys.stdin.readline())
            file_step = int(sys.stdin.readline())
            n_files = 0
            extra = sys.stdin.read().split('\\n# ---\\n')
            def esc(s):
                return (s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')
                        .replace('\\r', '\\\\r').replace('\\t', '\\\\t'))
            def check(text):
                try:
                    out = 'OK\\t' + ast.dump(ast.parse(text.encode(), mode='eval'),
                                               include_attributes=True)
                except SyntaxError as e:
                    out = 'ERR\\t%s\\t%s\\t%s\\t%s\\t%s' % (e.msg, e.lineno, e.offset, e.end_lineno,
                                                       e.end_offset)
                print(esc(text) + '\\t' + out)
            extra[0] = extra[0].split('\\n', 1)[1]
            for case in extra:
                check(case.rstrip('\\n'))
            stdlib = sysconfig.get_paths()['stdlib']
            seen = set()
            for root, dirs, files in sorted(os.walk(stdlib)):
                dirs.sort()
                if 'site-packages' in root:
                    continue
                for name in sorted(files):
                    if not name.endswith('.py'):
                        continue
                    n_files += 1
                    if n_files % file_step:
                        continue
                    try:
                        with open(os.path.join(root, name), 'rb') as f:
                            tokens = [t.string for t in tokenize.tokenize(f.readline)
                                      if t.type == tokenize.STRING]
                    except Exception:
                        continue
                    for text in tokens:
                        prefix = text[:text.index(text[-1])].lower()
                        if 'f' not in prefix or text in seen:
                            continue
                        seen.add(text)
                        if len(seen) % step == 0:
                            check(text)
            """;

    @Test
    void fStringsMatchCPython() throws java.io.IOException {
        String steps = Boolean.getBoolean("krait.heavy") ? "1\n1\n" : "1\n8\n";
        String cases;
        try (var in = FStringStdlibTest.class.getResourceAsStream("fstring-cases.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = PythonBatch.run(SCRIPT, steps + cases, 600);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String text = StringStdlibTest.unescape(line.substring(0, tab));
            String expected = line.substring(tab + 1);
            String actual = kraitDump(text);
            if (!expected.equals(actual)) {
                mismatches.add(text + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        System.out.println("FStringStdlibTest: " + (lines.size() - mismatches.size()) + " of "
                + lines.size() + " f-strings match CPython");
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20,
                mismatches.size()))), mismatches.size() + " mismatches");
    }

    private static String kraitDump(String text) {
        try {
            return "OK\t" + AstDump.dump(Parser.parse(text.getBytes(StandardCharsets.UTF_8),
                    "<unknown>", Parser.Mode.EVAL), true, null);
        } catch (PythonSyntaxError e) {
            return "ERR\t" + e.msg + "\t" + e.lineno + "\t" + e.offset + "\t" + e.endLineno + "\t"
                    + e.endOffset;
        }
    }
}
