package dev.krait.modules.ast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.ast.Mod;
import dev.krait.objects.PyObject;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Krait's AST → Python {@code ast} objects → Krait's AST gives back the identical tree, for
 * every file of the installed standard library that Krait parses (every 10th by default; the
 * system property {@code ast.roundTrip.all} takes all). Together with the front end's identity
 * with CPython's {@code ast.dump} (LibAstIdentityTest), this says {@code ast.parse} and
 * {@code compile(tree)} see CPython's trees.
 */
class AstRoundTripTest {
    @Test
    void stdlibTreesSurviveTheRoundTrip() throws Exception {
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        int step = Boolean.getBoolean("ast.roundTrip.all") ? 1 : 10;
        List<Path> files = stdlibFiles();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < files.size(); i += step) {
            Path f = files.get(i);
            Mod tree;
            try {
                tree = Parser.parse(Files.readAllBytes(f), f.toString(), Parser.Mode.EXEC);
            } catch (RuntimeException e) {
                continue; // files that do not parse (test inputs with bad syntax)
            }
            PyObject obj = AstModule.toPython(interp, tree);
            Mod back = AstModule.fromPython(interp, obj, Parser.Mode.EXEC);
            if (!tree.equals(back)) {
                failures.add(f.toString());
            }
            checked++;
        }
        System.out.printf("AstRoundTripTest: %d stdlib files round-tripped%n", checked);
        assertTrue(checked > 100, "too few files checked: " + checked);
        assertEquals(List.of(), failures);
    }

    private static List<Path> stdlibFiles() throws IOException, InterruptedException {
        Process p = new ProcessBuilder("python3", "-c",
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])").start();
        String root = new String(p.getInputStream().readAllBytes()).strip();
        p.waitFor(30, TimeUnit.SECONDS);
        try (Stream<Path> walk = Files.walk(Path.of(root))) {
            return walk.filter(f -> f.toString().endsWith(".py"))
                    .filter(f -> !f.toString().contains("site-packages")).sorted().toList();
        }
    }
}
