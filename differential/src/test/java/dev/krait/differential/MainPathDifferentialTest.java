package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A directory or a zip file as the main program ({@code krait DIR}, {@code krait APP.zip}, a
 * zipapp with a shebang line before the archive), checked against CPython run on the same
 * files: what {@code __main__} sees of itself and of {@code sys}, what it can import from its
 * own archive, the exit status, and runpy's message for a path without {@code __main__.py}.
 * Messages are compared after the program's own name, which is CPython's executable in one and
 * Krait's in the other; a traceback is compared on its last line, since runpy's frames show
 * CPython's frozen module names.
 */
class MainPathDifferentialTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    /** What the main module prints about itself; the same in both for a correct run. */
    private static final String MAIN = """
            import sys
            import helper
            print(__name__, __package__ == '', __file__)
            print(sys.argv)
            print(sys.path[0])
            print(__spec__.name, __spec__.origin, type(__spec__.loader).__name__)
            print(type(__loader__).__name__, __spec__.loader is __loader__)
            print(helper.__file__, type(helper.__loader__).__name__)
            print('-I' if sys.flags.isolated else '', '-P' if sys.flags.safe_path else '')
            if len(sys.argv) > 1 and sys.argv[1] == 'exit':
                sys.exit(3)
            if len(sys.argv) > 1 and sys.argv[1] == 'raise':
                raise ValueError('from the main module')
            """;

    @TempDir
    Path dir;

    @Test
    void aDirectoryRunsItsMainModuleAsCPythonsDoes() throws IOException {
        Path app = appDirectory("app");
        assertSameAsCPython(app.toString());
        assertSameAsCPython(app + "/", "one", "two");
        assertSameAsCPython("-I", app.toString());
        assertSameAsCPython("-P", "-s", "-E", app.toString(), "exit");
        assertSameAsCPython(app.toString(), "raise");
    }

    @Test
    void aZipFileAndAZipappWithAShebangRunTheirMainModule() throws IOException {
        Path zip = zip("app.zip", new byte[0]);
        assertSameAsCPython(zip.toString(), "x");
        Path zipapp = zip("app.pyz",
                "#!/usr/bin/env python3\n".getBytes(StandardCharsets.UTF_8));
        assertSameAsCPython(zipapp.toString(), "exit");
        assertSameAsCPython("-S", zipapp.toString());
    }

    @Test
    void aPathWithoutMainModuleIsReportedAsCPythonDoes() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertSameAsCPython(empty.toString());
        Path zip = dir.resolve("nomain.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            entry(out, "helper.py", "x = 1\n");
        }
        assertSameAsCPython(zip.toString());
    }

    private Path appDirectory(String name) throws IOException {
        Path app = Files.createDirectories(dir.resolve(name));
        Files.writeString(app.resolve("__main__.py"), MAIN);
        Files.writeString(app.resolve("helper.py"), "VALUE = 1\n");
        return app;
    }

    /** A zip file holding the main module and a helper, after {@code prefix} (a shebang). */
    private Path zip(String name, byte[] prefix) throws IOException {
        Path zip = dir.resolve(name);
        try (OutputStream file = Files.newOutputStream(zip)) {
            file.write(prefix);
            ZipOutputStream out = new ZipOutputStream(file);
            entry(out, "__main__.py", MAIN);
            entry(out, "helper.py", "VALUE = 1\n");
            out.finish();
        }
        return zip;
    }

    private static void entry(ZipOutputStream out, String name, String text) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }

    private static void assertSameAsCPython(String... args) {
        PythonRun.Result cpython = PythonRun.runCommandLine(TIMEOUT, args);
        ProgramOutcome krait = krait(args);
        String context = String.join(" ", args);
        assertEquals(cpython.stdout(), krait.stdout(), context + "\n" + krait.stderr());
        assertEquals(comparable(cpython.stderr()), comparable(krait.stderr()), context);
        assertEquals(cpython.exitCode(), krait.exitCode(), context);
    }

    /**
     * The part of stderr both must agree on: a traceback's last line, or a message after the
     * program's own name ("python3: can't find '__main__' module in ...").
     */
    private static String comparable(String stderr) {
        List<String> lines = new ArrayList<>(List.of(stderr.split("\n")));
        String last = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
        if (stderr.startsWith("Traceback")) {
            return last;
        }
        int cut = last.indexOf(": ");
        return cut < 0 ? last : last.substring(cut + 2);
    }

    private static ProgramOutcome krait(String... args) {
        return ProgramRunner.kraitMain(String.join(" ", args), args);
    }
}
