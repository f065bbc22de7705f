package dev.krait.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the prompt splits typed lines into statements: when it runs what was typed, when it asks
 * for another line, when it reports an error at once. The differential test
 * (ReplDifferentialTest) checks the prompts and output against {@code python3 -i}; these cases
 * pin the decisions themselves, which its output shows only indirectly.
 */
class ReplSourceTest {
    private static ReplSource.Outcome classify(String... lines) {
        return ReplSource.classify(List.of(lines), false);
    }

    @Test
    void simpleStatementsRunAtOnce() {
        assertInstanceOf(ReplSource.Complete.class, classify("x = 1"));
        assertInstanceOf(ReplSource.Complete.class, classify("1; 2"));
    }

    @Test
    void blankLinesAndCommentsAreNothingToRun() {
        assertInstanceOf(ReplSource.Empty.class, classify(""));
        assertInstanceOf(ReplSource.Empty.class, classify("   "));
        assertInstanceOf(ReplSource.Empty.class, classify("  # note"));
    }

    @Test
    void compoundStatementsWaitForABlankLine() {
        assertInstanceOf(ReplSource.More.class, classify("if x:"));
        assertInstanceOf(ReplSource.More.class, classify("if x:", "    y()"));
        assertInstanceOf(ReplSource.More.class, classify("for i in r: print(i)"));
        assertInstanceOf(ReplSource.More.class, classify("try:", "    pass"));
        assertInstanceOf(ReplSource.More.class, classify("@decorator"));
        assertInstanceOf(ReplSource.Complete.class, classify("if x:", "    y()", ""));
    }

    @Test
    void openBracketsStringsAndBackslashesContinue() {
        assertInstanceOf(ReplSource.More.class, classify("(1,"));
        assertInstanceOf(ReplSource.More.class, classify("(1,", ""));
        assertInstanceOf(ReplSource.More.class, classify("'''text"));
        assertInstanceOf(ReplSource.More.class, classify("x = 1 + \\"));
        assertInstanceOf(ReplSource.Complete.class, classify("(1,", "2)"));
    }

    @Test
    void errorsInWhatWasTypedAreReportedAtOnce() {
        ReplSource.Outcome outcome = classify("1 +");
        assertEquals("invalid syntax",
                assertInstanceOf(ReplSource.Error.class, outcome).error().msg);
        assertInstanceOf(ReplSource.Error.class, classify("if 1:", "    x = )"));
        assertInstanceOf(ReplSource.Error.class, classify("if 1:", "    pass", "print(5)"));
        assertInstanceOf(ReplSource.Error.class, classify("'abc"));
        assertInstanceOf(ReplSource.Error.class, classify("if x:", ""));
    }

    @Test
    void theEndOfInputTakesTheLinesAsTheyAre() {
        assertInstanceOf(ReplSource.Complete.class,
                ReplSource.classify(List.of("if x:", "    y()"), true));
        assertInstanceOf(ReplSource.Error.class, ReplSource.classify(List.of("(1,"), true));
    }
}
