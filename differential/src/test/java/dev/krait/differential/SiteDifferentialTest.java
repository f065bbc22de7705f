package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.cli.Main;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Start-up's {@code site} against CPython's: Krait runs CPython's own {@code site.py}, so a
 * probe program must see the same {@code sys.path}, flags, user site, {@code .pth} files and
 * builtins as {@code python3} does, with and without {@code -S}, {@code -s} and {@code -I}, and
 * inside a virtual environment made by {@code python3 -m venv}. Krait runs in a JVM of its own,
 * as {@code bin/krait} starts it, so that the environment and {@code sys.executable} are the
 * case's.
 */
class SiteDifferentialTest {
    /** The probe: what site decides, one line each, then a .pth folder added at run time. */
    private static final String PROBE = """
            import sys, site
            print(sys.path)
            print(tuple(sys.flags)[:10])
            print(site.ENABLE_USER_SITE, [p for p in site.PREFIXES])
            print(sorted(n for n in ('exit', 'quit', 'help', 'copyright', 'credits', 'license')
                         if n in dir(__builtins__)))
            print(repr(exit) if 'exit' in dir(__builtins__) else '-', type(help).__name__
                  if 'help' in dir(__builtins__) else '-')
            site.addsitedir(sys.argv[1])
            print(sys.path[-3:], getattr(sys, 'pth_line_ran', None))
            try:
                import extramod
                print('extramod', extramod.VALUE)
            except ImportError as e:
                print(type(e).__name__, e)
            try:
                import venvpkg
                print('venvpkg', venvpkg.WHERE)
            except ImportError as e:
                print(type(e).__name__, e)
            """;

    @TempDir
    static Path dir;
    private static Path probe;
    private static Path siteDir;
    private static Path userBase;

    @BeforeAll
    static void setUp() throws IOException {
        probe = Files.writeString(dir.resolve("probe.py"), PROBE);
        Path extra = Files.createDirectories(dir.resolve("extra"));
        Files.writeString(extra.resolve("extramod.py"), "VALUE = 42\n");
        userBase = dir.resolve("userbase");
        Path userSite = Files.createDirectories(userBase.resolve("lib/python3.11/site-packages"));
        Files.writeString(userSite.resolve("user.pth"), extra + "\n");
        siteDir = Files.createDirectories(dir.resolve("sitedir"));
        Files.writeString(siteDir.resolve("a.pth"), "# a comment\nimport sys; "
                + "sys.pth_line_ran = 'yes'\n../extra\n" + dir.resolve("missing") + "\n");
    }

    private record Outcome(int status, String out, String err) {}

    private static Outcome run(List<String> command, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(name -> name.startsWith("PYTHON"));
        pb.environment().putAll(env);
        pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("did not finish: " + command);
        }
        return new Outcome(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    /** Krait as bin/krait starts it, claiming {@code executable} as sys.executable. */
    private static List<String> krait(String executable, List<String> args) throws Exception {
        return KraitJvm.command(List.of("-Dkrait.executable=" + executable),
                Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                        .toString(), Main.class.getName(), args);
    }

    private static void compare(String python, String kraitExecutable, List<String> options)
            throws Exception {
        List<String> args = new ArrayList<>(options);
        args.add(probe.toString());
        args.add(siteDir.toString());
        List<String> cpythonCommand = new ArrayList<>(List.of(python));
        cpythonCommand.addAll(args);
        Map<String, String> env = Map.of("PYTHONUSERBASE", userBase.toString());
        Outcome cpython = run(cpythonCommand, env);
        Outcome krait = run(krait(kraitExecutable, args), env);
        assertEquals(0, cpython.status(), "CPython: " + cpython.err());
        assertEquals(cpython.out(), krait.out(), options + "; Krait's stderr: " + krait.err());
        assertEquals(cpython.status(), krait.status(), options.toString());
    }

    private static String python() throws Exception {
        return PythonRun.runCode("import sys; print(sys.executable)",
                java.time.Duration.ofSeconds(30)).stdout().strip();
    }

    @Test
    void siteAsCPythonRunsIt() throws Exception {
        compare(python(), "/usr/local/bin/krait", List.of());
    }

    @Test
    void withoutTheUserSite() throws Exception {
        compare(python(), "/usr/local/bin/krait", List.of("-s"));
    }

    @Test
    void isolated() throws Exception {
        compare(python(), "/usr/local/bin/krait", List.of("-I"));
    }

    @Test
    void withoutSite() throws Exception {
        compare(python(), "/usr/local/bin/krait", List.of("-S"));
    }

    /**
     * A venv made by CPython: its bin/python is CPython, and a link to bin/krait beside it makes
     * Krait's sys.executable name the venv's bin folder (bin/krait passes the path it was
     * started by), where site finds {@code pyvenv.cfg} one folder up.
     */
    @Test
    void virtualEnvironment() throws Exception {
        Path venv = dir.resolve("venv");
        Outcome made = run(List.of(python(), "-m", "venv", "--without-pip", venv.toString()),
                Map.of());
        assertEquals(0, made.status(), made.err());
        assertTrue(Files.isRegularFile(venv.resolve("pyvenv.cfg")));
        Path pkg = Files.createDirectories(venv.resolve("lib/python3.11/site-packages/venvpkg"));
        Files.writeString(pkg.resolve("__init__.py"), "WHERE = 'the venv'\n");
        compare(venv.resolve("bin/python").toString(), venv.resolve("bin/krait").toString(),
                List.of());
    }
}
