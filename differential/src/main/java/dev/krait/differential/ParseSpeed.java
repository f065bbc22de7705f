package dev.krait.differential;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/parse-speed}: how fast Krait tokenizes and parses the whole standard library, next to
 * CPython's own {@code ast.parse} on the same files in the same run, and the ratio.
 *
 * <p>Both sides read every file into memory first and time only the parsing. Krait runs several
 * passes in one JVM: the first shows the cold (interpreted, then compiling) speed a one-off
 * {@code krait} run sees; the best shows the speed once the JIT has done its work. CPython times
 * itself in a subprocess over the same list of files, best of the same number of passes.
 *
 * <p>Usage: {@code ParseSpeed [PASSES]} (default 3). Run it on JDK 25 with the interpreter and
 * differential classes on the class path; {@code bin/parse-speed} does that. {@code ParseSpeed
 * --train} parses the library once, prints nothing and skips CPython: it is the training run
 * that {@code bin/parse-speed} records a JDK AOT cache from (classes loaded and linked, method
 * profiles), which makes the cold first pass of later runs faster.
 */
public final class ParseSpeed {
    private static final String CPYTHON_TIMER = """
            import ast, sys, time
            paths = open(sys.argv[1], encoding='utf-8').read().splitlines()
            sources = [open(p, 'rb').read() for p in paths]
            best = None
            for _ in range(int(sys.argv[2])):
                start = time.perf_counter()
                for src in sources:
                    try:
                        ast.parse(src)
                    except (SyntaxError, ValueError, MemoryError, RecursionError):
                        pass
                elapsed = time.perf_counter() - start
                best = elapsed if best is None else min(best, elapsed)
            print(best)
            """;

    private ParseSpeed() {}

    public static void main(String[] args) throws Exception {
        boolean train = args.length == 1 && args[0].equals("--train");
        int passes = args.length > 0 && !train ? Integer.parseInt(args[0]) : 3;
        Throwable[] failure = {null};
        Thread worker = new Thread(null, () -> {
            try {
                if (train) {
                    parseAll(readAll(StandardLibrary.pythonFiles(StandardLibrary.root())));
                } else {
                    measure(passes);
                }
            } catch (Throwable e) {
                failure[0] = e;
            }
        }, "parse-speed", 512L * 1024 * 1024);
        worker.start();
        worker.join();
        if (failure[0] != null) {
            System.err.println("parse-speed: " + failure[0]);
            System.exit(1);
        }
    }

    private static void measure(int passes) throws IOException {
        Path root = StandardLibrary.root();
        List<Path> files = StandardLibrary.pythonFiles(root);
        List<byte[]> sources = readAll(files);
        long lines = 0;
        for (byte[] source : sources) {
            for (byte b : source) {
                lines += b == '\n' ? 1 : 0;
            }
        }
        System.out.printf(Locale.ROOT, "%d files, %d lines under %s%n", files.size(), lines, root);

        double cold = 0;
        double best = Double.MAX_VALUE;
        int[] outcomes = null;
        for (int pass = 1; pass <= passes; pass++) {
            long start = System.nanoTime();
            outcomes = parseAll(sources);
            double seconds = (System.nanoTime() - start) / 1e9;
            if (pass == 1) {
                cold = seconds;
            }
            best = Math.min(best, seconds);
            System.out.printf(Locale.ROOT, "Krait   pass %d: %7.3f s  %,10.0f lines/s%n", pass,
                    seconds, lines / seconds);
        }
        System.out.printf(Locale.ROOT,
                "Krait   outcomes: %d parsed, %d Python errors, %d crashes%n", outcomes[0],
                outcomes[1], outcomes[2]);

        double cpython = cpythonSeconds(files, passes);
        System.out.printf(Locale.ROOT, "CPython best of %d: %7.3f s  %,10.0f lines/s%n", passes,
                cpython, lines / cpython);
        System.out.printf(Locale.ROOT,
                "ratio Krait/CPython time: %.2f warm (best pass), %.2f cold (first pass)%n",
                best / cpython, cold / cpython);
    }

    private static List<byte[]> readAll(List<Path> files) throws IOException {
        List<byte[]> sources = new ArrayList<>(files.size());
        for (Path file : files) {
            sources.add(Files.readAllBytes(file));
        }
        return sources;
    }

    /** Parses every source; returns how many parsed, raised a Python error, or crashed. */
    private static int[] parseAll(List<byte[]> sources) {
        int[] outcomes = new int[3];
        for (byte[] source : sources) {
            try {
                Parser.parse(source, "<unknown>", Parser.Mode.EXEC);
                outcomes[0]++;
            } catch (PythonSyntaxError | ParserOverflowError e) {
                outcomes[1]++;
            } catch (RuntimeException | StackOverflowError e) {
                outcomes[2]++;
            }
        }
        return outcomes;
    }

    private static double cpythonSeconds(List<Path> files, int passes) throws IOException {
        Path list = Files.createTempFile("krait-parse-speed-", ".txt");
        try {
            StringBuilder names = new StringBuilder();
            for (Path file : files) {
                names.append(file).append('\n');
            }
            Files.writeString(list, names);
            PythonRun.Result run = PythonRun.runCode(CPYTHON_TIMER, Duration.ofMinutes(10),
                    list.toString(), Integer.toString(passes));
            if (run.exitCode() != 0) {
                throw new IllegalStateException("CPython's timing run failed: " + run.stderr());
            }
            return Double.parseDouble(run.stdout().strip());
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            Files.deleteIfExists(list);
        }
    }
}
