package dev.krait.modules.posix;

/**
 * Binds, on a thread of its own, the C library functions that nearly every start-up of the
 * {@code krait} command calls: confstr (for {@code sys.thread_info}), and the ones opening,
 * reading and stat-ing a file (what {@code site} does with {@code .pth} files and every
 * {@code open()} does). Binding a downcall handle spins a stub class and method handle forms
 * at run time, which no AOT cache holds, and each first binding of a signature costs
 * milliseconds of cold JDK code; on the thread that creates the interpreter and runs
 * {@code site} that time would be spent one after the other. Here it runs beside them on the
 * other core; whichever thread reaches a function's holder class first initialises it, and
 * the other waits for it (JLS 12.4.2), so each handle is still bound once.
 *
 * <p>Only the process's own entry point starts it ({@code dev.krait.cli.Main}): an embedding
 * application binds what it uses, when it uses it.
 */
public final class StartupBindings {
    private StartupBindings() {
    }

    /**
     * Starts binding on a daemon thread and returns at once: confstr always, and the file
     * functions when {@code site} will run (a program run with -S may never open a file, and
     * would pay for bindings it never uses).
     */
    public static void start(boolean site) {
        Thread t = new Thread(() -> bind(site), "krait-libc-bindings");
        t.setDaemon(true);
        t.start();
    }

    private static void bind(boolean site) {
        try {
            ProcessCalls.bindConfstr();
            if (site) {
                PosixCalls.bindFileFunctions();
                ProcessCalls.bindStrerror();
            }
        } catch (Throwable e) {
            // A C library without one of them: the first call of that function reports it.
        }
    }
}
