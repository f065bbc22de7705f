package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.ast.AstDump;
import dev.krait.ast.Expr;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every distinct STRING token of CPython's standard library, parsed alone as an expression, must
 * give CPython's {@code ast.dump} (with positions). Replacement fields' expressions belong to the
 * parser, so both sides put a placeholder {@code Name(id='E')} in their place unless the
 * expression is a single name (whose position {@link StringTestHost} computes as pegen would);
 * everything else — values, kinds, node spans, the JoinedStr layout — is compared. The default
 * run takes every 25th token; {@code -Dkrait.heavy=true} takes them all.
 */
class StringStdlibTest {
    private static final String SCRIPT = """
            import ast, os, sys, sysconfig, tokenize, warnings
            warnings.simplefilter('ignore')
            step = int(sys.stdin.readline())
            def esc(s):
                return (s.replace('\\\\', '\\\\\\\\').replace('\\n', '\\\\n')
                        .replace('\\r', '\\\\r').replace('\\t', '\\\\t'))
            class Placeholder(ast.NodeTransformer):
                def visit_FormattedValue(self, node):
                    self.generic_visit(node)
                    if not isinstance(node.value, ast.Name):
                        node.value = ast.Name(id='E', ctx=ast.Load(), lineno=0, col_offset=0,
                                              end_lineno=0, end_col_offset=0)
                    return node
            stdlib = sysconfig.get_paths()['stdlib']
            seen = set()
            for root, dirs, files in sorted(os.walk(stdlib)):
                dirs.sort()
                if 'site-packages' in root:
                    continue
                for name in sorted(files):
                    if not name.endswith('.py'):
                        continue
                    try:
                        with open(os.path.join(root, name), 'rb') as f:
                            tokens = [t.string for t in tokenize.tokenize(f.readline)
                                      if t.type == tokenize.STRING]
                    except Exception:
                        continue
                    for text in tokens:
                        if text in seen:
                            continue
                        seen.add(text)
                        if len(seen) % step:
                            continue
                        try:
                            tree = ast.parse(text, mode='eval').body
                            tree = Placeholder().visit(tree)
                            out = 'OK\\t' + ast.dump(tree, include_attributes=True)
                        except SyntaxError as e:
                            out = 'ERR\\t' + e.msg
                        print(esc(text) + '\\t' + out)
            """;

    /**
     * A str holding a high surrogate followed by a low one, each from its own escape
     * ({@code '\\ud800\\udc00'}): two code points in CPython, but a Java String cannot keep
     * them apart from the one astral code point they spell in UTF-16, so {@code ConstantValue.Str}
     * shows them as that code point. A known difference of the value representation, not of
     * string parsing; such tokens are counted apart.
     */
    static final java.util.regex.Pattern SURROGATE_PAIR =
            java.util.regex.Pattern.compile("\\\\ud[89ab][0-9a-f]{2}\\\\ud[c-f]");

    @Test
    void everyStdlibStringTokenMatchesCPython() {
        int step = Boolean.getBoolean("krait.heavy") ? 1 : 25;
        List<String> lines = PythonBatch.run(SCRIPT, step + "\n", 600);
        List<String> mismatches = new ArrayList<>();
        int surrogatePairs = 0;
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String text = unescape(line.substring(0, tab));
            String expected = line.substring(tab + 1);
            String actual = kraitDump(text);
            if (!expected.equals(actual)) {
                if (SURROGATE_PAIR.matcher(expected).find()) {
                    surrogatePairs++;
                    continue;
                }
                mismatches.add(text + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        if (System.getProperty("krait.mismatches") != null) {
            try {
                java.nio.file.Files.writeString(java.nio.file.Path.of(
                        System.getProperty("krait.mismatches")), String.join("\n", mismatches));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        System.out.println("StringStdlibTest: " + (lines.size() - mismatches.size()
                - surrogatePairs) + " of " + lines.size() + " STRING tokens match CPython; "
                + surrogatePairs + " differ only by an escaped surrogate pair");
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20,
                mismatches.size()))), mismatches.size() + " mismatches");
    }

    static String kraitDump(String text) {
        try {
            Expr e = StringParser.concatenate(new StringTestHost(),
                    List.of(StringTestHost.token(text)));
            return "OK\t" + AstDump.dump(e, true, null);
        } catch (PythonSyntaxError e) {
            return "ERR\t" + e.msg;
        }
    }

    static String unescape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                char n = s.charAt(++i);
                sb.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 't' ? '\t' : n);
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
