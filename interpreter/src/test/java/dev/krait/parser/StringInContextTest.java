package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.ast.AstDump;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Node;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * String literals where they really occur: each standard-library file is parsed whole by Krait
 * and by CPython, and the outermost str/bytes {@code Constant} and {@code JoinedStr} nodes of both
 * (with positions, so concatenations across lines and f-strings at any column are covered) must
 * be the same, in the same order. Only the string nodes are compared: the rest of the tree is the
 * parser's own differential test. The default run takes every 15th file; {@code -Dkrait.heavy=true}
 * all of them.
 */
class StringInContextTest {
    private static final String SCRIPT = """
            import ast, os, sys, sysconfig, warnings
            warnings.simplefilter('ignore')
            step = int(sys.stdin.readline())
            def strings(node, out):
                if isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant)
                        and isinstance(node.value, (str, bytes))):
                    out.append(ast.dump(node, include_attributes=True))
                    return
                for child in ast.iter_child_nodes(node):
                    strings(child, out)
            stdlib = sysconfig.get_paths()['stdlib']
            n = 0
            for root, dirs, files in sorted(os.walk(stdlib)):
                dirs.sort()
                if 'site-packages' in root:
                    continue
                for name in sorted(files):
                    if not name.endswith('.py'):
                        continue
                    n += 1
                    if n % step:
                        continue
                    path = os.path.join(root, name)
                    try:
                        with open(path, 'rb') as f:
                            tree = ast.parse(f.read())
                    except (SyntaxError, ValueError, RecursionError, MemoryError):
                        continue
                    out = []
                    strings(tree, out)
                    print('FILE\\t' + path)
                    for d in out:
                        print(d)
            """;

    @Test
    void stdlibStringNodesMatchCPython() throws IOException {
        int step = Boolean.getBoolean("krait.heavy") ? 1 : 15;
        List<String> lines = PythonBatch.run(SCRIPT, step + "\n", 600);
        List<String> mismatches = new ArrayList<>();
        int files = 0;
        int nodes = 0;
        for (int i = 0; i < lines.size(); ) {
            String path = lines.get(i++).substring("FILE\t".length());
            List<String> expected = new ArrayList<>();
            while (i < lines.size() && !lines.get(i).startsWith("FILE\t")) {
                expected.add(lines.get(i++));
            }
            files++;
            nodes += expected.size();
            List<String> actual = new ArrayList<>();
            try {
                strings(Parser.parse(Files.readAllBytes(Path.of(path)), path, Parser.Mode.EXEC),
                        actual);
            } catch (PythonSyntaxError | ParserOverflowError e) {
                mismatches.add(path + ": " + e);
                continue;
            }
            for (int k = 0; k < Math.max(expected.size(), actual.size()); k++) {
                String want = k < expected.size() ? expected.get(k) : "(none)";
                String got = k < actual.size() ? actual.get(k) : "(none)";
                if (!want.equals(got)) {
                    mismatches.add(path + "\n  expected " + want + "\n  actual   " + got);
                    break;
                }
            }
        }
        System.out.println("StringInContextTest: " + (files - mismatches.size()) + " of " + files
                + " files have all " + nodes + " string nodes as CPython has them");
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20,
                mismatches.size()))), mismatches.size() + " files differ");
    }

    /** The outermost string nodes, depth first in field order, as {@code ast.iter_child_nodes}. */
    private static void strings(Object value, List<String> out) {
        if (value instanceof Expr.JoinedStr
                || value instanceof Expr.Constant c && (c.value() instanceof ConstantValue.Str
                        || c.value() instanceof ConstantValue.Bytes)) {
            out.add(AstDump.dump((Node) value, true, null));
        } else if (value instanceof Node node) {
            for (Object child : node.fieldValues()) {
                strings(child, out);
            }
        } else if (value instanceof List<?> list) {
            for (Object child : list) {
                strings(child, out);
            }
        }
    }
}
