package dev.krait.modules.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.cli.CommandRun;
import dev.krait.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A file's finalizer runs when the JVM's collector finds the file, maybe long after it was
 * dropped: it must not close a descriptor number that no longer refers to the file, which the
 * program (or the JVM, when several programs run in one process) may be using for something
 * else. Krait-only: CPython finalizes at once, so the same program there closes the number it
 * finds, which is why no CPython oracle checks this.
 */
class FinalizerOwnershipTest {
    private static String[] run(String source) throws InterruptedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandRun run = Main.start(new String[] {"-c", source},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(run.await(Duration.ofSeconds(60)), "the program did not finish");
        return new String[] {out.toString(StandardCharsets.UTF_8),
            err.toString(StandardCharsets.UTF_8), String.valueOf(run.status())};
    }

    @Test
    void aLateFinalizerLeavesAReusedDescriptorAlone() throws InterruptedException {
        String[] r = run("""
                import gc, os, tempfile
                d = tempfile.mkdtemp()
                with open(os.path.join(d, 'b'), 'w') as w:
                    w.write('kept')
                f = open(os.path.join(d, 'a'), 'w')
                fd = f.fileno()
                os.close(fd)
                g = open(os.path.join(d, 'b'))
                print(g.fileno() == fd)
                del f
                gc.collect()
                gc.collect()
                print(g.read())
                g.close()
                """);
        assertEquals("True\nkept\n", r[0], r[1]);
        assertEquals("0", r[2], r[1]);
    }

    @Test
    void aDetachedStreamIsFinalizedOnItsOwn() throws InterruptedException {
        String[] r = run("""
                import gc, io, os, tempfile, warnings
                warnings.simplefilter('always')
                p = os.path.join(tempfile.mkdtemp(), 'x')
                raw = io.FileIO(p, 'w')
                b = io.BufferedWriter(raw)
                b.write(b'flushed by detach')
                b.detach()
                del b, raw
                gc.collect()
                gc.collect()
                print(open(p).read())
                """);
        assertEquals("flushed by detach\n", r[0], r[1]);
        assertTrue(r[1].contains("ResourceWarning: unclosed file <_io.FileIO name="), r[1]);
    }
}
