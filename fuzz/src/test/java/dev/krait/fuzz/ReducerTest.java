package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Unparser;
import dev.krait.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The reducer on divergences we make up, so that its result can be checked exactly: a property of
 * a valid program is kept through the tree edits, and one of an invalid text through ddmin.
 */
class ReducerTest {
    private static boolean kraitParses(String text) {
        try {
            Parser.parse(text.getBytes(StandardCharsets.UTF_8), "<test>", Parser.Mode.EXEC);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Test
    void aValidProgramShrinksToTheStatementThatMatters() {
        String program = "import os\nclass C:\n    def f(self, x=1):\n        while x:\n"
                + "            y = [lambda: z for z in range(3)]\n        return y\nprint(C)\n";
        Predicate<String> property = t -> kraitParses(t) && t.contains("lambda:");
        String reduced = Reducer.reduce(program, property, 2000);
        assertTrue(property.test(reduced), reduced);
        assertTrue(reduced.length() <= "lambda: 0\n".length(), reduced);
    }

    @Test
    void anInvalidTextShrinksByLinesAndTokens() {
        String text = "x = 1\nif (((a +\n    b\ny = 2\n";
        Predicate<String> property = t -> !kraitParses(t) && t.contains("(((");
        String reduced = Reducer.reduce(text, property, 2000);
        assertEquals("(((", reduced);
    }

    @Test
    void aGeneratedProgramShrinksAndKeepsItsProperty() {
        String program = Unparser.unparse(ProgramGenerator.generate(7));
        Predicate<String> property = t -> kraitParses(t) && t.contains("def ");
        if (!property.test(program)) {
            program = program + "\ndef g():\n    pass\n";
        }
        String reduced = Reducer.reduce(program, property, 3000);
        assertTrue(property.test(reduced));
        assertTrue(reduced.length() <= 20, reduced);
    }
}
