package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.ExprContext;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.ast.UnaryOp;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import dev.krait.symtable.NameScope;
import dev.krait.symtable.Scope;
import dev.krait.symtable.StaticChecks;
import dev.krait.symtable.SymbolTable;
import dev.krait.symtable.SymtableRecursionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

/**
 * The scopes Krait's symbol table computes for every file of the installed standard library
 * ({@code Lib/test} included) against CPython's own: per block its type, name and line, per name
 * its raw flags (the DEF_* bits and the resolved scope, which every {@code is_*} predicate of
 * CPython's {@code symtable} module reads), and per code object its {@code co_varnames},
 * {@code co_cellvars} and {@code co_freevars}, code objects matched by name and first line. A file
 * CPython refuses to compile must fail in Krait with the same SyntaxError. Krait may have code
 * objects CPython lacks: CPython's optimizer drops unreachable ones.
 *
 * <p>CPython answers for all files in one run of {@code symtable_helper.py}, on a second thread
 * while Krait works; nothing is cached.
 */
class SymtableDifferentialTest {
    private static final Duration CPYTHON_TIMEOUT = Duration.ofMinutes(5);
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    /** How many differing files the failure message shows in full. */
    private static final int SHOWN = 5;

    /**
     * Every second stdlib file by default, to keep the run near 30 s on a busy machine; all of
     * them with {@code -Dkrait.symtable.full=true} (about a minute).
     */
    @Test
    void standardLibraryScopesMatchCPython() throws Exception {
        Path root = StandardLibrary.root();
        List<Path> all = StandardLibrary.pythonFiles(root);
        assertTrue(all.size() > 1000, "too few stdlib files under " + root);
        int stride = Boolean.getBoolean("krait.symtable.full") ? 1 : 2;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < all.size(); i += stride) {
            files.add(all.get(i));
        }
        assertSameAsCPython(stride == 1 ? "stdlib" : "stdlib, every " + stride + "nd file",
                root, files);
    }

    /** Small programs for the corners the stdlib uses little: mangling, walrus, super, async. */
    @Test
    void scopeCorpusMatchesCPython() throws Exception {
        Path root = Path.of("corpus", "scopes");
        List<Path> files;
        try (var walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(files.size() > 10, "too few files under " + root.toAbsolutePath());
        assertSameAsCPython("scope corpus", root, files);
    }

    /**
     * A tree nested deeper than CPython's compiler allows (3 units per frame of the recursion
     * limit, 1000) fails with its RecursionError at the same depth: {@code python3 FILE} runs
     * with no frames below the compiler, so the limit is exact. Krait's parser stops such files
     * earlier, as {@code ast.parse} does, so the tree of {@code x = ----...1} is built here.
     */
    @Test
    void recursionLimitMatchesCPython() throws Exception {
        Path dir = Files.createTempDirectory("krait-deep");
        try {
            for (int n : new int[] {2998, 2999}) {
                Path file = dir.resolve("deep" + n + ".py");
                Files.writeString(file, "x = " + "-".repeat(n) + "1\n");
                PythonRun.Result run = PythonRun.runFile(file, CPYTHON_TIMEOUT);
                String cpython = run.stderr().contains("RecursionError") ? "RecursionError"
                        : run.exitCode() == 0 ? "compiled" : run.stderr();
                assertEquals(cpython, kraitOnDeepTree(n), "nesting " + n);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    private static String kraitOnDeepTree(int n) throws Exception {
        Expr value = new Expr.Constant(new ConstantValue.Int(java.math.BigInteger.ONE), null, 1,
                4 + n, 1, 5 + n);
        for (int i = n - 1; i >= 0; i--) {
            value = new Expr.UnaryOp(UnaryOp.USub, value, 1, 4 + i, 1, 5 + n);
        }
        Stmt assign = new Stmt.Assign(List.of(new Expr.Name("x", ExprContext.Store, 1, 0, 1, 1)),
                value, null, 1, 0, 1, 5 + n);
        Mod module = new Mod.Module(List.of(assign), List.of());
        return onBigStack(() -> {
            try {
                Compiler.staticChecks(module, SymbolTable.build(module, "deep.py"), 0);
                return "compiled";
            } catch (SymtableRecursionException e) {
                return "RecursionError";
            }
        });
    }

    private static void assertSameAsCPython(String what, Path root, List<Path> files)
            throws Exception {
        long start = System.nanoTime();
        CompletableFuture<Map<String, String>> cpython =
                CompletableFuture.supplyAsync(() -> cpythonDumps(files));
        Map<String, String> krait = onBigStack(() -> {
            Map<String, String> dumps = new HashMap<>();
            for (Path file : files) {
                dumps.put(file.toString(), kraitDump(file));
            }
            return dumps;
        });
        Map<String, String> expected = cpython.get();
        List<String> differing = new ArrayList<>();
        StringBuilder shown = new StringBuilder();
        int scopes = 0;
        int codes = 0;
        int warnings = 0;
        int errors = 0;
        for (Path file : files) {
            String want = expected.get(file.toString());
            String got = krait.get(file.toString());
            scopes += count(want, "scope ");
            codes += count(want, "code ");
            warnings += count(want, "warning ");
            errors += count(want, "error ");
            if (!matches(want, got)) {
                differing.add(root.relativize(file).toString());
                if (differing.size() <= SHOWN) {
                    shown.append("\n--- ").append(file).append('\n')
                            .append(firstDifference(want, got));
                }
            }
        }
        System.out.printf("symtable, %s: %d files (%d SyntaxErrors), %d scopes, %d code objects,"
                + " %d SyntaxWarnings compared, %d files differ, %.1f s%n", what, files.size(),
                errors, scopes, codes, warnings, differing.size(),
                (System.nanoTime() - start) / 1e9);
        assertEquals(0, differing.size(), differing.size() + " files differ, the first: "
                + differing.subList(0, Math.min(differing.size(), 20)) + shown);
    }

    /**
     * Whether Krait's dump matches CPython's: the same error or the same scopes, and every code
     * object CPython made with the same names in Krait. Krait may list more code objects:
     * CPython drops those its optimizer finds unreachable ({@code def} after {@code return}).
     */
    private static boolean matches(String cpython, String krait) {
        if (cpython.equals(krait)) {
            return true;
        }
        if (!section(cpython, "scope ").equals(section(krait, "scope "))
                || !section(cpython, "error ").equals(section(krait, "error "))
                || !section(cpython, "warning ").equals(section(krait, "warning "))) {
            return false;
        }
        List<String> kraitCodes = new ArrayList<>(section(krait, "code "));
        for (String code : section(cpython, "code ")) {
            if (!kraitCodes.remove(code)) {
                return false;
            }
        }
        return true;
    }

    /** The lines of a dump that belong to one part: its lines from one starting with the prefix. */
    private static List<String> section(String dump, String prefix) {
        List<String> lines = new ArrayList<>();
        boolean in = false;
        for (String line : dump.split("\n")) {
            if (!line.startsWith("  ")) {
                in = line.startsWith(prefix);
            }
            if (in) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The first differing line of two dumps, with the two lines before it. */
    private static String firstDifference(String cpython, String krait) {
        String[] a = cpython.split("\n", -1);
        String[] b = krait.split("\n", -1);
        int i = 0;
        while (i < a.length && i < b.length && a[i].equals(b[i])) {
            i++;
        }
        StringBuilder out = new StringBuilder();
        for (int k = Math.max(0, i - 2); k < i; k++) {
            out.append("  ").append(a[k]).append('\n');
        }
        out.append("CPython: ").append(i < a.length ? a[i] : "<end>").append('\n');
        out.append("Krait:   ").append(i < b.length ? b[i] : "<end>").append('\n');
        return out.toString();
    }

    private static int count(String text, String prefix) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    /** Krait's dump of one file, in the helper script's format. */
    static String kraitDump(Path file) {
        byte[] source;
        try {
            source = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String filename = file.toString();
        SymbolTable table;
        List<StaticChecks.Warning> warnings;
        try {
            Mod module = Parser.parse(source, filename, Parser.Mode.EXEC);
            table = SymbolTable.build(module, filename);
            warnings = Compiler.staticChecks(module, table, 0);
        } catch (PythonSyntaxError e) {
            return "error " + e.type + "|" + e.msg + "|" + e.lineno + "|" + e.offset + "|"
                    + e.endLineno + "|" + e.endOffset + "\n";
        } catch (ParserOverflowError e) {
            return "error " + e.pythonType + "|" + e.getMessage() + "\n";
        } catch (SymtableRecursionException e) {
            return "error RecursionError|" + e.getMessage() + "\n";
        } catch (PythonUnicodeDecodeError e) {
            return "error UnicodeDecodeError|" + e.msg + "\n";
        }
        StringBuilder out = new StringBuilder();
        dumpScope(table.top(), out);
        List<String> codes = new ArrayList<>();
        for (Scope child : table.top().children()) {
            dumpCodes(child, codes);
        }
        codes.sort(null);
        for (String code : codes) {
            out.append(code).append('\n');
        }
        for (StaticChecks.Warning w : warnings) {
            out.append("warning ").append(w.lineno()).append(' ').append(w.message())
                    .append('\n');
        }
        return out.toString();
    }

    private static void dumpScope(Scope scope, StringBuilder out) {
        out.append("scope ").append(scope.kind().name().toLowerCase()).append(' ')
                .append(scope.name()).append(' ').append(scope.lineno()).append('\n');
        TreeMap<String, Integer> sorted = new TreeMap<>(scope.flags());
        sorted.forEach((name, flags) -> {
            NameScope where = scope.scopeOf(name);
            int raw = flags | ((where == null ? 0 : where.ordinal() + 1) << 11);
            out.append("  ").append(name).append(' ').append(raw).append('\n');
        });
        for (Scope child : scope.children()) {
            dumpScope(child, out);
        }
    }

    private static void dumpCodes(Scope scope, List<String> codes) {
        String name = scope.node() instanceof Stmt ? scope.name() : "<" + scope.name() + ">";
        codes.add("code " + name + " " + scope.firstLineno() + " varnames="
                + String.join(",", scope.varnames()) + " cellvars="
                + String.join(",", scope.cellvars()) + " freevars="
                + String.join(",", scope.freevars()));
        for (Scope child : scope.children()) {
            dumpCodes(child, codes);
        }
    }

    /** CPython's dumps of all the files, by path, from one run of the helper script. */
    private static Map<String, String> cpythonDumps(List<Path> files) {
        try {
            Path list = Files.createTempFile("krait-symtable-", ".txt");
            Path helper = Files.createTempFile("krait-symtable-helper-", ".py");
            try {
                Files.write(list, files.stream().map(Path::toString).toList(),
                        StandardCharsets.UTF_8);
                try (InputStream in = SymtableDifferentialTest.class
                        .getResourceAsStream("symtable_helper.py")) {
                    Files.write(helper, in.readAllBytes());
                }
                PythonRun.Result run = PythonRun.runFile(helper, CPYTHON_TIMEOUT, list.toString());
                if (run.exitCode() != 0 || run.timedOut()) {
                    throw new IllegalStateException("symtable_helper.py failed (exit "
                            + run.exitCode() + "): " + run.stderr());
                }
                return parseDumps(run.stdout());
            } finally {
                Files.deleteIfExists(list);
                Files.deleteIfExists(helper);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> parseDumps(String output) {
        Map<String, String> dumps = new HashMap<>();
        String path = null;
        StringBuilder dump = new StringBuilder();
        for (String line : output.split("\n", -1)) {
            if (line.equals("=== end")) {
                dumps.put(path, dump.toString());
                path = null;
            } else if (path == null && line.startsWith("=== ")) {
                path = line.substring(4);
                dump.setLength(0);
            } else if (path != null) {
                dump.append(line).append('\n');
            }
        }
        return dumps;
    }

    private static <T> T onBigStack(java.util.concurrent.Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(null, task, "krait-symtable", STACK_BYTES);
        thread.start();
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
