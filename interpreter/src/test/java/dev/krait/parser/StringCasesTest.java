package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.ast.AstDump;
import dev.krait.ast.Expr;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.text.PythonBatch;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-picked literal cases of {@code string-cases.txt} (escapes and their errors, bytes,
 * concatenation, f-string fields, specs, debug text, errors and multi-line positions), each parsed
 * by CPython and by Krait. CPython also supplies the tokens (with UTF-8 byte columns), so
 * concatenations are checked with their real positions.
 */
class StringCasesTest {
    private static final String SCRIPT = """
            import ast, io, sys, tokenize, warnings
            warnings.simplefilter('ignore')
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
            cases = sys.stdin.read().split('\\n# ---\\n')
            cases[0] = cases[0].split('\\n', 1)[1]
            for case in cases:
                case = case.rstrip('\\n').rstrip(' ')
                lines = case.split('\\n')
                def col(row, c):
                    return len(lines[row - 1][:c].encode('utf-8'))
                for t in tokenize.generate_tokens(io.StringIO(case).readline):
                    if t.type == tokenize.STRING:
                        print('T', t.start[0], col(*t.start), t.end[0], col(*t.end), esc(t.string),
                              sep='\\t')
                try:
                    tree = ast.parse(case, mode='eval').body
                    out = 'OK\\t' + ast.dump(Placeholder().visit(tree), include_attributes=True)
                except SyntaxError as e:
                    out = 'ERR\\t' + e.msg
                print('R\\t' + out)
            """;

    @Test
    void literalCasesMatchCPython() throws IOException {
        String cases;
        try (InputStream in = StringCasesTest.class.getResourceAsStream("string-cases.txt")) {
            cases = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> lines = PythonBatch.run(SCRIPT, cases, 60);
        List<Token> tokens = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int count = 0;
        for (String line : lines) {
            String[] f = line.split("\t", 6);
            if (f[0].equals("T")) {
                tokens.add(new Token(TokenKind.STRING, StringStdlibTest.unescape(f[5]),
                        Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
                continue;
            }
            count++;
            String expected = line.substring(2);
            String actual = dump(tokens);
            if (!expected.equals(actual)) {
                mismatches.add(tokens.stream().map(Token::text).toList() + "\n  expected "
                        + expected + "\n  actual   " + actual);
            }
            tokens.clear();
        }
        assertEquals(true, count > 100, "cases read: " + count);
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    private static String dump(List<Token> tokens) {
        try {
            Expr e = StringParser.concatenate(new StringTestHost(), tokens);
            return "OK\t" + AstDump.dump(e, true, null);
        } catch (PythonSyntaxError e) {
            return "ERR\t" + e.msg;
        }
    }
}
