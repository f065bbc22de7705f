package dev.krait.runtime;

/**
 * What unwinds a thread of an interpreter that was asked to stop ({@link
 * Interpreter#requestStop}): thrown at the thread's next safe point, and at every one after.
 *
 * <p>CPython has no such thing: a program it runs ends with its process, and an embedder cannot
 * stop a thread that runs Python code. Krait runs programs inside a JVM that goes on (a test
 * harness, an embedding application), so it needs a way to end one that does not end by itself.
 * The choice, and why:
 * <ul>
 *   <li>It is a Java {@link Error}, not a {@code PyException}: a Python {@code except} clause
 *       catches only Python exceptions (and Krait's internal {@code RuntimeException}s, as
 *       SystemError), so not even {@code except BaseException} sees it, and {@code finally}
 *       bodies, {@code with} statements' {@code __exit__} and generators' clean-ups, which run
 *       for Python exceptions only, are skipped, as a thread that is killed skips them. Java
 *       {@code finally} blocks still run, so the GIL, frames and native resources are given
 *       back.</li>
 *   <li>The request stays set: Python code that runs anyway while the error unwinds (a
 *       {@code finally} body already running, a {@code __del__}) meets it again at its next
 *       loop iteration or call, so nothing can loop forever once the stop is asked.</li>
 *   <li>It carries no stack trace (it is control flow, like Python exceptions here) and no
 *       suppressed exceptions.</li>
 * </ul>
 * Code that runs threads ends them quietly on it; a command line that it ends reports nothing
 * and gives status 1.
 */
public final class InterpreterStopped extends Error {
    public InterpreterStopped() {
        super("the interpreter was asked to stop", null, false, false);
    }
}
