package dev.krait.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import dev.krait.differential.CPythonOracle;
import dev.krait.differential.KnownDifferences;
import dev.krait.differential.KraitFrontEnd;
import dev.krait.differential.ParseOutcome;
import dev.krait.differential.StandardLibrary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided robustness fuzzing with Jazzer: any bytes, and any soup of Python tokens, make
 * the parser return a tree or throw {@link PythonSyntaxError}, {@link PythonUnicodeDecodeError} or
 * {@link ParserOverflowError} -- never another Java exception, never a StackOverflowError (Jazzer
 * reports anything that escapes).
 *
 * <p>Under {@code mvn verify} each test runs once per file of its regression inputs, in
 * {@code src/test/resources/dev/krait/fuzz/ParserFuzzTestInputs/<method>/}, and there each
 * input's outcome must also have CPython's exception type (or both parse): the oracle is too slow
 * to ask at every fuzzing execution, so it checks the inputs kept. An outcome pair listed in
 * {@code differential/corpus/fuzz-regressions/known-divergences.tsv} (as
 * {@code outcome:<CPython>/<Krait>}) is tolerated. With {@code JAZZER_FUZZ=1} (the
 * {@code jazzer-campaign} profile) Jazzer fuzzes instead (see fuzz/README.md); a crash it finds
 * is saved there as a new regression input.
 */
class ParserFuzzTest {
    /** CPython, asked only in regression mode; null while fuzzing. */
    private static CPythonOracle oracle;
    private static KnownDifferences known;

    @BeforeAll
    static void setUp() throws Exception {
        String fuzz = System.getenv("JAZZER_FUZZ");
        if (fuzz == null || fuzz.isEmpty()) {
            oracle = CPythonOracle.start();
            known = KnownDifferences.load(
                    FuzzCampaignTest.CORPUS.resolve("known-divergences.tsv"));
        } else {
            seedFromStandardLibrary();
        }
    }

    @AfterAll
    static void tearDown() {
        if (oracle != null) {
            oracle.close();
            oracle = null;
        }
    }

    /** Under {@code JAZZER_FUZZ}, seeds {@link #anyBytes} with a sample of the installed stdlib. */
    private static void seedFromStandardLibrary() throws Exception {
        String base = System.getProperty("jazzer.internal.basedir");
        if (base == null) {
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

    @FuzzTest(maxDuration = "4m")
    void anyBytes(byte[] source) {
        parse(source);
    }

    @FuzzTest(maxDuration = "4m")
    void tokenSoup(FuzzedDataProvider data) {
        parse(soup(data).getBytes(StandardCharsets.UTF_8));
    }

    /** The source {@link #tokenSoup} parses: the fuzzer's choices among Mutator's tokens. */
    static String soup(FuzzedDataProvider data) {
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
        return sb.toString();
    }

    /**
     * Parses on the calling thread, as Jazzer runs it: anything but the three Python exceptions
     * escapes and is a finding. In regression mode the exception type is then compared with
     * CPython's.
     */
    static void parse(byte[] source) {
        try {
            Parser.parse(source, "<fuzz>", Parser.Mode.EXEC);
        } catch (PythonSyntaxError | PythonUnicodeDecodeError | ParserOverflowError expected) {
            // A Python exception; which one CPython raises is checked below (regression mode).
        }
        if (oracle != null) {
            compareWithCPython(source);
        }
    }

    private static void compareWithCPython(byte[] source) {
        ParseOutcome cpython = oracle.parse(source, false);
        ParseOutcome krait = KraitFrontEnd.parse(source, false);
        if (Objects.equals(cpython.errorType(), krait.errorType())) {
            return;
        }
        String pair = "outcome:" + cpython.errorType() + "/" + krait.errorType();
        if (known.reason(pair) == null) {
            Assertions.fail("exception type differs from CPython's on "
                    + new String(source, StandardCharsets.ISO_8859_1) + "\n  CPython: "
                    + cpython.describe() + "\n  Krait:   " + krait.describe());
        }
    }
}
