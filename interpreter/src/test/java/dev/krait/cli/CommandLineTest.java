package dev.krait.cli;

import dev.krait.modules.sys.SysFlags;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Krait's side of the command line: its own long options, which CPython does not have, and the
 * choices CPython makes from things a test process cannot show it (a terminal on stdin). What
 * CPython itself prints or sets for a command line is compared with CPython in the differential
 * module's CommandLineDifferentialTest.
 */
class CommandLineTest {
    private static final Map<String, String> NO_ENV = Map.of();

    private static CommandLine parse(String... args) throws EarlyExit {
        return CommandLine.parse(List.of(args), NO_ENV, false);
    }

    private static EarlyExit exit(String... args) {
        return assertThrows(EarlyExit.class, () -> parse(args));
    }

    @Test
    void astTakesEveryFileAfterItsOptions() throws EarlyExit {
        CommandLine line = parse("--ast", "--attributes", "--indent", "2", "a.py", "-b", "c.py");
        assertEquals(CommandLine.Command.AST, line.command());
        assertEquals(List.of("a.py", "-b", "c.py"), line.files());
        assertTrue(line.attributes());
        assertEquals(2, line.indent());
        assertNull(line.launch());
    }

    @Test
    void kraitOptionsMixWithCPythonsAndEndWithTheFile() throws EarlyExit {
        CommandLine line = parse("-B", "--debug", "-O", "prog.py", "--ast");
        assertEquals(CommandLine.Command.RUN, line.command());
        assertTrue(line.debug());
        assertEquals(List.of("prog.py", "--ast"), line.launch().argv());
        assertEquals(1, line.launch().flags().optimize());
    }

    @Test
    void tokensTakesExactlyOneFile() throws EarlyExit {
        assertEquals(List.of("f.py"), parse("--tokens", "f.py").files());
        EarlyExit two = exit("--tokens", "a.py", "b.py");
        assertEquals(2, two.status());
        assertTrue(two.stderr().startsWith("--tokens takes exactly one file\nusage: krait "));
    }

    @Test
    void kraitsUsageErrorsLookLikeCPythons() {
        String tail = UsageText.USAGE_LINE + UsageText.TRY_HELP;
        assertEquals("--indent expects a number of spaces from 0 to 1000, not 'x'\n" + tail,
                exit("--ast", "--indent", "x", "f.py").stderr());
        assertEquals("Argument expected for the --indent options\n" + tail,
                exit("--ast", "--indent").stderr());
        assertEquals("--attributes and --indent go with --ast\n" + tail,
                exit("--attributes", "f.py").stderr());
        assertEquals("a file name is expected after --ast\n" + tail, exit("--ast").stderr());
        assertEquals("--ast and --tokens cannot be used together\n" + tail,
                exit("--ast", "--tokens", "f.py").stderr());
        assertEquals("--ast reads files; it cannot be used with -c or -m\n" + tail,
                exit("--ast", "-c", "pass").stderr());
    }

    @Test
    void helpListsKraitsOptionsAfterCPythons() {
        EarlyExit help = exit("--help");
        assertEquals(0, help.status());
        assertEquals("", help.stderr());
        int cpythonEnd = help.stdout().indexOf("arg ...: arguments passed to program");
        int kraitStart = help.stdout().indexOf("Krait's own options");
        assertTrue(cpythonEnd > 0 && kraitStart > cpythonEnd, help.stdout());
        assertTrue(help.stdout().substring(kraitStart).contains("--ast"));
        assertTrue(exit("--help-all").stdout().endsWith(UsageText.KRAIT_OPTIONS));
    }

    @Test
    void aTerminalOnStdinMeansThePrompt() throws EarlyExit {
        LaunchOptions onTerminal = CommandLine.parse(List.of(), NO_ENV, true).launch();
        assertEquals(LaunchOptions.Kind.INTERACTIVE, onTerminal.program().kind());
        assertEquals(List.of(""), onTerminal.argv());
        LaunchOptions dash = CommandLine.parse(List.of("-", "x"), NO_ENV, true).launch();
        assertEquals(LaunchOptions.Kind.INTERACTIVE, dash.program().kind());
        LaunchOptions piped = parse("-", "x").launch();
        assertEquals(LaunchOptions.Kind.STDIN, piped.program().kind());
        assertEquals(List.of("-", "x"), piped.argv());
        // -i forces the prompt even when stdin is a pipe (CPython: stdin_is_interactive).
        assertEquals(LaunchOptions.Kind.INTERACTIVE, parse("-i").launch().program().kind());
    }

    @Test
    void programKindsAndTheirText() throws EarlyExit {
        LaunchOptions command = parse("-Bc", "print(1)", "-x").launch();
        assertEquals(new LaunchOptions.Program(LaunchOptions.Kind.COMMAND, "print(1)\n"),
                command.program());
        assertEquals(List.of("-c", "-x"), command.argv());
        LaunchOptions module = parse("-mjson.tool", "a").launch();
        assertEquals(new LaunchOptions.Program(LaunchOptions.Kind.MODULE, "json.tool"),
                module.program());
        LaunchOptions file = parse("-i", "--", "-prog.py").launch();
        assertEquals(new LaunchOptions.Program(LaunchOptions.Kind.FILE, "-prog.py"),
                file.program());
        assertTrue(file.inspect());
        assertFalse(parse("prog.py").launch().inspect());
    }

    @Test
    void environmentFlagsAreHiddenByDashE() throws EarlyExit {
        Map<String, String> env = Map.of("PYTHONOPTIMIZE", "2", "PYTHONHASHSEED", "7",
                "PYTHONPATH", "/a:/b", "PYTHONSTARTUP", "/s.py");
        LaunchOptions read = CommandLine.parse(List.of("x.py"), env, false).launch();
        assertEquals(2, read.flags().optimize());
        assertEquals(7, read.hashSeed().getAsLong());
        assertEquals(List.of("/a", "/b"), read.pythonPath());
        assertEquals("/s.py", read.startupFile().orElseThrow());
        LaunchOptions hidden = CommandLine.parse(List.of("-E", "x.py"), env, false).launch();
        assertEquals(0, hidden.flags().optimize());
        assertTrue(hidden.hashSeed().isEmpty());
        assertEquals(List.of(), hidden.pythonPath());
        assertTrue(hidden.startupFile().isEmpty());
    }

    @Test
    void valuesCannotBeChangedAfterParsing() throws EarlyExit {
        LaunchOptions launch = parse("-W", "error", "-X", "dev", "x.py").launch();
        assertThrows(UnsupportedOperationException.class, () -> launch.argv().add("y"));
        assertThrows(UnsupportedOperationException.class, () -> launch.warnOptions().clear());
        assertThrows(UnsupportedOperationException.class,
                () -> launch.xOptionsDict().put("k", "v"));
        assertEquals(18, launch.flags().values().length);
        assertEquals(SysFlags.NAMES.size(), launch.flags().values().length);
    }

    @Test
    void importTimeComesFromDashXOrTheEnvironment() throws EarlyExit {
        assertFalse(parse("x.py").launch().importTime());
        assertTrue(parse("-X", "importtime", "x.py").launch().importTime());
        Map<String, String> env = Map.of("PYTHONPROFILEIMPORTTIME", "1");
        assertTrue(CommandLine.parse(List.of("x.py"), env, false).launch().importTime());
        assertFalse(CommandLine.parse(List.of("-E", "x.py"), env, false).launch().importTime());
    }
}
