package dev.krait.modules.faulthandler;

import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.PyFrame;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.KraitThread;
import dev.krait.runtime.ThreadState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes Python tracebacks in faulthandler's format, straight to a file descriptor and
 * without calling Python code (as CPython's signal-safe dumper, so that it works from a
 * watchdog thread and while the program is stuck): one {@code File "name", line N in func}
 * line per frame, most recent first, at most 100 frames and 100 threads, names reduced to
 * ASCII with backslash escapes and cut at 500 characters.
 *
 * <p>The threads of an interpreter are the {@link KraitThread}s whose state belongs to it
 * (plus the calling thread), newest first as CPython lists its thread states. Reading another
 * thread's frames is unsynchronised, as in CPython: a dump is a best-effort snapshot.
 *
 * <p>CPython counterpart: Python/traceback.c {@code _Py_DumpTraceback},
 * {@code _Py_DumpTracebackThreads}.
 */
final class TracebackDump {
    private TracebackDump() {}

    private static final int MAX_STRING_LENGTH = 500;
    private static final int MAX_FRAME_DEPTH = 100;
    private static final int MAX_NTHREADS = 100;

    /** The current thread's stack under "Stack (most recent call first):". */
    // CPython: Python/traceback.c _Py_DumpTraceback
    static void dumpCurrent(int fd, ThreadState ts) {
        StringBuilder out = new StringBuilder("Stack (most recent call first):\n");
        frames(out, ts);
        write(fd, out);
    }

    /**
     * Every thread of {@code interp}, each under its "Thread 0x..." header ("Current thread"
     * for the one whose state is {@code current}, which may be null, as from the watchdog).
     */
    // CPython: Python/traceback.c _Py_DumpTracebackThreads
    static void dumpAll(int fd, Interpreter interp, ThreadState current) {
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (Running r : threadsOf(interp, current)) {
            if (n != 0) {
                out.append('\n');
            }
            if (n >= MAX_NTHREADS) {
                out.append("...\n");
                break;
            }
            out.append(r.state == current ? "Current thread 0x" : "Thread 0x");
            String hex = Long.toHexString(r.id);
            out.append("0".repeat(Math.max(0, 16 - hex.length()))).append(hex);
            out.append(" (most recent call first):\n");
            frames(out, r.state);
            n++;
        }
        write(fd, out);
    }

    /** A thread running Python code: its identifier (threading.get_ident's) and state. */
    private record Running(long id, ThreadState state) {}

    /**
     * The threads running code of {@code interp}, newest first: Krait's threads, and the
     * calling thread when it is another (an embedding program's) running that interpreter.
     */
    private static List<Running> threadsOf(Interpreter interp, ThreadState current) {
        List<Running> out = new ArrayList<>();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t instanceof KraitThread k && k.state() != null
                    && k.state().interpreter == interp && t.isAlive()) {
                out.add(new Running(t.threadId(), k.state()));
            }
        }
        Thread self = Thread.currentThread();
        if (!(self instanceof KraitThread) && current != null
                && ThreadState.current() == current) {
            out.add(new Running(self.threadId(), current));
        }
        out.sort(Comparator.comparingLong(Running::id).reversed());
        return out;
    }

    // CPython: Python/traceback.c dump_traceback, dump_frame
    private static void frames(StringBuilder out, ThreadState ts) {
        PyFrame f = ts.frame;
        if (f == null) {
            out.append("  <no Python frame>\n");
            return;
        }
        for (int depth = 0; f != null; depth++, f = f.back) {
            if (depth >= MAX_FRAME_DEPTH) {
                out.append("  ...\n");
                break;
            }
            out.append("  File \"");
            ascii(out, f.code.filename);
            out.append("\", line ");
            if (f.lineno >= 0) {
                out.append(f.lineno);
            } else {
                out.append("???");
            }
            out.append(" in ");
            ascii(out, f.code.name);
            out.append('\n');
        }
    }

    /** A name as ASCII, other characters escaped, cut at 500 characters. */
    // CPython: Python/traceback.c _Py_DumpASCII
    private static void ascii(StringBuilder out, String s) {
        int count = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (count++ >= MAX_STRING_LENGTH) {
                out.append("...");
                return;
            }
            if (c >= ' ' && c <= '~') {
                out.append((char) c);
            } else if (c <= 0xff) {
                out.append("\\x").append(hex(c, 2));
            } else if (c <= 0xffff) {
                out.append("\\u").append(hex(c, 4));
            } else {
                out.append("\\U").append(hex(c, 8));
            }
        }
    }

    private static String hex(int c, int digits) {
        String h = Integer.toHexString(c);
        return "0".repeat(Math.max(0, digits - h.length())) + h;
    }

    /** Writes everything, ignoring errors as CPython's _Py_write_noraise does. */
    static void write(int fd, CharSequence text) {
        byte[] b = text.toString().getBytes(StandardCharsets.US_ASCII);
        int off = 0;
        try {
            while (off < b.length) {
                off += PosixCalls.write(fd, b, off, b.length - off);
            }
        } catch (Libc.Failure e) {
            // nothing to report it to: the dump goes where errors would
        }
    }
}
