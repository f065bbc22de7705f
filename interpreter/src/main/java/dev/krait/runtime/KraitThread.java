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
        super(null, body, name, stackBytes);
        this.state = state;
    }
}
