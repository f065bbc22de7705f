package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.cli.TokensCommand;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.TokenKind;
import dev.krait.lexer.Tokenizer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The tokenizer against CPython 3.11: {@code krait --tokens} against {@code python3 -m tokenize}
 * on a spread of standard-library files and on {@code corpus/tokenizer/tokens}, and every
 * tokenizer error against what {@code ast.parse} raises for the inputs in
 * {@code corpus/tokenizer/errors} (each file is one input; each expectation is computed by
 * python3 when the test runs).
 */
class TokenizeDifferentialTest {
    private static final Path CORPUS = Path.of("corpus", "tokenizer");
    private static final int STDLIB_SAMPLE = 50;
    private static final long TIMEOUT_SECONDS = 120;

    /** Prints, for each file given, whether CPython both tokenizes it cleanly and compiles it. */
    private static final String CLEAN_FILTER = """
            import sys, tokenize
            for path in sys.argv[1:]:
                try:
                    with open(path, 'rb') as f:
                        data = f.read()
                    compile(data, path, 'exec', dont_inherit=True)
                    with open(path, 'rb') as f:
                        if all(t.type != tokenize.ERRORTOKEN
                               for t in tokenize.tokenize(f.readline)):
                            print(path)
                except Exception:
                    pass
            """;

    /** Prints one line per file: its name, then what {@code ast.parse} raised, tab-separated. */
    private static final String PARSE_OUTCOMES = """
            import ast, sys
            def show(v):
                return 'None' if v is None else repr(v)
            for path in sys.argv[1:]:
                with open(path, 'rb') as f:
                    data = f.read()
                try:
                    ast.parse(data)
                    fields = ['OK', '', 0, 0, 0, 0, None]
                except SyntaxError as e:
                    fields = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                              e.end_lineno or 0, e.end_offset or 0, e.text]
                name = path.replace('\\\\', '/').rsplit('/', 1)[-1]
                print(name + '\\t' + '\\t'.join(
                    show(x) if x is None or isinstance(x, str) else str(x) for x in fields))
            """;

    @TestFactory
    Stream<DynamicTest> tokensListingMatchesTokenizeModule() throws Exception {
        List<Path> files = new ArrayList<>(stdlibSample());
        try (Stream<Path> corpus = Files.list(CORPUS.resolve("tokens"))) {
            corpus.filter(p -> p.toString().endsWith(".py")).sorted().forEach(files::add);
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            ProcessResult expected = run(List.of("python3", "-m", "tokenize", file.toString()));
            assertEquals(0, expected.exitCode, "python3 -m tokenize failed: " + expected.stderr);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = TokensCommand.run(file.toString(), new PrintStream(out, true,
                    StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
            assertEquals(expected.stdout, out.toString(StandardCharsets.UTF_8));
        }));
    }

