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
 * run takes the tokens of every 12th file; {@code -Dkrait.heavy=true} takes them all.
 */
class StringStdlibTest {
    private static final String SCRIPT = """
            import ast, os, sys, sysconfig, tokenize, warnings
            warnings.simplefilter('ignore')
            step = int(sys.stdin.readline())
            file_step = int(sys.stdin.readline())
            n_files = 0
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

    @Test
    void everyStdlibStringTokenMatchesCPython() {
        boolean heavy = Boolean.getBoolean("krait.heavy");
        List<String> lines = PythonBatch.run(SCRIPT, heavy ? "1\n1\n" : "1\n12\n", 600);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            int tab = line.indexOf('\t');
            String text = unescape(line.substring(0, tab));
            String expected = line.substring(tab + 1);
            String actual = kraitDump(text);
            if (!expected.equals(actual)) {
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
        System.out.println("StringStdlibTest: " + (lines.size() - mismatches.size()) + " of "
                + lines.size() + " STRING tokens match CPython");
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
