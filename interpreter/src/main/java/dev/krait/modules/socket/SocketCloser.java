package dev.krait.modules.socket;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.SafePoints;
import java.lang.ref.PhantomReference;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Closes the descriptor of a socket that became garbage without being closed, as CPython's
 * socket finaliser does ({@code sock_finalize}) when the last reference goes. Krait has no
 * reference counts, so this happens when the JVM's collector finds the socket unreachable; the
 * close runs on a Python thread at a safe point (see {@link SafePoints}). The closer keeps its
 * own copy of the descriptor, which {@code close()} and {@code detach()} set to -1, so a
 * descriptor the program closed (and the kernel may have reused) is never closed twice.
 *
 * <p>CPython counterpart: Modules/socketmodule.c {@code sock_finalize} (without its
 * ResourceWarning, which the default warning filters hide anyway).
 */
final class SocketCloser extends PhantomReference<PySocket> implements SafePoints.Cleanup {
    /** The interpreter's closers not yet run, kept reachable so that the JVM enqueues them. */
    private final Set<SocketCloser> pending;
    private volatile int fd;

    private SocketCloser(PySocket socket, Interpreter interpreter, int fd,
            Set<SocketCloser> pending) {
        super(socket, interpreter.referenceQueue());
        this.fd = fd;
        this.pending = pending;
    }

    /** The set of pending closers an interpreter keeps (in its {@link SocketState}). */
    static Set<SocketCloser> newPendingSet() {
        return Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
    }

    /** A closer for {@code socket}'s descriptor {@code fd}. */
    static SocketCloser watch(PySocket socket, Interpreter interpreter, int fd) {
        Set<SocketCloser> pending = interpreter.state(SocketState.class, SocketState::new)
                .pendingClosers;
        SocketCloser c = new SocketCloser(socket, interpreter, fd, pending);
        pending.add(c);
        return c;
    }

    /** The socket closed or detached its descriptor itself: nothing to do any more. */
    void forget() {
        fd = -1;
        pending.remove(this);
    }

    @Override
    public void cleanUp() {
        pending.remove(this);
        int old = fd;
        fd = -1;
        if (old >= 0) {
            try {
                PosixCalls.close(old);
            } catch (Libc.Failure f) {
                // CPython ignores a failing close in the finaliser too
            }
        }
    }
}
