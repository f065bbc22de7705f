package dev.krait.objects;

/**
 * The recursion limit as the object protocol meets it. A Python function call is counted by
 * its frame, but a recursion can also run through native code alone ({@code repr} of a
 * class whose {@code __repr__} is {@code object.__str__}, a {@code __call__} that is an
 * instance of the class itself, comparisons of deeply nested lists): {@link Ops} counts those
 * steps against the same limit, in the places where CPython calls
 * {@code Py_EnterRecursiveCall}, so that they end in RecursionError after as many steps as in
 * CPython instead of after the whole Java stack.
 *
 * <p>The counter is the running thread's, which lives in {@code dev.krait.runtime}; the runtime
 * installs it here when it starts (this package cannot see it), and before that nothing is
 * counted.
 *
 * <p>CPython counterpart: Include/internal/pycore_ceval.h {@code _Py_EnterRecursiveCall} and
 * {@code _Py_LeaveRecursiveCall}.
 */
public final class Recursion {
    private Recursion() {}

    /** The thread's recursion counter: {@code enter} raises RecursionError past the limit. */
    public interface Counter {
        void enter(String where);

        void leave();
    }

    private static final Counter UNCOUNTED = new Counter() {
        @Override
        public void enter(String where) {}

        @Override
        public void leave() {}
    };

    private static Counter counter = UNCOUNTED;

    // The messages' endings, as CPython words them.
    public static final String REPR = " while getting the repr of an object";
    public static final String STR = " while getting the str of an object";
    public static final String COMPARE = " in comparison";
    public static final String CALL = " while calling a Python object";
    public static final String INSTANCECHECK = " in __instancecheck__";
    public static final String SUBCLASSCHECK = " in __subclasscheck__";

    /** Called once by the runtime: counts steps with the running thread's counter. */
    public static void install(Counter c) {
        counter = c;
    }

    /**
     * Enters one recursive step; RecursionError ("maximum recursion depth exceeded" +
     * {@code where}) past the limit, and then the step is not entered. Pair with
     * {@link #leave} in a finally.
     */
    public static void enter(String where) {
        counter.enter(where);
    }

    public static void leave() {
        counter.leave();
    }
}
