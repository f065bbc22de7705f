package dev.krait.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import dev.krait.differential.StandardLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided robustness fuzzing with Jazzer: any bytes, and any soup of Python tokens, make
 * the parser return a tree or throw {@link PythonSyntaxError}, {@link PythonUnicodeDecodeError} or
 * {@link ParserOverflowError} -- never another Java exception, never a StackOverflowError (Jazzer
 * reports anything that escapes).
 *
 * <p>Under {@code mvn verify} each test runs once per file of its regression inputs, in
 * {@code src/test/resources/dev/krait/fuzz/ParserFuzzTestInputs/<method>/}. With
 * {@code JAZZER_FUZZ=1} Jazzer fuzzes instead (see fuzz/README.md); a crash it finds is saved
 * there as a new regression input.
 */
class ParserFuzzTest {
    /** Under {@code JAZZER_FUZZ}, seeds {@link #anyBytes} with a sample of the installed stdlib. */
    @BeforeAll
    static void seedFromStandardLibrary() throws Exception {
        String fuzz = System.getenv("JAZZER_FUZZ");
        String base = System.getProperty("jazzer.internal.basedir");
        if (fuzz == null || fuzz.isEmpty() || base == null) {
            return;
        }
        Path corpus = Path.of(base, ".cifuzz-corpus", ParserFuzzTest.class.getName(), "anyBytes");
        Files.createDirectories(corpus);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(StandardLibrary.root())) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int copied = 0;
        for (int i = 0; i < files.size() && copied < 300; i += 7) {
            Path file = files.get(i);
            if (Files.size(file) <= 4096) {
                Files.copy(file, corpus.resolve("stdlib-" + i + ".py"),
                        StandardCopyOption.REPLACE_EXISTING);
                copied++;
            }
        }
    }

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
        } catch (PythonSyntaxError | PythonUnicodeDecodeError | ParserOverflowError expected) {
            // A Python exception: what CPython would raise is compared elsewhere.
        }
    }
}
