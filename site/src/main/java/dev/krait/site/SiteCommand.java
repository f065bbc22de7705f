package dev.krait.site;

import dev.krait.compat.Sources;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * {@code bin/compat-site [--run RUN.json] [--out DIR]}: builds the compatibility site from the
 * repo's results (by default the newest committed suite run) into {@code site/target/site/}.
 */
public final class SiteCommand {
    private SiteCommand() {}

    /** {@code SiteCommand ROOT [--run FILE] [--out DIR]}. */
    public static void main(String[] args) {
        Path root = Path.of(args[0]);
        Path run = null;
        Path out = root.resolve("site/target/site");
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--run" -> run = Path.of(args[++i]);
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: bin/compat-site [--run RUN.json] [--out DIR]");
                    System.exit(2);
                }
            }
        }
        try {
            Sources sources = Sources.ofRoot(root, run);
            int pages = new SiteBuilder().build(sources.load(), out);
            System.out.printf("%d pages from %s in %s%nopen %s%n", pages, sources.run(), out,
                    out.resolve("index.html").toUri());
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("compat-site: " + e.getMessage());
            System.exit(1);
        }
    }
}
