package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of the program-corpus harness that a corpus run cannot check by itself: that the
 * {@code NAME.expected} format gives back exactly the outputs written into it (whatever their
 * line endings), that the normalisation touches only what it documents, that the corpus layout
 * convention picks programs and not helper modules, and that a helper module's change makes its
 * folder's expectations stale.
 */
class ProgramExpectationTest {
    @TempDir
    Path dir;

    @Test
    void outputsSurviveTheRoundTripExactly() {
        List<String> texts = List.of("", "\n", "one line\n", "no final newline", "a\n\nb\n\n",
                "carriage\r\nreturns\rstay\n", "|starts with the marker\n", "tab\tand é 😀\n",
                "stdout 3 lines\n|fake header\n");
        for (String stdout : texts) {
            for (String stderr : texts) {
                ProgramExpectation written = new ProgramExpectation("Python 3.11.7", "abc",
                        new ProgramOutcome(3, stdout, stderr));
                Path file = dir.resolve("x.expected");
                written.write(file);
                assertEquals(written, ProgramExpectation.read(file));
            }
        }
    }

    @Test
    void aMissingFileIsNoExpectationAndAMalformedOneSaysHowToFixIt() throws IOException {
        assertNull(ProgramExpectation.read(dir.resolve("absent.expected")));
        Path bad = Files.writeString(dir.resolve("bad.expected"),
                "cpython 3\nsource x\nexit one\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ProgramExpectation.read(bad));
        assertTrue(e.getMessage().contains("bin/corpus-expectations"), e.getMessage());
    }

    @Test
    void normalisationReplacesAddressesAndTheCorpusRootOnly() {
        ProgramOutcome raw = new ProgramOutcome(1,
                "<object object at 0x7f3a2c1b4d30> 0x10 at 0xZZ\n",
                "  File \"/home/u/krait/programs/tracebacks/a.py\", line 1\n");
        ProgramOutcome normal = raw.normalised("/home/u/krait/programs");
        assertEquals("<object object at 0x...> 0x10 at 0xZZ\n", normal.stdout());
        assertEquals("  File \"<corpus>/tracebacks/a.py\", line 1\n", normal.stderr());
        assertEquals(1, normal.exitCode());
    }

    @Test
    void aDifferenceIsNamedByKraitsErrorOrByTheStreamThatDiffers() {
        ProgramOutcome cpython = new ProgramOutcome(1, "out\n", "Traceback...\nKeyError: 'k'\n");
        String nameError = "Traceback...\nNameError: name 'print' is not defined\n";
        assertEquals("krait: NameError: name 'print' is not defined",
                cpython.category(new ProgramOutcome(1, "", nameError)));
        assertEquals("stdout differs", cpython.category(
                new ProgramOutcome(1, "other\n", "Traceback...\nKeyError: 'k'\n")));
        assertEquals("stderr differs", cpython.category(
                new ProgramOutcome(1, "out\n", "Traceback (x)\nKeyError: 'k'\n")));
        assertEquals("exit status differs", cpython.category(
                new ProgramOutcome(0, "out\n", "Traceback...\nKeyError: 'k'\n")));
    }

    @Test
    void onlyTopLevelFilesOfFeatureFoldersAreProgramsAndHelpersMakeThemStale()
            throws IOException {
        Path feature = Files.createDirectories(dir.resolve("imports"));
        Files.writeString(feature.resolve("main.py"), "import pkg\n");
        Files.writeString(feature.resolve("main.expected"), "");
        Path pkg = Files.createDirectories(feature.resolve("pkg"));
        Files.writeString(pkg.resolve("__init__.py"), "X = 1\n");
        Files.createDirectories(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/skipped.py"), "");
        Files.writeString(dir.resolve("top-level.py"), "");

        List<CorpusProgram> programs = CorpusProgram.all(dir, "");
        assertEquals(List.of("imports/main.py"), programs.stream().map(CorpusProgram::id).toList());
        CorpusProgram main = programs.get(0);
        assertEquals("imports", main.feature());
        assertEquals(feature.resolve("main.expected"), main.expectationFile());

        String before = main.sourceHash();
        Files.writeString(pkg.resolve("__init__.py"), "X = 2\n", StandardCharsets.UTF_8);
        assertTrue(!before.equals(main.sourceHash()), "a helper's change must change the hash");
    }
}
