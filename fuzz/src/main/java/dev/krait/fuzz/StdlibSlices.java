package dev.krait.fuzz;

import dev.krait.differential.StandardLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Real code to mutate: a window of lines from a file of the installed standard library, chosen by
 * the seed. Real code has the layouts, comments and string forms people write, so its mutants
 * make the syntax errors people make. Read from the CPython installation at run time, never
 * copied into this repository; the same installation gives the same case for the same seed.
 */
final class StdlibSlices {
    private static List<Path> files;

    private StdlibSlices() {}

    private static synchronized List<Path> files() {
        if (files == null) {
            files = StandardLibrary.pythonFiles(StandardLibrary.root());
        }
        return files;
    }

    /** Up to 40 consecutive lines of one stdlib file, token-mutated. */
    static String mutant(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Path> all = files();
        Path file = all.get(random.nextInt(all.size()));
        List<String> lines;
        try {
            lines = List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                    .split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int from = random.nextInt(lines.size());
        int to = Math.min(lines.size(), from + 1 + random.nextInt(40));
        String window = String.join("\n", lines.subList(from, to)) + "\n";
        return Mutator.mutate(window, random.nextLong());
    }
}
