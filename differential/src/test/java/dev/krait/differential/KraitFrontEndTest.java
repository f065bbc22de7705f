package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Krait's side of a comparison has exactly the oracle's shape: for each kind of answer (a tree, a
 * SyntaxError with positions, MemoryError, RecursionError, UnicodeDecodeError, ValueError-like
 * errors) {@link KraitFrontEnd#parse} must equal {@link CPythonOracle#parse}, and a Python error
 * Krait raises on purpose must never be reported as a crash.
 */
class KraitFrontEndTest {
    private static CPythonOracle oracle;

    @BeforeAll
    static void startOracle() {
        oracle = CPythonOracle.start();
    }

    @AfterAll
    static void stopOracle() {
        oracle.close();
    }

    static Stream<byte[]> sources() {
        return Stream.of(
                utf8("def f(x, /, *, y=2):\n    return f'{x!r:>{y}}'\n"),
                utf8("x = (1,\n"),
                utf8("if x:\npass\n"),
                utf8("x = 1\0\n"),
                utf8("x = " + "(".repeat(300) + ")".repeat(300) + "\n"),
                utf8("x = " + "-".repeat(100_000) + "1\n"),
                utf8("f" + "()".repeat(5_000) + "\n"),
                new byte[] {'.', (byte) 0xca},
                new byte[] {'s', ' ', '=', ' ', '\'', (byte) 0xff, '\'', '\n'});
    }

    @ParameterizedTest
    @MethodSource("sources")
    void kraitAnswersInTheOraclesShape(byte[] source) {
        assertEquals(oracle.parse(source, true), KraitFrontEnd.parse(source, true));
        assertEquals(oracle.parseDigest(source, true), KraitFrontEnd.parseDigest(source, true));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
