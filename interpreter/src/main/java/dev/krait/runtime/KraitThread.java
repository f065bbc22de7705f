package dev.krait.runtime;

/**
 * A thread that runs Python code, with its {@link ThreadState} in a field (cheaper to reach
 * than a thread-local on every call) and a large stack: CPython does not use the C stack for
 * Python-to-Python calls, so programs that raise the recursion limit recurse deeply, and a
 * tree-walking interpreter needs Java stack for each level.
 */
public final class KraitThread extends Thread {
    ThreadState state;

    public KraitThread(Runnable body, String name, long stackBytes, ThreadState state) {
        super(null, body, name, Math.max(stackBytes, MIN_STACK_BYTES));
        this.stackBytes = Math.max(stackBytes, MIN_STACK_BYTES);
        this.state = state;
        state.capDepthForStack(this.stackBytes);
    }

    /**
     * Runs the body with the thread's state listed among the live ones (what
     * {@code sys._current_frames} walks) and its POSIX thread id recorded.
     */
    @Override
    public void run() {
        ThreadState s = state;
        s.thread = this;
        s.pthread = ThreadState.pthreadSelf();
        ThreadState.LIVE.add(s);
        try {
            super.run();
        } catch (InterpreterStopped e) {
            // its interpreter was asked to stop: the thread ends quietly
        } finally {
            ThreadState.LIVE.remove(s);
        }
    }

    /** The Java stack this thread was given, which caps its recursion depth. */
    final long stackBytes;

    /**
     * The least stack a Krait thread gets, whatever {@code threading.stack_size} asked for:
     * CPython keeps Python frames off the C stack, so a small C stack does not limit how deep
     * Python code recurses there, and must not here.
     */
    static final long MIN_STACK_BYTES = 64L << 20;

    /** The thread's Python state (faulthandler reads other threads' frames through it). */
    public ThreadState state() {
        return state;
    }

    /** The stack reserved for a thread running Python code unless configured otherwise. */
    public static final long DEFAULT_STACK_BYTES = 1L << 30;

    /**
     * Runs {@code body} on a new Krait thread attached to {@code interpreter} and waits for it:
     * the way a program's main code runs. Errors thrown by the body are rethrown here.
     */
    public static <T> T runAttached(Interpreter interpreter, long stackBytes,
            java.util.function.Supplier<T> body) {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        KraitThread t = new KraitThread(() -> {
            try {
                result[0] = body.get();
            } catch (Throwable e) {
                failure[0] = e;
            } finally {
                // Threads the program started may still run (daemons): let them.
                interpreter.gil().release();
            }
        }, "krait-python", stackBytes, new ThreadState(interpreter));
        t.start();
        boolean interrupted = false;
        while (true) {
            try {
                t.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (failure[0] instanceof RuntimeException r) {
            throw r;
        }
        if (failure[0] instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
