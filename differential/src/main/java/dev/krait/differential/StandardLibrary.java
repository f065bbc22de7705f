package dev.krait.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The installed CPython's standard library as a corpus: every {@code .py} file under the directory
 * {@code sysconfig} names, {@code Lib/test} included, third-party {@code site-packages} left out.
 * Read where CPython is installed, never copied into this repository.
 */
public final class StandardLibrary {
    private StandardLibrary() {}

    /** The stdlib directory of the CPython that {@link CPythonOracle#pythonCommand} runs. */
    public static Path root() {
        PythonRun.Result run = PythonRun.runCode(
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])", Duration.ofSeconds(30));
        if (run.exitCode() != 0 || run.stdout().isBlank()) {
            throw new IllegalStateException("cannot ask CPython where its stdlib is: "
                    + run.stderr());
        }
        return Path.of(run.stdout().strip());
    }

    /** Every stdlib {@code .py} file, sorted, as paths under {@code root}. */
    public static List<Path> pythonFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".py"))
                    .filter(p -> !root.relativize(p).toString().contains("site-packages"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's name relative to the stdlib, with {@code /} separators on every system. */
    public static String relativeName(Path root, Path file) {
        return root.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }
}
