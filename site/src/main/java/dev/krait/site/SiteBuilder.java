package dev.krait.site;

import dev.krait.compat.Dashboard;
import dev.krait.compat.ModuleRow;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the site: every page rendered from its precompiled jte template, and the two assets
 * (the style sheet and the sorting/filtering script). All pages sit in one folder and link to
 * each other by relative names, so the folder opens from the file system or any static host.
 */
public final class SiteBuilder {
    /** The pages with one template each, by file name. */
    private static final Map<String, String> PAGES = Map.of("index.html", "index.jte",
            "modules.html", "modules.jte", "clusters.html", "clusters.jte", "api.html", "api.jte",
            "differential.html", "differential.jte", "benchmarks.html", "benchmarks.jte",
            "differences.html", "differences.jte", "coverage.html", "coverage.jte");

    private static final List<String> ASSETS = List.of("style.css", "site.js");

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** Writes the site of {@code dashboard} into {@code out}; returns the number of pages. */
    public int build(Dashboard dashboard, Path out) {
        SiteModel model = new SiteModel(dashboard,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
        try {
            Files.createDirectories(out.resolve("assets"));
            for (String asset : ASSETS) {
                try (InputStream in = SiteBuilder.class.getResourceAsStream("assets/" + asset)) {
                    Files.write(out.resolve("assets").resolve(asset), in.readAllBytes());
                }
            }
            int pages = 0;
            for (Map.Entry<String, String> p : PAGES.entrySet()) {
                write(out.resolve(p.getKey()), p.getValue(), Map.of("m", model));
                pages++;
            }
            for (ModuleRow row : model.modules()) {
                write(out.resolve(Fmt.modulePage(row.module())), "module.jte",
                        Map.of("m", model, "row", row));
                pages++;
            }
            if (dashboard.coverage() != null && dashboard.coverage().htmlReport() != null) {
                copyTree(dashboard.coverage().htmlReport(), out.resolve("jacoco"));
            }
            if (dashboard.testReport() != null) {
                Files.createDirectories(out.resolve("allure"));
                Files.copy(dashboard.testReport(), out.resolve("allure/index.html"),
                        StandardCopyOption.REPLACE_EXISTING);
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + out, e);
        }
    }

    /** Copies JaCoCo's HTML report (self-contained: its pages, styles and scripts) as it is. */
    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private void write(Path file, String template, Map<String, Object> params)
            throws IOException {
        StringOutput html = new StringOutput();
        engine.render(template, params, html);
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }
}
