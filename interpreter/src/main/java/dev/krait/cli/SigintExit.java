package dev.krait.cli;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * How the {@code krait} process ends after an uncaught {@code KeyboardInterrupt}: as CPython's
 * does, by SIGINT itself, so that the parent sees a process killed by the signal (a shell
 * shows status 130, Python's {@code subprocess} reports -2) and can stop too, instead of a
 * normal exit with a status. The JVM handles SIGINT itself, so the default action is put back
 * through the C library first; where that fails the process exits with status 130.
 *
 * <p>CPython counterpart: Modules/main.c {@code exit_sigint}.
 */
final class SigintExit {
    private SigintExit() {}

    private static final int SIGINT = 2;

    /** Ends the process by SIGINT; returns only if the signal could not be raised. */
    static void raise() {
        try {
            MethodHandle signal = Libc.plainCall("signal",
                    FunctionDescriptor.of(Libc.PTR, Libc.INT, Libc.PTR));
            MethodHandle raise = Libc.plainCall("raise", FunctionDescriptor.of(Libc.INT,
                    Libc.INT));
            // SIG_DFL is the null handler
            MemorySegment previous = (MemorySegment) signal.invokeExact(SIGINT,
                    MemorySegment.NULL);
            int failed = (int) raise.invokeExact(SIGINT);
            if (previous.address() == -1L || failed != 0) {
                return;
            }
            // the signal is delivered asynchronously to the process; give it a moment
            Thread.sleep(1000);
        } catch (Throwable e) {
            // no C library to call: the caller exits with 130 instead
        }
    }
}
