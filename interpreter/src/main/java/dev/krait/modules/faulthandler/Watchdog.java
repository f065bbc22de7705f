package dev.krait.modules.faulthandler;

import dev.krait.modules.posix.ProcessCalls;
import dev.krait.objects.PyObject;
import dev.krait.runtime.Interpreter;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The thread of {@code dump_traceback_later}: waits for the timeout unless cancelled, then
 * writes "Timeout (h:mm:ss)!" and every thread's traceback, and ends the process with
 * {@code _exit(1)} when asked to -- how regrtest stops a test that hangs. A daemon thread, so
 * that a pending dump never keeps a finished program alive.
 *
 * <p>CPython counterpart: Modules/faulthandler.c {@code faulthandler_thread},
 * {@code format_timeout}.
 */
final class Watchdog {
    private final CountDownLatch cancelled = new CountDownLatch(1);
    private final Thread thread;
    /** Kept alive while the watchdog may write to its descriptor, as CPython keeps it. */
    final PyObject file;

    Watchdog(Interpreter interp, long timeoutMicros, boolean repeat, int fd, PyObject file,
            boolean exit) {
        this.file = file;
        String header = header(timeoutMicros);
        thread = Thread.ofPlatform().daemon().name("faulthandler-watchdog").unstarted(() -> {
            try {
                do {
                    if (cancelled.await(timeoutMicros, TimeUnit.MICROSECONDS)) {
                        return;
                    }
                    TracebackDump.write(fd, header);
                    TracebackDump.dumpAll(fd, interp, null);
                    if (exit) {
                        ProcessCalls.exit(1);
                    }
                } while (repeat);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    void start() {
        thread.start();
    }

    /** Stops the watchdog and waits for it to end. */
    void cancel() {
        cancelled.countDown();
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // CPython: Modules/faulthandler.c format_timeout
    static String header(long us) {
        long sec = us / 1_000_000L;
        long micros = us % 1_000_000L;
        long min = sec / 60;
        sec %= 60;
        long hour = min / 60;
        min %= 60;
        return micros != 0
                ? String.format("Timeout (%d:%02d:%02d.%06d)!\n", hour, min, sec, micros)
                : String.format("Timeout (%d:%02d:%02d)!\n", hour, min, sec);
    }
}
