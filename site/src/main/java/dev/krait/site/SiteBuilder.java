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
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

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
            "differences.html", "differences.jte");

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
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the site into " + out, e);
        }
    }

    private void write(Path file, String template, Map<String, Object> params)
            throws IOException {
        StringOutput html = new StringOutput();
        engine.render(template, params, html);
        Files.writeString(file, html.toString(), StandardCharsets.UTF_8);
    }
}
