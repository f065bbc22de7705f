package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.modules.sys.SysModule;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code -X importtime}: each import that loads a module writes one line to the process's
 * stderr, after CPython's header, with the module's name indented by how deeply the import is
 * nested, innermost first; a module already in {@code sys.modules} writes nothing.
 */
class ImportTimeTest {
    @Test
    void eachLoadIsOneLineIndentedByItsDepth(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("outer_mod.py"), "import inner_mod\nimport math\n");
        Files.writeString(dir.resolve("inner_mod.py"), "X = 1\n");
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        SysModule.prependPath(interp, dir.toString());
        interp.importer().setImportTime(true);
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            interp.importer().importModule("outer_mod");
            interp.importer().importModule("outer_mod");
        } finally {
            System.setErr(saved);
        }
        List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals("import time: self [us] | cumulative | imported package", lines.get(0));
        assertEquals(4, lines.size(), lines::toString);
        assertTrue(lines.get(1).matches("import time: +\\d+ \\| +\\d+ \\|   inner_mod"),
                lines.get(1));
        assertTrue(lines.get(2).matches("import time: +\\d+ \\| +\\d+ \\|   math"),
                lines.get(2));
        assertTrue(lines.get(3).matches("import time: +\\d+ \\| +\\d+ \\| outer_mod"),
                lines.get(3));
    }
}
