package dev.krait.runtime;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * One-shot delimited continuations, the JDK's own (the machinery under virtual threads,
 * {@code jdk.internal.vm.Continuation}), which let a generator's body — an ordinary recursive
 * walk of the executable tree — stop at a {@code yield} and resume later on the same thread.
 * A resume costs about a hundred nanoseconds, no thread hand-off and no rewriting of the tree.
 * The JDK does not export the package; the JVM must run with
 * {@code --add-exports java.base/jdk.internal.vm=ALL-UNNAMED} ({@code bin/krait}, the tests and
 * the jar manifest's {@code Add-Exports} see to it).
 */
public final class Continuations {
    private Continuations() {}

    private static final Object SCOPE;
    private static final MethodHandle NEW;
    private static final MethodHandle RUN;
    private static final MethodHandle YIELD;
    private static final MethodHandle IS_DONE;
    private static final String UNAVAILABLE;

    static {
        Object scope = null;
        MethodHandle newC = null;
        MethodHandle run = null;
        MethodHandle yield = null;
        MethodHandle done = null;
        String problem = null;
        try {
            Class<?> scopeClass = Class.forName("jdk.internal.vm.ContinuationScope");
            Class<?> contClass = Class.forName("jdk.internal.vm.Continuation");
            MethodHandles.Lookup l = MethodHandles.lookup();
            scope = l.findConstructor(scopeClass, MethodType.methodType(void.class, String.class))
                    .invoke("krait-generators");
            newC = l.findConstructor(contClass, MethodType.methodType(void.class, scopeClass,
                    Runnable.class)).asType(MethodType.methodType(Object.class, Object.class,
                    Runnable.class));
            run = l.findVirtual(contClass, "run", MethodType.methodType(void.class))
                    .asType(MethodType.methodType(void.class, Object.class));
            yield = l.findStatic(contClass, "yield", MethodType.methodType(boolean.class,
                    scopeClass)).asType(MethodType.methodType(boolean.class, Object.class));
            done = l.findVirtual(contClass, "isDone", MethodType.methodType(boolean.class))
                    .asType(MethodType.methodType(boolean.class, Object.class));
        } catch (Throwable e) {
            problem = e.toString();
        }
        SCOPE = scope;
        NEW = newC;
        RUN = run;
        YIELD = yield;
        IS_DONE = done;
        UNAVAILABLE = problem;
    }

    private static void check() {
        if (UNAVAILABLE != null) {
            throw dev.krait.objects.PyExceptions.systemError("generators need the JVM option "
                    + "--add-exports java.base/jdk.internal.vm=ALL-UNNAMED (" + UNAVAILABLE + ")");
        }
    }

    /** A new suspended computation that will run {@code body}. */
    public static Object create(Runnable body) {
        check();
        try {
            return NEW.invokeExact(SCOPE, body);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the continuation until it yields or ends. */
    public static void run(Object continuation) {
        try {
            RUN.invokeExact(continuation);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Suspends the innermost running continuation, returning to its {@link #run} caller. */
    public static void suspend() {
        try {
            boolean ok = (boolean) YIELD.invokeExact(SCOPE);
            if (!ok) {
                throw dev.krait.objects.PyExceptions.systemError("generator could not yield");
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    public static boolean isDone(Object continuation) {
        try {
            return (boolean) IS_DONE.invokeExact(continuation);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