    @TestFactory
    Stream<DynamicTest> tokenizerErrorsMatchAstParse() throws Exception {
        List<Path> inputs;
        try (Stream<Path> corpus = Files.list(CORPUS.resolve("errors"))) {
            inputs = corpus.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        List<String> command = new ArrayList<>(List.of("python3", "-c", PARSE_OUTCOMES));
        inputs.forEach(p -> command.add(p.toString()));
        ProcessResult result = run(command);
        assertEquals(0, result.exitCode, result.stderr);
        Map<String, String> expected = new HashMap<>();
        for (String line : result.stdout.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                expected.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            String name = input.getFileName().toString();
            assertTrue(expected.containsKey(name), "no CPython outcome for " + name);
            assertEquals(expected.get(name), kraitOutcome(Files.readAllBytes(input)));
        }));
    }

    /**
     * Installed as {@code sitecustomize} for a {@code python3 FILE} run: prints the SyntaxError
     * that running the file raised, as {@link #PARSE_OUTCOMES} prints one.
     */
    private static final String FILE_RUN_HOOK = """
            import sys
            def hook(kind, e, tb):
                def show(v):
                    return 'None' if v is None else repr(v)
                if isinstance(e, SyntaxError):
                    fields = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0,
                              e.end_lineno or 0, e.end_offset or 0, e.text]
                else:
                    fields = [kind.__name__, str(e), 0, 0, 0, 0, None]
                print('\t'.join(show(x) if x is None or isinstance(x, str) else str(x)
                                for x in fields))
            sys.excepthook = hook
            """;

    @TestFactory
    Stream<DynamicTest> fileTokenizerErrorsMatchRunningTheFile() throws Exception {
        Path site = Files.createTempDirectory("krait-site");
        Files.writeString(site.resolve("sitecustomize.py"), FILE_RUN_HOOK);
        site.toFile().deleteOnExit();
        site.resolve("sitecustomize.py").toFile().deleteOnExit();
        List<Path> inputs;
        try (Stream<Path> corpus = Files.list(CORPUS.resolve("errors"))) {
            // a file that compiles would run: only the ones CPython rejects are run
            inputs = corpus.filter(p -> p.toString().endsWith(".py")).sorted()
                    .map(Path::toAbsolutePath).toList();
        }
        return inputs.stream().map(input -> DynamicTest.dynamicTest(input.toString(), () -> {
            String krait = kraitFileOutcome(Files.readAllBytes(input), input.toString());
            if (krait == null) {
                return; // tokenizes cleanly: running it would run it, and that is not our test
            }
            ProcessResult result = run(List.of("python3", input.toString()),
                    Map.of("PYTHONPATH", site.toString()));
            assertEquals(krait, result.stdout.strip());
        }));
    }

    /** Krait's file tokenizer run to the end: the error as the hook prints it, or null. */
    private static String kraitFileOutcome(byte[] source, String filename) {
        try {
            Tokenizer tokenizer = Tokenizer.forFile(source, filename);
            while (tokenizer.next().kind() != TokenKind.ENDMARKER) {
                // only the error, if any, matters
            }
            return null;
        } catch (PythonSyntaxError e) {
            return format(e);
        }
    }

    private static String format(PythonSyntaxError e) {
        return String.join("\t", show(e.type.name()), show(e.msg), "" + e.lineno, "" + e.offset,
                "" + e.endLineno, "" + e.endOffset, show(e.text));
    }

    /** Krait's tokenizer run to the end, formatted as {@link #PARSE_OUTCOMES} prints. */
    private static String kraitOutcome(byte[] source) {
        try {
            Tokenizer tokenizer = Tokenizer.forBytes(source, "<unknown>");
            while (tokenizer.next().kind() != TokenKind.ENDMARKER) {
                // only the error, if any, matters
            }
            return "'OK'\t''\t0\t0\t0\t0\tNone";
        } catch (PythonSyntaxError e) {
            return format(e);
        }
    }

    private static String show(String s) {
        return s == null ? "None" : dev.krait.text.Repr.strRepr(s);
    }

    /** About {@link #STDLIB_SAMPLE} clean standard-library files, spread over the alphabet. */
    private static List<Path> stdlibSample() throws Exception {
        ProcessResult where = run(List.of("python3", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])"));
        Path stdlib = Path.of(where.stdout.strip());
        List<Path> all;
        try (Stream<Path> walk = Files.walk(stdlib)) {
            all = walk.filter(p -> p.toString().endsWith(".py"))
                    .filter(p -> !p.toString().contains("site-packages"))
                    .sorted().toList();
        }
        // two candidates per slot, so that a file CPython itself rejects can be passed over
        int stride = Math.max(1, all.size() / STDLIB_SAMPLE);
        List<String> command = new ArrayList<>(List.of("python3", "-c", CLEAN_FILTER));
        for (int i = 0; i < all.size(); i += stride) {
            command.add(all.get(i).toString());
            if (i + 1 < all.size()) {
                command.add(all.get(i + 1).toString());
            }
        }
        ProcessResult clean = run(command);
        List<Path> sample = new ArrayList<>();
        String previousSlot = null;
        for (String line : clean.stdout.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Path p = Path.of(line);
            String slot = "" + all.indexOf(p) / stride;
            if (!slot.equals(previousSlot)) {
                sample.add(p);
                previousSlot = slot;
            }
        }
        assertTrue(sample.size() >= STDLIB_SAMPLE * 9 / 10, "too few clean stdlib files");
        return sample;
    }

    private record ProcessResult(int exitCode, String stdout, String stderr) {}

    private static ProcessResult run(List<String> command)
            throws IOException, InterruptedException {
        return run(command, Map.of());
    }

    private static ProcessResult run(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("krait-py", ".out");
        Path err = Files.createTempFile("krait-py", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().put("PYTHONIOENCODING", "utf-8");
            builder.environment().put("PYTHONUTF8", "1");
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("python3 timed out: " + command.get(0));
            }
            return new ProcessResult(process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
