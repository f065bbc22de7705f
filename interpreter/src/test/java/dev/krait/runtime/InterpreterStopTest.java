package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.objects.PyDict;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * {@link Interpreter#requestStop}: a program that would run for ever ends, whatever its
 * {@code except} and {@code finally} clauses do, and so do its other threads and its waits;
 * the interval timers it armed are disarmed. Each program sets {@code started} in
 * {@code __main__} when it has reached the place it stays in; the bounds are generous, as they
 * only tell a stop that works from one that does not.
 */
class InterpreterStopTest {
    /** How long a thread may take to end once asked to (only a broken stop comes near it). */
    private static final long LIMIT_MILLIS = 30_000;

    /** A program running as {@code __main__} of a new interpreter on a thread of its own. */
    private static final class Running {
        final Interpreter interp = new Interpreter();
        final Thread thread;
        volatile Throwable failure;

        Running(String source) {
            MainRunner runner = new MainRunner(interp,
                    new PrintStream(OutputStream.nullOutputStream()));
            thread = new Thread(() -> {
                try {
                    runner.runMainSource(source.getBytes(StandardCharsets.UTF_8),
                            MainRunner.COMMAND_FILENAME);
                } catch (Throwable e) {
                    failure = e;
                }
            }, "stop-test");
            thread.setDaemon(true);
            thread.start();
        }

        /** The value {@code __main__} binds to {@code name}, or null. */
        PyObject global(String name) {
            PyObject main = interp.modules().getItem(PyStr.of("__main__"));
            if (!(main instanceof PyModule m)) {
                return null;
            }
            PyDict globals = m.getDict();
            return globals.getItem(PyStr.of(name));
        }

        /** Waits until the program has set {@code started}. */
        void awaitStarted() throws InterruptedException {
            long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
            while (global("started") == null) {
                assertTrue(thread.isAlive(), () -> "the program ended early: " + failure);
                assertTrue(System.currentTimeMillis() < deadline, "the program did not start");
                Thread.sleep(10);
            }
        }

        /** Stops the program and checks that its thread, and any it started, end. */
        void stopAndAwaitEnd() throws InterruptedException {
            awaitStarted();
            interp.requestStop();
            thread.join(LIMIT_MILLIS);
            assertFalse(thread.isAlive(), "the program's thread still runs after the stop");
            assertInstanceOf(InterpreterStopped.class, failure);
            long deadline = System.currentTimeMillis() + LIMIT_MILLIS;
            while (!ThreadState.live(interp).isEmpty()) {
                assertTrue(System.currentTimeMillis() < deadline,
                        "threads of the stopped interpreter still run");
                Thread.sleep(10);
            }
        }
    }

    @Test
    void aBusyLoopStops() throws Exception {
        new Running("started = True\nwhile True:\n    pass\n").stopAndAwaitEnd();
    }

    @Test
    void exceptAndFinallyCannotKeepItRunning() throws Exception {
        Running run = new Running("""
                started = True
                try:
                    while True:
                        pass
                except BaseException:
                    caught = True
                    while True:
                        pass
                finally:
                    cleaned = True
                    while True:
                        pass
                """);
        run.stopAndAwaitEnd();
        assertNull(run.global("caught"), "except BaseException saw the stop");
        assertNull(run.global("cleaned"), "the finally clause ran");
    }

    @Test
    void aFinallyClauseAlreadyRunningStopsAtItsNextLoopIteration() throws Exception {
        new Running("""
                try:
                    pass
                finally:
                    started = True
                    while True:
                        try:
                            while True:
                                pass
                        finally:
                            continue
                """).stopAndAwaitEnd();
    }

    @Test
    void otherThreadsAndWaitsStopToo() throws Exception {
        new Running("""
                import threading, time
                def spin():
                    while True:
                        pass
                threading.Thread(target=spin, daemon=True).start()
                sleeper = threading.Thread(target=time.sleep, args=(10000,), daemon=True)
                sleeper.start()
                started = True
                sleeper.join()
                """).stopAndAwaitEnd();
    }

    @Test
    void aSleepStops() throws Exception {
        new Running("import time\nstarted = True\ntime.sleep(10000)\n").stopAndAwaitEnd();
    }

    @Test
    void theTimersItArmedAreDisarmed() throws Exception {
        // a Python handler first: the process then only records a stray SIGALRM
        new Running("""
                import signal
                signal.signal(signal.SIGALRM, lambda signum, frame: None)
                signal.setitimer(signal.ITIMER_REAL, 1000)
                started = True
                while True:
                    pass
                """).stopAndAwaitEnd();
        Running next = new Running("""
                import signal
                left = signal.getitimer(signal.ITIMER_REAL)
                started = True
                """);
        next.thread.join(LIMIT_MILLIS);
        assertNull(next.failure);
        assertEquals("(0.0, 0.0)", dev.krait.objects.Ops.repr(next.global("left")).value());
    }
}
