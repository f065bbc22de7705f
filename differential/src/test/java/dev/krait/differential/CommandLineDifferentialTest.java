package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.cli.CommandLine;
import dev.krait.cli.EarlyExit;
import dev.krait.cli.LaunchOptions;
import dev.krait.text.Repr;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Krait's command line against CPython's, case by case. Command lines that CPython answers
 * without running anything (help, version, bad options, bad settings) are compared on stdout,
 * stderr and exit status, with CPython's program name replaced by {@code krait} (the one
 * deliberate difference, docs/DIFFERENCES.md). Command lines that run a program are compared on
 * what the program would see: CPython runs a probe that prints {@code sys.argv},
 * {@code sys.flags}, {@code sys.warnoptions}, {@code sys._xoptions} and {@code sys.path}, and
 * Krait's {@link LaunchOptions} for the same command line and environment must give the same.
 */
class CommandLineDifferentialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    /** The probe: one repr a line, so that Krait's values can be printed the same way. */
    private static final String PROBE = """
            # a first line for -x to skip
            import sys
            print(repr(sys.argv))
            print(repr(tuple(sys.flags)))
            print(repr(sys.warnoptions))
            print(repr(sys._xoptions))
            print(repr(sys.path))
            """;
    /** The probe for -c, without the final newline: Commons Exec trims an argument's ends. */
    private static final String PROBE_CODE = PROBE.substring(PROBE.indexOf('\n') + 1).strip();

    /** CPython's executable as a path, which is then the name its messages show. */
    private static String python;

    @TempDir
    static Path dir;

    @BeforeAll
    static void findPython() throws IOException {
        python = PythonRun.runCode("import sys; print(sys.executable)", TIMEOUT).stdout().strip();
        assertFalse(python.isEmpty(), "python3 did not name its executable");
        Files.writeString(dir.resolve("probe.py"), PROBE);
        Files.writeString(dir.resolve("probe_mod.py"), PROBE);
    }

    /** One command line and the environment variables (beyond a PYTHON*-free one) it runs with. */
    record Case(List<String> args, Map<String, String> env) {
        static Case of(String... args) {
            return new Case(List.of(args), Map.of());
        }

        Case with(String... nameValues) {
            Map<String, String> more = new HashMap<>(env);
            for (int i = 0; i < nameValues.length; i += 2) {
                more.put(nameValues[i], nameValues[i + 1]);
            }
            return new Case(args, Map.copyOf(more));
        }

        @Override
        public String toString() {
            String line = args.isEmpty() ? "(no arguments)" : String.join(" ", args);
            return (env.isEmpty() ? "" : env + " ") + line;
        }
    }

    record Outcome(int status, String stdout, String stderr) {}

    // ---- command lines answered without running a program ----

    static Stream<Case> earlyExits() {
        return Stream.of(
                // bad options and missing arguments
                Case.of("-z"), Case.of("-Bz"), Case.of("-OOz", "x.py"), Case.of("-c"),
                Case.of("-m"), Case.of("-W"), Case.of("-X"), Case.of("-Bc"), Case.of("-:"),
                Case.of("-J"), Case.of("-Jc", "pass"), Case.of("-\u00e9"), Case.of("--foo"),
                Case.of("--foo=1"), Case.of("---"), Case.of("--h"), Case.of("--hel"),
                Case.of("-h-"), Case.of("-E", "-z"), Case.of("-z", "-h"), Case.of("-V", "-z"),
                Case.of("--check-hash-based-pycs"), Case.of("--check-hash-based-pycs", "x"),
                Case.of("--check-hash-based-pycs", "always", "-z"),
                Case.of("-X", "dev", "-W"), Case.of("-u", "-i", "-?x"), Case.of("-B-help-env"),
                Case.of("-B--x"), Case.of("-V-"), Case.of("-VV-", "-z"),
                Case.of("-b-", "-c", "pass").with("PYTHONHASHSEED", "x"),
                // help and version
                Case.of("-h"), Case.of("-?"), Case.of("--help"), Case.of("-Bh"),
                Case.of("-h", "-z"), Case.of("-h", "-c", "pass"), Case.of("--help-env"),
                Case.of("--help-xoptions"), Case.of("--help-env", "-z"), Case.of("-V"),
                Case.of("--version"), Case.of("-V", "-c", "pass"), Case.of("-qV"),
                Case.of("-V", "x.py"), Case.of("-V", "-m", "nosuchmodule"),
                // bad settings: CPython's fatal errors
                Case.of("-X", "int_max_str_digits=5", "-c", "pass"),
                Case.of("-X", "int_max_str_digits", "-c", "pass"),
                Case.of("-Xint_max_str_digits=x", "-c", "pass"),
                Case.of("-X", "tracemalloc=-1", "-c", "pass"),
                Case.of("-X", "tracemalloc=x", "-c", "pass"),
                Case.of("-X", "frozen_modules=x", "-c", "pass"),
                Case.of("-X", "utf8=2", "-c", "pass"), Case.of("-X", "utf8=2", "-z"),
                Case.of("-z", "-X", "int_max_str_digits=5"),
                Case.of("-c", "pass").with("PYTHONUTF8", "x"),
                Case.of("-c", "pass").with("PYTHONMALLOC", "x"),
                Case.of("-z").with("PYTHONMALLOC", "x", "PYTHONUTF8", "x"),
                Case.of("-z").with("PYTHONMALLOC", "pymalloc_debugx"),
                Case.of("-E", "-c", "pass").with("PYTHONMALLOC", "x"),
                Case.of("-c", "pass").with("PYTHONMALLOC", "malloc_debug"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "x"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "-1"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "4294967296"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "1 "),
                Case.of("-c", "pass").with("PYTHONINTMAXSTRDIGITS", "5"),
                Case.of("-c", "pass").with("PYTHONINTMAXSTRDIGITS", "x"),
                Case.of("-c", "pass").with("PYTHONTRACEMALLOC", "x"),
                Case.of("-X", "int_max_str_digits=5", "-c", "pass")
                        .with("PYTHONINTMAXSTRDIGITS", "5"),
                // the same settings, accepted: CPython runs the program
                Case.of("-c", "pass").with("PYTHONHASHSEED", "-0"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", " +42"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "4294967295"),
                Case.of("-c", "pass").with("PYTHONHASHSEED", "random"),
                Case.of("-E", "-c", "pass").with("PYTHONHASHSEED", "x"),
                Case.of("-R", "-c", "pass").with("PYTHONHASHSEED", "x"),
                Case.of("-I", "-c", "pass").with("PYTHONUTF8", "x"),
                Case.of("-X", "int_max_str_digits=", "-c", "pass"),
                Case.of("-X", "frozen_modules", "-c", "pass"),
                Case.of("-X", "frozen_modules=", "-c", "pass"),
                Case.of("-c", "pass", "-z"), Case.of("-c", "pass", "-h"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("earlyExits")
    void answersWithoutRunningAsCPythonDoes(Case c) {
        Outcome cpython = cpython(c, "");
        Outcome krait = kraitEarly(c);
        if (krait == null) {
            // Krait would run the program; CPython must have run it (quietly: it is "pass").
            assertEquals(new Outcome(0, "", ""), cpython, c.toString());
            return;
        }
        assertSameEarlyAnswer(cpython, krait, c);
    }

    private static void assertSameEarlyAnswer(Outcome cpython, Outcome krait, Case c) {
        if (cpython.stdout().startsWith("usage: ")) {
            // Help: CPython's text, then Krait's own options in a section of their own.
            assertTrue(krait.stdout().startsWith(cpython.stdout()), c + ": " + krait.stdout());
            String kraitPart = krait.stdout().substring(cpython.stdout().length());
            assertTrue(kraitPart.startsWith("\nKrait's own options"), c + ": " + kraitPart);
            krait = new Outcome(krait.status(), cpython.stdout(), krait.stderr());
        }
        int build = cpython.stdout().indexOf(" (");
        if (cpython.stdout().startsWith("Python ") && build > 0) {
            // -VV: CPython describes its build, Krait names itself (docs/DIFFERENCES.md).
            assertTrue(krait.stdout().startsWith(cpython.stdout().substring(0, build)
                    + " (Krait "), c + ": " + krait.stdout());
            krait = new Outcome(krait.status(), cpython.stdout(), krait.stderr());
        }
        assertEquals(cpython, krait, c.toString());
    }

    @Test
    void helpAllIsCPythonsFollowedByKraitsSection() {
        Case c = Case.of("--help-all");
        Outcome cpython = cpython(c, "");
        Outcome krait = kraitEarly(c);
        assertEquals(0, krait.status());
        assertTrue(krait.stdout().startsWith(cpython.stdout()), krait.stdout());
        assertTrue(krait.stdout().substring(cpython.stdout().length())
                .startsWith("\nKrait's own options"));
    }

    @Test
    void longVersionStartsAsCPythonsAndNamesKrait() {
        Outcome cpython = cpython(Case.of("-VV"), "");
        Outcome krait = kraitEarly(Case.of("-VV"));
        String shortVersion = cpython(Case.of("-V"), "").stdout().strip();
        assertTrue(cpython.stdout().startsWith(shortVersion + " ("), cpython.stdout());
        assertTrue(krait.stdout().startsWith(shortVersion + " (Krait "), krait.stdout());
        assertEquals(cpython.status(), krait.status());
    }

    // ---- command lines that run a program: what sys shows ----

    static Stream<Case> programs() {
        List<Case> cases = new ArrayList<>();
        String probe = "{probe}";
        String code = "{code}";
        // What runs, and sys.argv.
        cases.add(Case.of(probe));
        cases.add(Case.of(probe, "a", "-b", "--", "-c", ""));
        cases.add(Case.of("--", probe, "-X"));
        cases.add(Case.of("-c", code));
        cases.add(Case.of("-c", code, "-B", "--", "x"));
        cases.add(Case.of("-Bc", code, "a"));
        cases.add(Case.of("-Bc" + "{code}", "a"));
        cases.add(Case.of("-"));
        cases.add(Case.of("-", "a", "-c"));
        cases.add(Case.of("--", "-", "a"));
        cases.add(Case.of());
        cases.add(Case.of("-B", "--"));
        cases.add(Case.of("-x", probe));
        cases.add(Case.of("-b-", probe, "a"));
        cases.add(Case.of("-Bb-", "-", "--"));
        // Short options, clustered or not, and counted.
        cases.add(Case.of("-b", "-B", "-d", "-O", "-q", "-s", "-S", "-u", "-v", "-c", code));
        cases.add(Case.of("-bbOOvvvqq", "-c", code));
        cases.add(Case.of("-OO", "-O", probe));
        cases.add(Case.of("-E", "-c", code));
        cases.add(Case.of("-I", "-c", code));
        cases.add(Case.of("-P", "-c", code));
        cases.add(Case.of("-R", "-t", "-c", code));
        cases.add(Case.of("-i", "-c", code));
        cases.add(Case.of("--check-hash-based-pycs", "never", "-c", code));
        // -W and -X, attached and separate; warnoptions order and repeats.
        cases.add(Case.of("-W", "error", "-Wignore::DeprecationWarning", "-W", "error",
                "-c", code));
        cases.add(Case.of("-b", "-W", "default::BytesWarning", "-c", code));
        cases.add(Case.of("-bb", "-Wdefault", "-c", code));
        cases.add(Case.of("-X", "dev", "-W", "error", "-c", code));
        cases.add(Case.of("-X", "dev", "-W", "default", "-c", code));
        cases.add(Case.of("-Xfaulthandler", "-X", "importtime=0", "-X", "a=b=c", "-X", "a",
                "-X", "tracemalloc=5", "-X", "=x", "-c", code));
        cases.add(Case.of("-X", "utf8", "-c", code));
        cases.add(Case.of("-X", "utf8=0", "-X", "utf8", "-c", code));
        cases.add(Case.of("-X", "warn_default_encoding", "-c", code));
        cases.add(Case.of("-X", "int_max_str_digits=640", "-c", code));
        cases.add(Case.of("-X", "int_max_str_digits=0", "-c", code));
        cases.add(Case.of("-X", "int_max_str_digits=", "-c", code));
        cases.add(Case.of("-X", "frozen_modules=off", "-c", code));
        // Environment variables, and -E and -I hiding them.
        Case plain = Case.of("-c", code);
        cases.add(plain.with("PYTHONDEBUG", "1", "PYTHONVERBOSE", "x", "PYTHONOPTIMIZE", "2"));
        cases.add(plain.with("PYTHONINSPECT", "1", "PYTHONDONTWRITEBYTECODE", "yes"));
        cases.add(plain.with("PYTHONNOUSERSITE", "1", "PYTHONUNBUFFERED", "1"));
        cases.add(plain.with("PYTHONSAFEPATH", "1", "PYTHONDEVMODE", "1"));
        cases.add(plain.with("PYTHONOPTIMIZE", "-3", "PYTHONVERBOSE", "0"));
        cases.add(Case.of("-OOO", "-c", code).with("PYTHONOPTIMIZE", "1"));
        cases.add(Case.of("-O", "-c", code).with("PYTHONOPTIMIZE", "3"));
        cases.add(plain.with("PYTHONUTF8", "1"));
        cases.add(plain.with("PYTHONUTF8", "0"));
        cases.add(Case.of("-X", "utf8=0", "-c", code).with("PYTHONUTF8", "1"));
        cases.add(plain.with("PYTHONINTMAXSTRDIGITS", "0"));
        cases.add(plain.with("PYTHONINTMAXSTRDIGITS", "5000"));
        cases.add(Case.of("-X", "int_max_str_digits=700", "-c", code)
                .with("PYTHONINTMAXSTRDIGITS", "5000"));
        cases.add(plain.with("PYTHONWARNINGS", "error,,ignore::DeprecationWarning,error,"));
        cases.add(Case.of("-X", "dev", "-W", "once", "-bb", "-c", code)
                .with("PYTHONWARNINGS", "once,default"));
        cases.add(plain.with("PYTHONHASHSEED", "0"));
        cases.add(plain.with("PYTHONHASHSEED", "123"));
        cases.add(plain.with("PYTHONHASHSEED", "random"));
        cases.add(Case.of("-R", "-c", code).with("PYTHONHASHSEED", "0"));
        cases.add(plain.with("PYTHONWARNDEFAULTENCODING", "1"));
        cases.add(Case.of("-S", "-c", code).with("PYTHONPATH", "/tmp/p1::rel/../p2:"));
        Map<String, String> lots = Map.of("PYTHONDEBUG", "1", "PYTHONOPTIMIZE", "1",
                "PYTHONWARNINGS", "error", "PYTHONDEVMODE", "1", "PYTHONUTF8", "1",
                "PYTHONHASHSEED", "0", "PYTHONPATH", "/tmp/p1", "PYTHONSAFEPATH", "1");
        cases.add(new Case(List.of("-E", "-c", code), lots));
        cases.add(new Case(List.of("-I", "-c", code), lots));
        cases.add(new Case(List.of("-s", "-c", code), lots));
        // The locale decides UTF-8 mode when nothing else does.
        cases.add(plain.with("LC_ALL", "C"));
        cases.add(plain.with("LC_ALL", "POSIX"));
        cases.add(plain.with("LC_ALL", "", "LC_CTYPE", "C", "LANG", "C.UTF-8"));
        cases.add(plain.with("LC_ALL", "C.UTF-8"));
        cases.add(plain.with("LC_ALL", "xx_NOWHERE.UTF-8"));
        cases.add(Case.of("-X", "utf8=0", "-c", code).with("LC_ALL", "C"));
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("programs")
    void startsTheProgramWithCPythonsSysValues(Case c) throws EarlyExit {
        List<String> args = concrete(c.args());
        // The program comes from stdin unless it is named; -i then reads an empty stdin.
        boolean named = c.args().stream().anyMatch(a -> a.contains("{"));
        Outcome cpython = cpython(new Case(args, c.env()), named ? "" : PROBE);
        CommandLine line = CommandLine.parse(args, environment(c.env()), false);
        assertSameSysValues(cpython, line, c);
    }

    /** Variables for random cases: each name, then the values to draw from. */
    private static final String[][] VARIABLES = {
        {"PYTHONOPTIMIZE", "1", "2", "x", "-1"}, {"PYTHONWARNINGS", "error", "default,error", ",,"},
        {"PYTHONDEVMODE", "1"}, {"PYTHONUTF8", "0", "1", "x"}, {"PYTHONHASHSEED", "0", "5", "x"},
        {"PYTHONINTMAXSTRDIGITS", "0", "700", "5"}, {"PYTHONSAFEPATH", "1"},
        {"PYTHONINSPECT", "1"}, {"PYTHONDEBUG", "2"}, {"PYTHONNOUSERSITE", "1"},
        {"PYTHONWARNDEFAULTENCODING", "1"}, {"PYTHONTRACEMALLOC", "2", "x"},
        {"PYTHONDONTWRITEBYTECODE", "1"}, {"LC_ALL", "C", "C.UTF-8"}};

    /**
     * Command lines and environments drawn at random (with a fixed seed) from options, option
     * arguments, programs and variables, so that the scanner meets clusters and orders nobody
     * thought to write down: whatever Krait decides (an early answer or a program to run) must
     * be what CPython does.
     */
    @Test
    void randomCommandLinesAgree() throws EarlyExit {
        String[] tokens = {"-b", "-B", "-d", "-E", "-I", "-O", "-OO", "-P", "-q", "-s", "-S",
            "-u", "-v", "-x", "-R", "-t", "-bB", "-Esv", "-W", "error", "-Wd", "-X", "dev",
            "-Xutf8", "utf8=0", "int_max_str_digits=9", "-c", "-Bc", "{code}", "-m", "-", "--",
            "{probe}", "-z", "-h", "-V", "-b-", "--help-env", "--bogus", "--check-hash-based-pycs",
            "never", "a", "", "-J", "-?", "-:", "--ast", "--indent"};
        java.util.Random random = new java.util.Random(20261126);
        int early = 0;
        int programs = 0;
        for (int n = 0; n < 80; n++) {
            List<String> pattern = new ArrayList<>();
            int length = 1 + random.nextInt(6);
            for (int i = 0; i < length; i++) {
                pattern.add(tokens[random.nextInt(tokens.length)]);
            }
            Map<String, String> env = new HashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                String[] variable = VARIABLES[random.nextInt(VARIABLES.length)];
                env.put(variable[0], variable[1 + random.nextInt(variable.length - 1)]);
            }
            Case c = new Case(pattern, Map.copyOf(env));
            List<String> args = concrete(pattern);
            if (pattern.contains("--ast") || pattern.contains("--indent")) {
                continue; // Krait's own options: CPython has no answer to compare with
            }
            CommandLine line;
            try {
                line = CommandLine.parse(args, environment(c.env()), false);
            } catch (EarlyExit e) {
                assertSameEarlyAnswer(cpython(new Case(args, c.env()), ""),
                        new Outcome(e.status(), e.stdout(), e.stderr()), c);
                early++;
                continue;
            }
            LaunchOptions.Program program = line.launch().program();
            boolean stdin = program.kind() == LaunchOptions.Kind.STDIN;
            if (!stdin && !program.equals(new LaunchOptions.Program(LaunchOptions.Kind.COMMAND,
                    PROBE_CODE + "\n")) && !program.equals(new LaunchOptions.Program(
                    LaunchOptions.Kind.FILE, dir.resolve("probe.py").toString()))) {
                continue; // not the probe: what happens is the program's business, not ours
            }
            assertSameSysValues(cpython(new Case(args, c.env()), stdin ? PROBE : ""), line, c);
            programs++;
        }
        assertTrue(early > 10 && programs > 10, early + " early answers, " + programs + " runs");
    }

    private static List<String> concrete(List<String> pattern) {
        List<String> args = new ArrayList<>();
        for (String arg : pattern) {
            args.add(arg.replace("{probe}", dir.resolve("probe.py").toString())
                    .replace("{code}", PROBE_CODE));
        }
        return args;
    }

    private static void assertSameSysValues(Outcome cpython, CommandLine line, Case c) {
        LaunchOptions launch = line.launch();
        List<String> expected = cpython.stdout().lines().toList();
        // What CPython printed while reading the command line comes first on stderr.
        assertTrue(cpython.stderr().startsWith(line.notice()), c + ": " + cpython.stderr());
        assertEquals(line.notice().isEmpty(),
                !cpython.stderr().startsWith("expected long option"), c + ": notice");
        assertEquals(5, expected.size(), c + ": " + cpython);
        assertEquals(expected.get(0), pyList(launch.argv()), c + ": sys.argv");
        assertEquals(expected.get(1), pyTuple(launch.flags().values()), c + ": sys.flags");
        assertEquals(expected.get(2), pyList(launch.warnOptions()), c + ": sys.warnoptions");
        assertEquals(expected.get(3), pyDict(launch.xOptionsDict()), c + ": sys._xoptions");
        assertPythonPath(expected.get(4), launch, c);
    }

    static Stream<Case> inspections() {
        String code = "print('program ran')";
        return Stream.of(Case.of("-c", code), Case.of("-i", "-c", code),
                Case.of("-c", code).with("PYTHONINSPECT", "1"),
                Case.of("-E", "-c", code).with("PYTHONINSPECT", "1"), Case.of("-iI", "-c", code),
                Case.of("-i", "{probe}"), Case.of("{probe}").with("PYTHONINSPECT", "yes"),
                Case.of("-i"), Case.of("-i", "-"), Case.of(), Case.of("-"),
                Case.of().with("PYTHONINSPECT", "1"), Case.of("-qi", "--", "-"));
    }

    /**
     * Whether the prompt follows the program, shown by feeding CPython a stdin line that only
     * the prompt (or a program read from stdin) would run; stdin here is never a terminal.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("inspections")
    void thePromptFollowsTheProgramWhenCPythonsDoes(Case c) throws EarlyExit {
        List<String> args = concrete(c.args());
        Outcome cpython = cpython(new Case(args, c.env()), "print('stdin ran')\n");
        LaunchOptions launch = CommandLine.parse(args, environment(c.env()), false).launch();
        LaunchOptions.Kind kind = launch.program().kind();
        boolean readsStdin = launch.inspect() || kind == LaunchOptions.Kind.INTERACTIVE
                || kind == LaunchOptions.Kind.STDIN;
        assertEquals(cpython.stdout().contains("stdin ran"), readsStdin, c + ": " + cpython);
        assertEquals(cpython.stderr().contains(">>> "),
                kind == LaunchOptions.Kind.INTERACTIVE || launch.inspect(), c + ": prompt");
    }

    @Test
    void aModuleSeesItsOwnPathInPlaceOfDashM() throws EarlyExit {
        List<String> args = List.of("-m", "probe_mod", "a", "-c");
        Outcome cpython = cpython(new Case(args, Map.of("PYTHONPATH", dir.toString())), "");
        String cpythonArgv = cpython.stdout().lines().findFirst().orElseThrow();
        LaunchOptions launch = CommandLine.parse(args, environment(Map.of()), false).launch();
        assertEquals(LaunchOptions.Kind.MODULE, launch.program().kind());
        assertEquals("-m", launch.argv().get(0));
        // Lib/runpy.py puts the module's file in argv[0] before the module runs.
        List<String> seen = new ArrayList<>(launch.argv());
        seen.set(0, dir.resolve("probe_mod.py").toString());
        assertEquals(cpythonArgv, pyList(seen));
    }

    /**
     * PYTHONPATH's entries come right after sys.path[0] ('' for -c), or first under safe_path
     * (Modules/getpath.py, Modules/main.c pymain_run_python). Every PYTHONPATH case runs -c.
     */
    private static void assertPythonPath(String cpythonPath, LaunchOptions launch, Case c) {
        if (launch.pythonPath().isEmpty()) {
            assertFalse(cpythonPath.contains("'/tmp/p1'"), c + ": sys.path " + cpythonPath);
            return;
        }
        String entries = pyList(launch.pythonPath());
        String start = (launch.flags().safePath() ? "[" : "['', ")
                + entries.substring(1, entries.length() - 1);
        assertTrue(cpythonPath.startsWith(start), c + ": sys.path " + cpythonPath
                + " does not start with " + start);
    }

    // ---- running both ----

    /** The environment of a case: this process's, without PYTHON* variables, plus the case's. */
    private static Map<String, String> environment(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        System.getenv().forEach((name, value) -> {
            if (!name.startsWith("PYTHON")) {
                env.put(name, value);
            }
        });
        env.putAll(extra);
        return env;
    }

    /**
     * Runs CPython on the case in this process's working directory (Krait's PYTHONPATH entries
     * are made absolute from it), with {@code stdin} as its input.
     */
    private static Outcome cpython(Case c, String stdin) {
        org.apache.commons.exec.CommandLine command = new org.apache.commons.exec.CommandLine(
                python);
        for (String arg : c.args()) {
            command.addArgument(arg, false);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(TIMEOUT).get();
        DefaultExecutor executor = DefaultExecutor.builder().get();
        executor.setStreamHandler(new PumpStreamHandler(out, err,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))));
        executor.setWatchdog(watchdog);
        executor.setExitValues(null);
        int status;
        try {
            status = executor.execute(command, environment(c.env()));
        } catch (ExecuteException e) {
            status = e.getExitValue();
        } catch (IOException e) {
            throw new CPythonOracle.OracleFailure("could not run " + command, e);
        }
        assertFalse(watchdog.killedProcess(), c + ": CPython timed out");
        return new Outcome(status, out.toString(StandardCharsets.UTF_8).replace(python, "krait"),
                err.toString(StandardCharsets.UTF_8).replace(python, "krait"));
    }

    /** What Krait prints for a command line answered early, or null if it would run one. */
    private static Outcome kraitEarly(Case c) {
        try {
            CommandLine.parse(c.args(), environment(c.env()), false);
            return null;
        } catch (EarlyExit e) {
            return new Outcome(e.status(), e.stdout(), e.stderr());
        }
    }

    // ---- Python reprs of Krait's values ----

    private static String pyList(List<String> items) {
        StringJoiner joiner = new StringJoiner(", ", "[", "]");
        items.forEach(item -> joiner.add(Repr.strRepr(item)));
        return joiner.toString();
    }

    private static String pyTuple(Object[] items) {
        StringJoiner joiner = new StringJoiner(", ", "(", ")");
        for (Object item : items) {
            joiner.add(pyValue(item));
        }
        return joiner.toString();
    }

    private static String pyDict(Map<String, Object> dict) {
        StringJoiner joiner = new StringJoiner(", ", "{", "}");
        dict.forEach((key, value) -> joiner.add(Repr.strRepr(key) + ": " + pyValue(value)));
        return joiner.toString();
    }

    private static String pyValue(Object value) {
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value instanceof String s) {
            return Repr.strRepr(s);
        }
        return String.valueOf(value);
    }
}
