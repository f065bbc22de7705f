package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.text.PythonBatch;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Deep nesting at the points where CPython stops: its parser's MAXSTACK (MemoryError), the
 * recursion budget of {@code ast.parse}'s conversion (RecursionError), the tokenizer's 200 open
 * brackets. For each shape, sources just below and above each limit must get CPython's outcome,
 * and never a Java StackOverflowError. CPython is asked from a function called at module level,
 * the call depth Krait's {@link AstDepth} assumes.
 */
class ParserDepthTest {
    private static final String SCRIPT = """
            import ast, sys
            def kind(src):
                try:
                    ast.parse(src.encode('utf-8'))
                    return 'ok'
                except SyntaxError as e:
                    return type(e).__name__ + ': ' + e.msg
                except (MemoryError, RecursionError) as e:
                    return type(e).__name__
            for i in range(20):
                kind('x')  # warm up: a specialised call to compile() takes one level less
            for line in sys.stdin.read().split('\\n'):
                if line:
                    print(kind(line.replace('\\\\n', '\\n')))
            """;

    /** {shape name, prefix, repeated part, suffix, closing repeated part} */
    private static final String[][] SHAPES = {
        {"unary minus", "", "-", "x", ""},
        {"not", "", "not ", "x", ""},
        {"power", "x", "**x", "", ""},
        {"lambda", "", "lambda:", "x", ""},
        {"conditional", "", "1 if 1 else ", "1", ""},
        {"attributes", "x", ".a", "", ""},
        {"calls", "x", "()", "", ""},
        {"sum", "x = 1", " + 1", "", ""},
        {"comparison operand", "x = 1 < 1", " + -", "1", ""},
        {"assignment of minus", "x = ", "-", "1", ""},
    };

    @Test
    void limitsAreCPythons() {
        List<String> names = new ArrayList<>();
        StringBuilder input = new StringBuilder();
        for (String[] shape : SHAPES) {
            for (int n : new int[] {2980, 2985, 2986, 2988, 2989, 2990, 2991, 5965, 5969, 5970,
                    5971, 10_000}) {
                names.add(shape[0] + " " + n);
                input.append(shape[1]).append(shape[2].repeat(n)).append(shape[3])
                        .append(shape[4].repeat(n)).append('\n');
            }
        }
        for (int n : new int[] {199, 200, 201}) {
            names.add("parentheses " + n);
            input.append("x = ").append("(".repeat(n)).append("1").append(")".repeat(n))
                    .append('\n');
            names.add("lists " + n);
            input.append("x = ").append("[".repeat(n)).append("]".repeat(n)).append('\n');
        }
        String[] sources = input.toString().split("\n");
        List<String> expected = PythonBatch.run(SCRIPT, input.toString(), 300);
        assertEquals(sources.length, expected.size());
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < sources.length; i++) {
            String actual = krait(sources[i]);
            if (!actual.equals(expected.get(i))) {
                mismatches.add(names.get(i) + ": CPython " + expected.get(i) + ", Krait "
                        + actual);
            }
        }
        assertEquals("", String.join("\n", mismatches), mismatches.size() + " mismatches");
    }

    private static String krait(String source) {
        try {
            Parser.parse(source.getBytes(StandardCharsets.UTF_8), "<unknown>", Parser.Mode.EXEC);
            return "ok";
        } catch (PythonSyntaxError e) {
            return e.type + ": " + e.msg;
        } catch (ParserOverflowError e) {
            return e.pythonType;
        }
    }
}
