package dev.krait.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Differences from CPython" page reads the project's own Markdown list. */
class DifferencesTest {
    @Test
    void readsTableRowsAndGaps(@TempDir Path dir) throws Exception {
        Path md = dir.resolve("DIFFERENCES.md");
        Files.writeString(md, """
                # Deliberate differences

                | Where | CPython 3.11 | Krait | Why |
                |---|---|---|---|
                | `a \\| b` | one | two | because `x|y` |
                | gc | counts | no counts | JVM |

                ## Known gaps

                ### First gap

                Text one.

                More.

                ### Second gap
                Text two.
                """);
        Differences d = Differences.read(md);
        assertEquals(2, d.deliberate().size());
        assertEquals("`a | b`", d.deliberate().get(0).where());
        assertEquals("because `x|y`", d.deliberate().get(0).why());
        assertEquals(List.of("First gap", "Second gap"),
                d.gaps().stream().map(Differences.Gap::title).toList());
        assertEquals("Text one.\n\nMore.", d.gaps().get(0).text());
    }

    @Test
    void theRepoListParses() {
        Differences d = Differences.read(Path.of("../docs/DIFFERENCES.md"));
        long rows = d.deliberate().stream().filter(r -> !r.why().isBlank()).count();
        assertEquals(d.deliberate().size(), rows, "every deliberate difference has a reason");
    }
}
