package dev.krait.compat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Regenerates the API-surface cache ({@code bin/compat-api-surface}): runs {@code api_surface.py}
 * in CPython and in Krait over every public stdlib module CPython names in
 * {@code sys.stdlib_module_names} (less a few that open windows or print on import) and the
 * builtin types, and writes each side's answers to {@code compat-reports/api-surface/}. An
 * interpreter that hangs or dies on one module is restarted on the rest, and the module is
 * recorded with that error, so one bad import costs one entry.
 */
public final class ApiSurfaceCommand {
    /** Modules left out everywhere: they open a window or a browser, or exist on Windows only. */
    private static final Set<String> SKIPPED = Set.of("antigravity", "this", "idlelib",
            "tkinter", "turtle", "turtledemo", "msvcrt", "winreg", "winsound", "nt");

    /** The builtin types compared: the builtins' classes and the types module's. */
    static final List<String> TYPES = List.of("object", "type", "int", "bool", "float", "complex",
            "str", "bytes", "bytearray", "memoryview", "list", "tuple", "dict", "set", "frozenset",
            "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "property",
            "staticmethod", "classmethod", "super", "BaseException", "Exception",
            "FunctionType", "CodeType", "FrameType", "TracebackType", "GeneratorType",
            "CoroutineType", "MethodType", "ModuleType", "SimpleNamespace", "MappingProxyType",
            "CellType", "BuiltinFunctionType", "NoneType", "GenericAlias", "UnionType");

    /** Seconds an interpreter may spend on one entry before it is killed. */
    private static final long ENTRY_TIMEOUT = 60;

    private ApiSurfaceCommand() {}

    /** {@code ApiSurfaceCommand ROOT PYTHON KRAIT [MODULE...]}: regenerates the cache. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        Path script = Files.createTempFile("api_surface", ".py");
        try (InputStream in = ApiSurfaceCommand.class.getResourceAsStream("api_surface.py")) {
            Files.write(script, in.readAllBytes());
        }
        List<String> modules = new ArrayList<>();
        if (args.length > 3) {
            modules.addAll(List.of(args).subList(3, args.length));
        } else {
            for (String m : output(List.of(args[1], "-c",
                    "import sys; print('\\n'.join(sorted(sys.stdlib_module_names)))"))
                    .split("\n")) {
                if (!m.isBlank() && !m.startsWith("_") && !SKIPPED.contains(m)) {
                    modules.add(m.trim());
                }
            }
        }
        List<String> queries = new ArrayList<>();
        TYPES.forEach(t -> queries.add("type " + t));
        modules.forEach(m -> queries.add("module " + m));
        Path out = root.resolve("compat-reports/api-surface");
        Files.createDirectories(out);
        String commit = output(List.of("git", "-C", root.toString(), "rev-parse", "HEAD")).trim();
        probe("CPython", args[1], script, queries, out.resolve("cpython.jsonl"), null);
        probe("Krait", args[2], script, queries, out.resolve("krait.jsonl"), commit);
        Files.deleteIfExists(script);
    }

    private static void probe(String label, String command, Path script, List<String> queries,
            Path file, String commit) throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode head = json.createObjectNode();
        head.put("interpreter",
                label + " (" + output(List.of(command, "--version")).trim() + ")");
        head.put("commit", commit);
        List<String> lines = new ArrayList<>();
        lines.add(head.toString());
        int next = 0;
        while (next < queries.size()) {
            int before = next;
            next = run(command, script, queries.subList(next, queries.size()), lines) + next;
            if (next < queries.size() && next == before) {
                // The interpreter hung or died on this entry: record that and go on after it.
                String[] q = queries.get(next).split(" ", 2);
                ObjectNode failed = json.createObjectNode();
                failed.put(q[0], q[1]);
                failed.put("error", "the interpreter hung or died here");
                lines.add(failed.toString());
                next++;
            }
            System.err.printf("%s: %d of %d%n", label, next, queries.size());
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** Runs the script on {@code queries}; returns how many it answered before it stopped. */
    private static int run(String command, Path script, List<String> queries, List<String> lines)
            throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command, script.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (Writer w = p.outputWriter(StandardCharsets.UTF_8)) {
            w.write(String.join("\n", queries) + "\n");
        }
        BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader r = p.inputReader(StandardCharsets.UTF_8)) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    answers.put(line);
                }
            } catch (IOException | InterruptedException e) {
                // The process was killed: what it answered is already queued.
            } finally {
                answers.offer("\u0000end");
            }
        });
        int answered = 0;
        while (answered < queries.size()) {
            String line = answers.poll(ENTRY_TIMEOUT, TimeUnit.SECONDS);
            if (line == null || line.equals("\u0000end")) {
                break;
            }
            if (line.startsWith("{")) {
                lines.add(line);
                answered++;
            }
        }
        p.destroyForcibly();
        reader.join();
        return answered;
    }

    private static String output(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
