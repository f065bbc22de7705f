package dev.krait.modules.termios;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.LONG;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.check;
import static dev.krait.modules.posix.Libc.internal;
import static dev.krait.modules.posix.Libc.state;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The C library's terminal calls. A {@code struct termios} travels as a {@link Mode}, read from
 * and written to the C layout of Linux x86-64 (four tcflag_t, c_line, NCCS control characters,
 * then the two speeds); the speeds go through {@code cfget/cfset*speed} as CPython's do, so
 * the bit layout of the speed fields stays the C library's business. Each call throws
 * {@link Libc.Failure} with errno when it fails.
 */
final class TermiosCalls {
    private TermiosCalls() {}

    static final int NCCS = 32;
    private static final long TERMIOS_SIZE = 60;
    private static final long CC_OFFSET = 17;
    private static final long TIOCGWINSZ = 0x5413;
    private static final long TIOCSWINSZ = 0x5414;

    /** The fields of a {@code struct termios} that Python sees, plus the rest as raw bytes. */
    static final class Mode {
        final byte[] raw;
        int iflag;
        int oflag;
        int cflag;
        int lflag;
        final byte[] cc = new byte[NCCS];
        int ispeed;
        int ospeed;

        Mode(byte[] raw) {
            this.raw = raw;
        }
    }

    // Each C function is bound in a holder class of its own, on its first call.
    private static final class Tcgetattr {
        static final MethodHandle H = Libc.errnoCall("tcgetattr",
                FunctionDescriptor.of(INT, INT, PTR));
    }
    private static final class Tcsetattr {
        static final MethodHandle H = Libc.errnoCall("tcsetattr",
                FunctionDescriptor.of(INT, INT, INT, PTR));
    }
    private static final class Cfgetispeed {
        static final MethodHandle H = Libc.plainCall("cfgetispeed",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Cfgetospeed {
        static final MethodHandle H = Libc.plainCall("cfgetospeed",
                FunctionDescriptor.of(INT, PTR));
    }
    private static final class Cfsetispeed {
        static final MethodHandle H = Libc.errnoCall("cfsetispeed",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Cfsetospeed {
        static final MethodHandle H = Libc.errnoCall("cfsetospeed",
                FunctionDescriptor.of(INT, PTR, INT));
    }
    private static final class Tcsendbreak {
        static final MethodHandle H = Libc.errnoCall("tcsendbreak",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Tcdrain {
        static final MethodHandle H = Libc.errnoCall("tcdrain", FunctionDescriptor.of(INT, INT));
    }
    private static final class Tcflush {
        static final MethodHandle H = Libc.errnoCall("tcflush",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class Tcflow {
        static final MethodHandle H = Libc.errnoCall("tcflow",
                FunctionDescriptor.of(INT, INT, INT));
    }
    private static final class IoctlPtr {
        static final MethodHandle H = Libc.errnoCall("ioctl",
                FunctionDescriptor.of(INT, INT, LONG, PTR), Linker.Option.firstVariadicArg(2));
    }

    static Mode tcgetattr(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(TERMIOS_SIZE, 4);
            check((int) Tcgetattr.H.invokeExact(state(), fd, s));
            Mode m = new Mode(s.toArray(ValueLayout.JAVA_BYTE));
            m.iflag = s.get(ValueLayout.JAVA_INT, 0);
            m.oflag = s.get(ValueLayout.JAVA_INT, 4);
            m.cflag = s.get(ValueLayout.JAVA_INT, 8);
            m.lflag = s.get(ValueLayout.JAVA_INT, 12);
            MemorySegment.copy(s, ValueLayout.JAVA_BYTE, CC_OFFSET, m.cc, 0, NCCS);
            m.ispeed = (int) Cfgetispeed.H.invokeExact(s);
            m.ospeed = (int) Cfgetospeed.H.invokeExact(s);
            return m;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** tcsetattr with {@code m}'s fields written over the raw struct it was read as. */
    static void tcsetattr(int fd, int when, Mode m) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(TERMIOS_SIZE, 4);
            MemorySegment.copy(m.raw, 0, s, ValueLayout.JAVA_BYTE, 0, m.raw.length);
            s.set(ValueLayout.JAVA_INT, 0, m.iflag);
            s.set(ValueLayout.JAVA_INT, 4, m.oflag);
            s.set(ValueLayout.JAVA_INT, 8, m.cflag);
            s.set(ValueLayout.JAVA_INT, 12, m.lflag);
            MemorySegment.copy(m.cc, 0, s, ValueLayout.JAVA_BYTE, CC_OFFSET, NCCS);
            check((int) Cfsetispeed.H.invokeExact(state(), s, m.ispeed));
            check((int) Cfsetospeed.H.invokeExact(state(), s, m.ospeed));
            check((int) Tcsetattr.H.invokeExact(state(), fd, when, s));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void tcsendbreak(int fd, int duration) {
        try {
            check((int) Tcsendbreak.H.invokeExact(state(), fd, duration));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void tcdrain(int fd) {
        try {
            check((int) Tcdrain.H.invokeExact(state(), fd));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void tcflush(int fd, int queue) {
        try {
            check((int) Tcflush.H.invokeExact(state(), fd, queue));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void tcflow(int fd, int action) {
        try {
            check((int) Tcflow.H.invokeExact(state(), fd, action));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** The window size as four unsigned shorts: rows, columns, x pixels, y pixels. */
    static int[] getWinsize(int fd) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = arena.allocate(8, 2);
            check((int) IoctlPtr.H.invokeExact(state(), fd, TIOCGWINSZ, w));
            int[] r = new int[4];
            for (int i = 0; i < 4; i++) {
                r[i] = Short.toUnsignedInt(w.get(ValueLayout.JAVA_SHORT, 2L * i));
            }
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static void setWinsize(int fd, int[] size) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment w = arena.allocate(8, 2);
            for (int i = 0; i < 4; i++) {
                w.set(ValueLayout.JAVA_SHORT, 2L * i, (short) size[i]);
            }
            check((int) IoctlPtr.H.invokeExact(state(), fd, TIOCSWINSZ, w));
        } catch (Throwable t) {
            throw internal(t);
        }
    }
}
