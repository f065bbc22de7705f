package dev.krait.modules.posix;

/**
 * Binds, on a thread of its own, the C library functions that nearly every start-up of the
 * {@code krait} command calls: confstr (for {@code sys.thread_info}), pthread_self (recorded as
 * each Python thread starts), and with {@code site} stat, strerror (its first missing path's
 * OSError), geteuid and getuid ({@code site} compares them) and the ones opening and reading a
 * file (its {@code .pth} files and every {@code open()}). Binding a downcall handle spins a stub
 * class and method handle forms at run time, which no AOT cache holds, and each first binding
 * of a signature costs milliseconds of cold JDK code; on the threads that create the interpreter
 * and run {@code site} that time would be spent one after the other. Here it runs beside them
 * on the other core, in the order they first call the functions; whichever thread reaches a
 * function's holder class first initialises it, and the other waits for it (JLS 12.4.2), so
 * each handle is still bound once.
 *
 * <p>Only the process's own entry point starts it ({@code dev.krait.cli.Main}), before it reads
 * the command line, so that confstr is bound by the time the interpreter is made; the command
 * that runs a program then says whether {@code site} will run. An embedding application binds
 * what it uses, when it uses it.
 */
public final class StartupBindings {
    private StartupBindings() {
    }

    /** Counted down once {@link #site} is known. */
    private static final java.util.concurrent.CountDownLatch SITE_KNOWN =
            new java.util.concurrent.CountDownLatch(1);
    private static volatile boolean site;

    /**
     * Starts binding on a daemon thread and returns at once: confstr and pthread_self first,
     * then, once {@link #siteWillRun} has said so, what {@code site} calls (a program run with
     * -S may never open a file, and would pay for bindings it never uses).
     */
    public static void start() {
        Thread t = new Thread(StartupBindings::bind, "krait-libc-bindings");
        t.setDaemon(true);
        t.start();
    }

    /** Says whether the program about to run starts with {@code site}. */
    public static void siteWillRun(boolean willRun) {
        site = willRun;
        SITE_KNOWN.countDown();
    }

    private static void bind() {
        try {
            ProcessCalls.bindConfstr();
            dev.krait.runtime.ThreadState.bindPthreadSelf();
            // a command that runs no program (--ast, --tokens) never says: the thread just ends
            if (SITE_KNOWN.await(10, java.util.concurrent.TimeUnit.SECONDS) && site) {
                PosixCalls.bindStat();
                ProcessCalls.bindStrerror();
                ProcessCalls.bindUserIds();
                PosixCalls.bindFileFunctions();
            }
        } catch (Throwable e) {
            // A C library without one of them: the first call of that function reports it.
        }
    }
}
