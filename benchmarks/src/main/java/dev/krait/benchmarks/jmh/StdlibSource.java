package dev.krait.benchmarks.jmh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The bytes of one file of the installed CPython's standard library, the input of the front-end
 * benchmarks: real code of several thousand lines, read once per benchmark trial. The library is
 * found by asking CPython ({@code KRAIT_PYTHON} or {@code python3}), never by a fixed path.
 */
final class StdlibSource {
    private StdlibSource() {}

    static byte[] read(String relativeName) throws IOException {
        return Files.readAllBytes(stdlib().resolve(relativeName));
    }

    private static Path stdlib() throws IOException {
        String python = System.getenv().getOrDefault("KRAIT_PYTHON", "python3");
        Process process = new ProcessBuilder(python, "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])")
                .redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IOException("cannot ask " + python + " where its stdlib is: " + out);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        return Path.of(out.strip());
    }
}
