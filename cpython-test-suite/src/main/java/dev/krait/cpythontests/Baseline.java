package dev.krait.cpythontests;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * CPython's own results for the test modules, as the same harness records them in CPython: the
 * baseline Krait is measured against (some tests skip or fail in CPython here too). It is a cache
 * of CPython's answers, so it names the CPython it came from — the version and a digest of the
 * installed {@code Lib/test} — and {@link #staleness} says when that no longer matches;
 * {@code bin/cpython-tests --baseline [MODULE...]} regenerates it.
 *
 * <p>File format ({@code cpython-test-suite/baseline/cpython.tsv}): header comments
 * {@code # python: …} and {@code # lib-test: SHA-256}, then per module a line
 * {@code MODULE<TAB>STATUS} followed by its tests, {@code <TAB>ID<TAB>STATUS}.
 */
record Baseline(String python, String digest, Map<String, Module> modules) {
    /** One module's baseline: how it ended and every test's status. */
    record Module(String name, String status, Map<String, TestStatus> tests) {
        static Module of(ModuleResult r) {
            Map<String, TestStatus> tests = new LinkedHashMap<>();
            r.tests().forEach(t -> tests.put(t.id(), t.status()));
            return new Module(r.module(), r.status(), tests);
        }
    }

    static Baseline read(Path file) {
        String python = "";
        String digest = "";
        Map<String, Module> modules = new TreeMap<>();
        if (!Files.exists(file)) {
            return new Baseline(python, digest, modules);
        }
        try {
            Module current = null;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.startsWith("# python: ")) {
                    python = line.substring(10);
                } else if (line.startsWith("# lib-test: ")) {
                    digest = line.substring(12);
                } else if (line.startsWith("#") || line.isBlank()) {
                    continue;
                } else if (line.startsWith("\t")) {
                    String[] f = line.substring(1).split("\t");
                    current.tests().put(f[0], TestStatus.of(f[1]));
                } else {
                    String[] f = line.split("\t");
                    current = new Module(f[0], f[1], new LinkedHashMap<>());
                    modules.put(f[0], current);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Baseline(python, digest, modules);
    }

    /** This baseline with {@code results} in place of those modules' old entries. */
    Baseline merge(String newPython, String newDigest, List<ModuleResult> results) {
        Map<String, Module> merged = new TreeMap<>();
        if (newPython.equals(python) && newDigest.equals(digest)) {
            merged.putAll(modules);
        }
        results.forEach(r -> {
            merged.put(r.module(), Module.of(r));
            // a package now run as its submodules no longer has a result of its own
            String pkg = TestCatalog.splitPackage(r.module());
            if (pkg != null) {
                merged.remove(pkg);
            }
        });
        return new Baseline(newPython, newDigest, merged);
    }

    /**
     * Merges {@code results} into the baseline file under a lock (a sibling {@code .lock} file),
     * so that several baseline runs at once, and a run recording module by module, never lose
     * each other's modules.
     */
    static void record(Path file, String python, String digest, List<ModuleResult> results) {
        try {
            Files.createDirectories(file.getParent());
            Path lockFile = file.resolveSibling(file.getFileName() + ".lock");
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
                read(file).merge(python, digest, results).write(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void write(Path file) {
        List<String> lines = new ArrayList<>();
        lines.add("# CPython's results for its own test modules, recorded by "
                + "cpython-test-suite/harness/krait_test_harness.py.");
        lines.add("# Regenerate with: bin/cpython-tests --baseline [MODULE...]");
        lines.add("# python: " + python);
        lines.add("# lib-test: " + digest);
        for (Module m : modules.values()) {
            lines.add(m.name() + "\t" + m.status());
            m.tests().forEach((id, s) -> lines.add("\t" + id + "\t" + s.label()));
        }
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Why this cache does not describe the installed CPython, or null when it does. */
    String staleness(String installedPython, String installedDigest) {
        if (!python.equals(installedPython)) {
            return "the baseline is for '" + python + "' but python3 is '" + installedPython
                    + "': run bin/cpython-tests --baseline --all";
        }
        if (!digest.equals(installedDigest)) {
            return "the installed Lib/test differs from the one the baseline was recorded "
                    + "from: run bin/cpython-tests --baseline --all";
        }
        return null;
    }

    /** SHA-256 over the names and contents of every .py file under {@code testDir}. */
    static String digest(Path testDir) {
        try (Stream<Path> walk = Files.walk(testDir)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path p : walk.filter(f -> f.toString().endsWith(".py")).sorted().toList()) {
                sha.update(testDir.relativize(p).toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                try (InputStream in = Files.newInputStream(p)) {
                    sha.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
