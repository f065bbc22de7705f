package dev.krait.cli;

import dev.krait.runtime.Interpreter;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;

/**
 * A command line running on a thread of its own ({@link Main#start}): what a caller in the same
 * JVM (a test harness, an embedding application) holds to wait for it with a time limit, and to
 * stop it when it must be abandoned -- a program in a {@code while True: pass} loop would
 * otherwise run, and take the process's signals, until the JVM ends.
 *
 * <p>A stop asks each interpreter the command made to stop ({@link Interpreter#requestStop}):
 * its threads unwind at their next safe point, skipping the program's {@code except} and
 * {@code finally} clauses, and the command ends with status 1 and no message (CPython has no
 * counterpart: its programs end with their process).
 */
public final class CommandRun {
    /** The run whose command the current thread is running (its worker thread's). */
    private static final ThreadLocal<CommandRun> CURRENT = new ThreadLocal<>();

    private final Thread worker;
    private volatile int status;
    /** The interpreters the command made, which {@link #stop} stops. */
    private final List<Interpreter> interpreters = new java.util.ArrayList<>();
    private boolean stopRequested;

    private CommandRun(String[] args, PrintStream out, PrintStream err, long stackBytes) {
        worker = new Thread(null, () -> {
            CURRENT.set(this);
            status = Main.runGuarded(args, out, err);
        }, "krait-main", stackBytes);
    }

    /** Starts {@code args} on a new thread with a stack of {@code stackBytes}. */
    static CommandRun start(String[] args, PrintStream out, PrintStream err, long stackBytes) {
        CommandRun run = new CommandRun(args, out, err, stackBytes);
        run.worker.start();
        return run;
    }

    /**
     * Makes {@code interpreter}, which the command running on the current thread has just
     * made, one that {@link #stop} stops (at once, if the stop came first).
     */
    static void adopt(Interpreter interpreter) {
        CommandRun run = CURRENT.get();
        if (run == null) {
            return;
        }
        synchronized (run) {
            run.interpreters.add(interpreter);
            if (!run.stopRequested) {
                return;
            }
        }
        interpreter.requestStop();
    }

    /** Waits until the command ends. */
    public void await() throws InterruptedException {
        worker.join();
    }

    /** Waits until the command ends, at most {@code limit}; returns whether it ended. */
    public boolean await(Duration limit) throws InterruptedException {
        worker.join(limit);
        return !worker.isAlive();
    }

    /** Whether the command has ended. */
    public boolean ended() {
        return !worker.isAlive();
    }

    /** The command's exit status, once it has ended (see {@link Main#run}). */
    public int status() {
        if (worker.isAlive()) {
            throw new IllegalStateException("the command is still running");
        }
        return status;
    }

    /**
     * Stops the command: asks its interpreters to stop, then waits at most {@code grace} for
     * it to end. Returns whether it ended; one that did not is blocked where no safe point comes
     * (a native call that does not return), and is left to end by itself.
     */
    public boolean stop(Duration grace) throws InterruptedException {
        List<Interpreter> toStop;
        synchronized (this) {
            stopRequested = true;
            toStop = List.copyOf(interpreters);
        }
        for (Interpreter interpreter : toStop) {
            interpreter.requestStop();
        }
        return await(grace);
    }
}
