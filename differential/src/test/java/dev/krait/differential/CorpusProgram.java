package dev.krait.differential;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * One program of the differential corpus: {@code differential/corpus/programs/FEATURE/NAME.py}
 * (the language and builtins) or {@code differential/corpus/stdlib/MODULE/NAME.py} (a standard
 * library module used as real programs use it).
 *
 * <p>The convention: every folder directly under a corpus root is a feature, and every
 * {@code *.py} file directly in a feature folder is a program. Sub-folders of a feature folder
 * (named without {@code .py}, such as {@code imports/pkg_basic/}) hold modules and packages that
 * programs import; they are never run on their own. Beside each program, {@code NAME.expected}
 * keeps CPython's outcome ({@link ProgramExpectation}).
 *
 * @param root the corpus root, {@code programs/} or {@code stdlib/}
 * @param file the program
 * @param id the id prefix and the path relative to the root with {@code /}, such as
 *     {@code ints/basics.py} or {@code stdlib/json/round_trip.py}
 */
record CorpusProgram(Path root, Path file, String id) {
    /** Every program under the root, sorted by id; ids start with {@code idPrefix}. */
    static List<CorpusProgram> all(Path root, String idPrefix) {
        List<CorpusProgram> programs = new ArrayList<>();
        try (Stream<Path> features = Files.list(root)) {
            for (Path feature : features.filter(Files::isDirectory).sorted().toList()) {
                if (feature.getFileName().toString().startsWith(".")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(feature)) {
                    files.filter(f -> f.getFileName().toString().endsWith(".py"))
                            .filter(Files::isRegularFile)
                            .sorted()
                            .forEach(f -> programs.add(new CorpusProgram(root, f, idPrefix
                                    + root.relativize(f).toString().replace('\\', '/'))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the corpus " + root, e);
        }
        return programs;
    }

    /** The feature: the id's folder, such as {@code ints} or {@code stdlib/json}. */
    String feature() {
        return id.substring(0, id.lastIndexOf('/'));
    }

    /** The program's file name, such as {@code basics.py}: what both interpreters are given. */
    String fileName() {
        return file.getFileName().toString();
    }

    Path expectationFile() {
        String name = fileName();
        return file.resolveSibling(name.substring(0, name.length() - ".py".length())
                + ".expected");
    }

    /**
     * SHA-256 of what the program's outcome depends on in the repository: its own source and
     * every helper file in the sub-folders of its feature folder (path and content), so that
     * editing an imported module makes the expectations of its folder stale too.
     */
    String sourceHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(Files.readAllBytes(file));
            for (Path helper : helperFiles()) {
                String name = file.getParent().relativize(helper).toString().replace('\\', '/');
                digest.update((byte) 0);
                digest.update(name.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(helper));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    /** The files in the feature folder's sub-folders, bytecode caches left out, sorted. */
    private List<Path> helperFiles() throws IOException {
        List<Path> helpers = new ArrayList<>();
        try (Stream<Path> entries = Files.list(file.getParent())) {
            for (Path dir : entries.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> tree = Files.walk(dir)) {
                    tree.filter(Files::isRegularFile)
                            .filter(p -> !p.toString().contains("__pycache__"))
                            .sorted()
                            .forEach(helpers::add);
                }
            }
        }
        return helpers;
    }
}
