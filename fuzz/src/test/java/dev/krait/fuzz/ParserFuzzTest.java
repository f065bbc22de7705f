package dev.krait.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided robustness fuzzing with Jazzer: any bytes, and any soup of Python tokens, make
 * the parser return a tree or throw {@link PythonSyntaxError} or {@link ParserOverflowError} --
 * never another Java exception, never a StackOverflowError (Jazzer reports anything that escapes).
 *
 * <p>Under {@code mvn verify} each test runs once per file of its regression inputs, in
 * {@code src/test/resources/dev/krait/fuzz/ParserFuzzTestInputs/<method>/}. With
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes instead (see fuzz/README.md); a crash it finds is saved
 * there as a new regression input.
 */
class ParserFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void anyBytes(byte[] source) {
        parse(source);
    }

    @FuzzTest(maxDuration = "60s")
    void tokenSoup(FuzzedDataProvider data) {
        StringBuilder sb = new StringBuilder();
        while (data.remainingBytes() > 0 && sb.length() < 4000) {
            int choice = data.consumeInt(0, Mutator.TOKENS.size() + 2);
            if (choice < Mutator.TOKENS.size()) {
                sb.append(Mutator.TOKENS.get(choice));
            } else if (choice == Mutator.TOKENS.size()) {
                sb.append(data.consumeAsciiString(8));
            } else {
                sb.append(' ');
            }
        }
        parse(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void parse(byte[] source) {
        try {
            Parser.parse(source, "<fuzz>", Parser.Mode.EXEC);
        } catch (PythonSyntaxError | ParserOverflowError expected) {
            // A Python exception: what CPython would raise is compared elsewhere.
        }
    }
}
