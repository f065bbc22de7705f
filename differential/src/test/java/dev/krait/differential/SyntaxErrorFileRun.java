package dev.krait.differential;

import dev.krait.lexer.PythonSyntaxError;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.exec.CommandLine;
import org.apache.commons.exec.DefaultExecutor;
import org.apache.commons.exec.ExecuteException;
import org.apache.commons.exec.ExecuteWatchdog;
import org.apache.commons.exec.PumpStreamHandler;

/**
 * One {@code python3 FILE} run of a corpus file, keeping both what the user sees (stderr, exit
 * status) and the fields of the SyntaxError CPython printed it from.
 *
 * <p>The fields come from the very run whose stderr they explain: a {@code sitecustomize} module on
 * {@code PYTHONPATH} wraps {@code sys.excepthook} (which CPython's {@code PyErr_Print} calls for
 * the uncaught SyntaxError of the main file), writes the exception's attributes to a side file and
 * then lets the real hook print. Running the file any other way ({@code compile}, {@code runpy})
 * would not do: CPython reads a main file through its file tokenizer, whose encoding and NUL-byte
 * errors differ from {@code ast.parse}'s. The run is otherwise {@link PythonRun#runFile}'s.
 *
 * <p>Runs are cached per path, so that the corpus test and the display test share them.
 */
final class SyntaxErrorFileRun {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String FIELDS_ENV = "KRAIT_SYNTAX_ERROR_FIELDS";

    /** Writes one field a line: {@code -} for None, {@code i<int>}, or {@code s<UTF-8 hex>}. */
    private static final String HOOK = """
            import os, sys
            def _field(v):
                if v is None:
                    return "-"
                if isinstance(v, int):
                    return "i%d" % v
                return "s" + str(v).encode("utf-8", "surrogatepass").hex()
            def _hook(kind, value, tb):
                path = os.environ.get("FIELDS_ENV")
                if path and isinstance(value, SyntaxError):
                    fields = [type(value).__name__, value.msg, value.filename, value.lineno,
                              value.offset, value.text, value.end_lineno, value.end_offset]
                    with open(path, "w", encoding="ascii") as f:
                        f.write("\\n".join(_field(v) for v in fields) + "\\n")
                sys.__excepthook__(kind, value, tb)
            sys.excepthook = _hook
            """.replace("FIELDS_ENV", FIELDS_ENV);

    private static final Map<String, SyntaxErrorFileRun> RUNS = new ConcurrentHashMap<>();
    private static Path hookDir;

    final int exitCode;
    final String stderr;
    /** The SyntaxError CPython printed, or {@code null} when the run raised none. */
    final Fields error;

    /** The attributes of a CPython SyntaxError, {@code null} where Python has None. */
    record Fields(String type, String msg, String filename, Integer lineno, Integer offset,
            String text, Integer endLineno, Integer endOffset) {

        /**
         * The same exception as Krait's type. A missing number becomes 0, which the display treats
         * as CPython treats None; an exception with its message only becomes line 0, offset 0 and
         * no text, which {@link dev.krait.runtime.SyntaxErrorDisplay} prints without a location, as
         * CPython prints {@code SyntaxError("msg")}.
         */
        PythonSyntaxError toPythonSyntaxError() {
            return new PythonSyntaxError(PythonSyntaxError.Type.valueOf(type), msg, filename,
                    orZero(lineno), orZero(offset), text, orZero(endLineno), orZero(endOffset));
        }

        private static int orZero(Integer value) {
            return value == null ? 0 : value;
        }
    }

    private SyntaxErrorFileRun(int exitCode, String stderr, Fields error) {
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.error = error;
    }

    /** {@code python3 FILE} for the file named as given, run once per JVM. */
    static SyntaxErrorFileRun of(Path file) {
        return RUNS.computeIfAbsent(file.toString(), name -> run(file));
    }

    private static SyntaxErrorFileRun run(Path file) {
        try {
            Path fieldsFile = Files.createTempFile("krait-syntax-error", ".txt");
            try {
                CommandLine command = new CommandLine(CPythonOracle.pythonCommand());
                command.addArgument("-X", false);
                command.addArgument("utf8", false);
                command.addArgument(file.toString(), false);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ByteArrayOutputStream err = new ByteArrayOutputStream();
                ExecuteWatchdog watchdog = ExecuteWatchdog.builder().setTimeout(TIMEOUT).get();
                DefaultExecutor executor = DefaultExecutor.builder().get();
                executor.setStreamHandler(new PumpStreamHandler(out, err, null));
                executor.setWatchdog(watchdog);
                executor.setExitValues(null);
                Map<String, String> environment = new HashMap<>(System.getenv());
                environment.put("PYTHONDONTWRITEBYTECODE", "1");
                environment.put("PYTHONPATH", hookDir().toString());
                environment.put(FIELDS_ENV, fieldsFile.toString());
                int exit;
                try {
                    exit = executor.execute(command, environment);
                } catch (ExecuteException e) {
                    exit = e.getExitValue();
                }
                if (watchdog.killedProcess()) {
                    throw new AssertionError("python3 " + file + " did not end in " + TIMEOUT);
                }
                List<String> lines = Files.readAllLines(fieldsFile, StandardCharsets.US_ASCII);
                Fields fields = lines.isEmpty() ? null : parseFields(lines);
                return new SyntaxErrorFileRun(exit, err.toString(StandardCharsets.UTF_8), fields);
            } finally {
                Files.deleteIfExists(fieldsFile);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run python3 " + file, e);
        }
    }

    private static synchronized Path hookDir() throws IOException {
        if (hookDir == null) {
            Path dir = Files.createTempDirectory("krait-syntax-error-hook");
            Files.writeString(dir.resolve("sitecustomize.py"), HOOK);
            dir.toFile().deleteOnExit();
            dir.resolve("sitecustomize.py").toFile().deleteOnExit();
            hookDir = dir;
        }
        return hookDir;
    }

    private static Fields parseFields(List<String> lines) {
        return new Fields(text(lines.get(0)), text(lines.get(1)), text(lines.get(2)),
                number(lines.get(3)), number(lines.get(4)), text(lines.get(5)),
                number(lines.get(6)), number(lines.get(7)));
    }

    private static String text(String field) {
        if (field.equals("-")) {
            return null;
        }
        byte[] bytes = HexFormat.of().parseHex(field.substring(1));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static Integer number(String field) {
        return field.equals("-") ? null : Integer.valueOf(field.substring(1));
    }
}
