package dev.krait.cpythontests;

import dev.krait.differential.StandardLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The test modules of the installed CPython 3.11's {@code Lib/test}: every {@code test_*.py} file
 * and every {@code test_*} package, as CPython's regrtest finds them
 * (Lib/test/libregrtest/findtests.py), with the long packages of {@code split-packages.txt}
 * split into their submodules. The files are read where CPython installed them, never
 * copied; without a {@code test} package there is nothing to run, and one line says so.
 */
final class TestCatalog {
    private TestCatalog() {}

    /** The {@code Lib/test} directory, from {@code testDir} when given, else from python3. */
    static Path testDirectory(String testDir) {
        Path dir = testDir != null ? Path.of(testDir) : StandardLibrary.root().resolve("test");
        if (!Files.isRegularFile(dir.resolve("__init__.py"))
                || !Files.isRegularFile(dir.resolve("support").resolve("__init__.py"))) {
            throw new IllegalStateException("no CPython test package at " + dir
                    + " (python3 must be a CPython 3.11 with its test package installed)");
        }
        return dir;
    }

    /**
     * Every test module's name ({@code test_int}, {@code test_email}), sorted; a package named in
     * {@code split} is listed as its test submodules instead ({@code test_asyncio.test_tasks}),
     * the modules its {@code load_tests} would find (test/support load_package_tests: files and
     * packages named {@code test*}).
     */
    static List<String> allModules(Path testDir, Set<String> split) {
        List<String> modules = new ArrayList<>();
        for (String name : modulesIn(testDir)) {
            if (split.contains(name)) {
                modulesIn(testDir.resolve(name)).forEach(sub -> modules.add(name + "." + sub));
            } else {
                modules.add(name);
            }
        }
        return modules;
    }

    /** The package a split submodule belongs to ({@code test_asyncio}), or null. */
    static String splitPackage(String module) {
        int dot = module.indexOf('.');
        return dot < 0 ? null : module.substring(0, dot);
    }

    private static List<String> modulesIn(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(TestCatalog::moduleName).filter(n -> n != null).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String moduleName(Path entry) {
        String name = entry.getFileName().toString();
        if (!name.startsWith("test_")) {
            return null;
        }
        if (name.endsWith(".py") && Files.isRegularFile(entry)) {
            return name.substring(0, name.length() - 3);
        }
        if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("__init__.py"))) {
            return name;
        }
        return null;
    }
}
