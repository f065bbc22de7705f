package dev.krait.modules.posix;

import dev.krait.runtime.Gil;
import dev.krait.runtime.Signals;

/**
 * The wait before a read(2) that may block (a terminal, a pipe, a socket), cut into slices so
 * that a signal arriving meanwhile is acted on: Ctrl-C at {@code input()} raises
 * KeyboardInterrupt at once, and a Python handler runs, as in CPython, where the signal makes
 * read(2) fail with EINTR and {@code _Py_read} then runs the handlers (PEP 475). The JVM's
 * own signal handlers restart an interrupted read, so Krait looks instead, between slices.
 *
 * <p>CPython counterpart: Python/fileutils.c {@code _Py_read}'s EINTR loop.
 */
public final class InputWait {
    private InputWait() {
    }

    /** How long one slice of the wait lasts. */
    private static final int SLICE_MILLIS = 100;
    private static final short POLLIN = 1;

    /**
     * Returns once descriptor {@code fd} has input (or its end, or an error, which the read
     * then reports), or at once for a non-blocking descriptor; the interpreter lock is let go
     * while it waits. A signal handler's exception (KeyboardInterrupt) propagates.
     */
    public static void untilReadable(int fd) {
        int[] fds = {fd};
        short[] events = {POLLIN};
        short[] revents = new short[1];
        while (true) {
            int ready;
            try {
                ready = Gil.allowThreads(() -> PosixCalls.poll(fds, events, revents,
                        SLICE_MILLIS));
            } catch (Libc.Failure f) {
                // interrupted, or a descriptor poll cannot watch: the read says what it is
                return;
            }
            if (ready > 0) {
                return;
            }
            if (Signals.pending) {
                Signals.deliver();
            } else if (!PosixCalls.getBlocking(fd)) {
                return;
            }
        }
    }
}
