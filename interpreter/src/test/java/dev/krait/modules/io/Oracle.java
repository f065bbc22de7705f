package dev.krait.modules.io;

import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Runs the same I/O scenario twice — once as Java calls on Krait's objects, once as a Python
 * program under python3 (the oracle) — in the same scratch folder, and collects what each
 * shows: the repr of each result, or the exception's type and message. Tests compare the two,
 * so no expected value is typed by hand.
 */
final class Oracle {
    final Path dir;
    private final List<String> shown = new ArrayList<>();

    Oracle() {
        try {
            dir = Files.createTempDirectory("krait-io");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** A path in the scratch folder, as a Python str. */
    PyStr path(String name) {
        return PyStr.of(dir.resolve(name).toString());
    }

    /** Records the repr of the value, or the exception raised, as the Python side's show(). */
    PyObject show(Supplier<PyObject> action) {
        try {
            PyObject v = action.get();
            shown.add(Ops.repr(v).value());
            return v;
        } catch (PyException e) {
            shown.add(e.value.type().getName() + ": " + Ops.str(e.value).value());
            return null;
        }
    }

    /** Records a line as is (the Python side prints the same text). */
    void line(String text) {
        shown.add(text);
    }

    List<String> shown() {
        return shown;
    }

    /** Empties the scratch folder, then runs the Python side there; returns its lines. */
    List<String> python(String body) {
        clean(false);
        String prelude = String.join("\n",
                "import _io, os, sys",
                "D = " + pyStr(dir.toString()),
                "def P(name): return os.path.join(D, name)",
                "def show(f):",
                "    try:",
                "        v = f()",
                "        print(repr(v))",
                "        return v",
                "    except Exception as e:",
                "        print(type(e).__name__ + ': ' + str(e))",
                "");
        try {
            Path script = Files.createTempFile("krait-io", ".py");
            Path out = Files.createTempFile("krait-io", ".out");
            try {
                Files.writeString(script, prelude + body + "\n", StandardCharsets.UTF_8);
                ProcessBuilder pb = new ProcessBuilder("python3", script.toString())
                        .redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.INHERIT);
                pb.environment().put("PYTHONIOENCODING", "utf-8");
                pb.environment().put("LC_ALL", "C.UTF-8");
                Process p = pb.start();
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                    throw new AssertionError("python3 timed out");
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError("python3 failed with status " + p.exitValue());
                }
                return Files.readAllLines(out, StandardCharsets.UTF_8);
            } finally {
                Files.deleteIfExists(script);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run python3", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Removes the scratch folder's contents (and the folder itself when {@code all}). */
    void clean(boolean all) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                if (all || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String pyStr(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
