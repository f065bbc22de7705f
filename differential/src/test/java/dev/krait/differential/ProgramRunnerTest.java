package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.apache.commons.exec.CommandLine;
import org.junit.jupiter.api.Test;

/**
 * The in-process runs of {@link ProgramRunner}: one that outlives its time limit is stopped, so
 * that the programs after it have the process to themselves. Once, a timed-out program's thread
 * went on spinning in this JVM and took the SIGALRM of the next signal program, which then timed
 * out too. And one that leaves the process's working directory changed fails, with the
 * directory restored: once, later tests of the JVM failed on every relative path.
 */
class ProgramRunnerTest {
    @Test
    void aRunPastItsTimeLimitIsStoppedAndLeavesTheSignalsToTheNextOne() {
        String spinner = """
                import signal
                signal.signal(signal.SIGALRM, lambda signum, frame: None)
                signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
                while True:
                    try:
                        while True:
                            pass
                    except BaseException:
                        pass
                """;
        AssertionError timedOut = assertThrows(AssertionError.class, () ->
                ProgramRunner.kraitMain(Duration.ofSeconds(3), "a busy loop", "-c", spinner));
        assertTrue(timedOut.getMessage().startsWith("Krait did not finish a busy loop"),
                timedOut.getMessage());
        assertFalse(timedOut.getMessage().contains("asked to stop"), timedOut.getMessage());

        String next = """
                import signal
                hits = []
                signal.signal(signal.SIGALRM, lambda signum, frame: hits.append(signum))
                signal.setitimer(signal.ITIMER_REAL, 0.05)
                while not hits:
                    pass
                print(hits, signal.getitimer(signal.ITIMER_REAL))
                """;
        CommandLine python = new CommandLine(CPythonOracle.pythonCommand());
        python.addArgument("-c", false);
        python.addArgument(next, false);
        ProgramOutcome expected = ProgramRunner.runProcess(python, Path.of("."),
                Duration.ofSeconds(30), "python3", "the next program");
        assertEquals(expected, ProgramRunner.kraitMain("the next program", "-c", next));
    }

    @Test
    void aRunThatLeavesTheWorkingDirectoryChangedFailsAndIsUndone() {
        Path before = Path.of(".").toAbsolutePath().normalize();
        AssertionError moved = assertThrows(AssertionError.class, () ->
                ProgramRunner.kraitMain("a wanderer", "-c", "import os; os.chdir('/')"));
        assertTrue(moved.getMessage().startsWith("a wanderer left the process's working "
                + "directory changed (to /)"), moved.getMessage());
        assertTrue(java.nio.file.Files.isDirectory(Path.of("corpus", "programs")),
                "relative paths resolve against " + before + " again");
        assertEquals(new ProgramOutcome(0, "", ""), ProgramRunner.kraitMain("the next program",
                "-c", "import os; os.chdir(os.getcwd())"));
    }
}
