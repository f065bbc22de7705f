package dev.krait.modules.signal;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.nio.ByteBuffer;

/**
 * The C library's signal-set calls ({@code pthread_sigmask}, {@code sigpending},
 * {@code sigtimedwait}, {@code pthread_kill}, {@code pidfd_send_signal}) over sets written as
 * a {@code long} whose bit {@code n - 1} stands for signal {@code n}: glibc's
 * {@code sigset_t} on Linux keeps signals 1 to 64 in its first 64-bit word, in that order.
 * Each call that fails throws {@link Libc.Failure} with its errno.
 */
final class SigsetCalls {
    private SigsetCalls() {}

    /** sizeof(sigset_t) and sizeof(siginfo_t) on glibc. */
    private static final long SIGSET_BYTES = 128;
    private static final long SIGINFO_BYTES = 128;

    private static final class PthreadSigmask {
        static final MethodHandle H = Libc.plainCall("pthread_sigmask",
                FunctionDescriptor.of(Libc.INT, Libc.INT, Libc.PTR, Libc.PTR));
    }

    private static final class Sigpending {
        static final MethodHandle H = Libc.errnoCall("sigpending",
                FunctionDescriptor.of(Libc.INT, Libc.PTR));
    }

    private static final class Sigtimedwait {
        static final MethodHandle H = Libc.errnoCall("sigtimedwait",
                FunctionDescriptor.of(Libc.INT, Libc.PTR, Libc.PTR, Libc.PTR));
    }

    private static final class PthreadKill {
        static final MethodHandle H = Libc.plainCall("pthread_kill",
                FunctionDescriptor.of(Libc.INT, Libc.LONG, Libc.INT));
    }

    private static final class PidfdSendSignal {
        static final MethodHandle H = Libc.errnoCall("pidfd_send_signal",
                FunctionDescriptor.of(Libc.INT, Libc.INT, Libc.INT, Libc.PTR, Libc.INT));
    }

    /** What one signal taken by {@link #poll} carried (siginfo_t's fields CPython reads). */
    record Info(int signo, int code, int errno, int pid, long uid, int status, long band) {}

    private static MemorySegment sigset(Arena a, long bits) {
        MemorySegment s = a.allocate(SIGSET_BYTES, 8);
        Libc.fields(s).putLong(0, bits);
        return s;
    }

    /**
     * pthread_sigmask(how, set) on the calling thread; returns the previous mask. Fails with
     * the error number the call answers (EINVAL for an unknown {@code how}).
     */
    static long pthreadSigmask(int how, long bits) {
        try (Arena a = Arena.ofConfined()) {
            return sigmask(a, how, sigset(a, bits));
        }
    }

    /** The calling thread's signal mask, unchanged. */
    static long currentMask() {
        try (Arena a = Arena.ofConfined()) {
            return sigmask(a, 0, MemorySegment.NULL);
        }
    }

    /** pthread_sigmask(how, set, &old) (a NULL set changes nothing); returns the old mask. */
    private static long sigmask(Arena a, int how, MemorySegment set) {
        try {
            MemorySegment old = a.allocate(SIGSET_BYTES, 8);
            int err = (int) PthreadSigmask.H.invokeExact(how, set, old);
            if (err != 0) {
                throw new Libc.Failure(err);
            }
            return Libc.fields(old).getLong(0);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** sigpending(): the signals pending for the calling thread or the process. */
    static long sigpending() {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment s = a.allocate(SIGSET_BYTES, 8);
            Libc.check((int) Sigpending.H.invokeExact(Libc.state(), s));
            return Libc.fields(s).getLong(0);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /**
     * sigtimedwait(set) with a zero timeout: takes one signal of {@code bits} pending for the
     * calling thread or the process, or returns null when none is.
     */
    static Info poll(long bits) {
        try (Arena a = Arena.ofConfined()) {
            MemorySegment info = a.allocate(SIGINFO_BYTES, 8);
            MemorySegment zero = a.allocate(16, 8);
            int n = (int) Sigtimedwait.H.invokeExact(Libc.state(), sigset(a, bits), info, zero);
            if (n == -1) {
                int errno = Libc.lastErrno();
                // EAGAIN: nothing pending; EINTR: a handled signal came meanwhile
                if (errno == 11 || errno == 4) {
                    return null;
                }
                throw new Libc.Failure(errno);
            }
            // Linux x86-64 siginfo_t: si_signo, si_errno, si_code, then the union at 16
            ByteBuffer b = Libc.fields(info);
            return new Info(b.getInt(0), b.getInt(8), b.getInt(4), b.getInt(16),
                    Integer.toUnsignedLong(b.getInt(20)), b.getInt(24), b.getLong(16));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** pthread_kill(thread, signum). */
    static void pthreadKill(long pthread, int signum) {
        try {
            int err = (int) PthreadKill.H.invokeExact(pthread, signum);
            if (err != 0) {
                throw new Libc.Failure(err);
            }
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** pidfd_send_signal(pidfd, signum, NULL, flags). */
    static void pidfdSendSignal(int pidfd, int signum, int flags) {
        try {
            Libc.check((int) PidfdSendSignal.H.invokeExact(Libc.state(), pidfd, signum,
                    MemorySegment.NULL, flags));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }
}
