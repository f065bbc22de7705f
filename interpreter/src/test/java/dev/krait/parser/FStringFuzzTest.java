package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.AstDump;
import dev.krait.ast.Expr;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.Token;
import dev.krait.lexer.TokenKind;
import dev.krait.text.PythonBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Random string literals built from the characters that matter to the literal scanners (braces,
 * conversion and spec marks, quotes, backslashes and escape letters, '#', brackets, newlines,
 * non-ASCII), under random prefixes, sometimes concatenated and placed after other text. CPython
 * tokenizes each case (cases it cannot tokenize are the tokenizer's business and are skipped) and
 * parses it; Krait's {@link StringParser} gets the same tokens and must give the same string node
 * with positions (expressions other than single names as placeholders, see
 * {@link StringTestHost}) or the same error message. A fixed seed keeps the cases reproducible;
 * {@code -Dkrait.heavy=true} runs many more.
 */
class FStringFuzzTest {
    private static final String SCRIPT = """
            import ast, io, random, sys, tokenize, warnings
            warnings.simplefilter('ignore')
            rng = random.Random(int(sys.stdin.readline()))
            count = int(sys.stdin.readline())
            pieces = ['{', '}', '{{', '}}', '!', '!r', '!s', '!a', '!x', ':', '=', '==', '!=',
                      '<', '>=', 'x', 'y', ' ', '  ', '\\n', '\\\\', '\\\\N{DASH}', '\\\\N{',
                      '\\\\x4', '\\\\x41', '\\\\u00e9', '\\\\400', '#', '(', ')', '[', ']', '"',
                      "'", 'é', '\\t',
                      '{x}', '{x!r}', '{x:>{y}}', '{x=}', '{ x = }', 'lambda:1', '1', 'f"{x}"',
                      '\\\\\\n', '\\\\{', 'b"a"', '\\u20ac', '\\\\d', '{\\n x}', '{x:{\\ny}}']
            prefixes = ['f', 'F', 'rf', 'fR', '', 'r', 'u', 'U', 'b', 'rb']
            def literal():
                prefix = rng.choice(prefixes)
                quote = rng.choice(["'", '"', "'''", '\"\"\"'])
                body = ''.join(rng.choice(pieces) for _ in range(rng.randrange(0, 9)))
                return prefix + quote + body + quote
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
            OURS = ('(unicode error)', '(value error)', 'cannot mix', 'bytes can only',
                    'f-string: expecting', 'f-string: single', 'f-string expression part',
                    'f-string: empty', 'f-string: expression required', 'f-string: unmatched',
                    'f-string: closing parenthesis', 'f-string: invalid conversion',
                    'f-string: expressions nested', 'f-string: too many', 'f-string: unterminated',
                    'f-string: unexpected end')
            done = 0
            while done < count:
                parts = [literal() for _ in range(rng.choice([1, 1, 1, 2, 3]))]
                lead = rng.choice(['(', 'é + (', 'x = (1,\\n  '])
                src = lead + rng.choice([' ', '\\n ']).join(parts) + ')'
                try:
                    toks = list(tokenize.generate_tokens(io.StringIO(src).readline))
                except (tokenize.TokenError, SyntaxError, IndentationError):
                    continue
                strings = [t for t in toks if t.type == tokenize.STRING]
                if [t.string for t in strings] != parts:
                    continue
                try:
                    tree = ast.parse(src)
                    node = tree.body[0].value
                    node = node.right if isinstance(node, ast.BinOp) else node
                    node = node.elts[1] if isinstance(node, ast.Tuple) else node
                    out = 'OK\\t' + ast.dump(Placeholder().visit(node), include_attributes=True)
                except SyntaxError as e:
                    if not e.msg.startswith(OURS):
                        continue  # an error of the expression's own parse
                    out = 'ERR\\t' + e.msg
                lines = src.split('\\n')
                for t in strings:
                    sc = len(lines[t.start[0] - 1][:t.start[1]].encode())
                    ec = len(lines[t.end[0] - 1][:t.end[1]].encode())
                    print('T', t.start[0], sc, t.end[0], ec, esc(t.string), sep='\\t')
                print('R\\t' + esc(src) + '\\t' + out)
                done += 1
            """;

    @Test
    void randomLiteralsMatchCPython() {
        int count = Boolean.getBoolean("krait.heavy") ? 100_000 : 3_000;
        List<String> lines = PythonBatch.run(SCRIPT, "2024\n" + count + "\n", 600);
        List<Token> tokens = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        int cases = 0;
        for (String line : lines) {
            String[] f = line.split("\t", 6);
            if (f[0].equals("T")) {
                tokens.add(new Token(TokenKind.STRING, StringStdlibTest.unescape(f[5]),
                        Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                        Integer.parseInt(f[4])));
                continue;
            }
            cases++;
            String[] r = line.split("\t", 3);
            String expected = r[2];
            String actual = dump(tokens);
            if (!expected.equals(actual)) {
                mismatches.add(StringStdlibTest.unescape(r[1]) + "\n  expected " + expected
                        + "\n  actual   " + actual);
            }
            tokens.clear();
        }
        System.out.println("FStringFuzzTest: " + (cases - mismatches.size()) + " of " + cases
                + " random literals match CPython");
        assertTrue(cases == count, "cases: " + cases);
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20,
                mismatches.size()))), mismatches.size() + " mismatches");
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
