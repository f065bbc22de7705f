package dev.krait.modules.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What start-up must know of descriptor 0, 1 or 2 to build {@code sys.stdin}, {@code stdout}
 * and {@code stderr} as CPython's {@code create_stdio} does: whether it is a directory (which
 * FileIO refuses), a terminal (line buffering) and seekable (TextIOWrapper asks at once).
 *
 * <p>Why not {@link FileDescriptors}: its calls go through the C library's FFM bindings, and
 * binding a downcall spins a stub class and some forty LambdaForms at run time, which the AOT
 * cache cannot hold -- tens of milliseconds of every start-up for fstat, lseek and isatty
 * (docs/PERFORMANCE.md, "Start-up, session 16"). The JDK's own file calls (JNI) answer the
 * same questions exactly on Linux:
 * <ul>
 * <li>{@code stat("/proc/self/fd/N")} follows the descriptor's link to its open file, so it
 *     gives the file type fstat(N) would;
 * <li>only a character device can be a terminal, and it is one exactly when its device number
 *     lies in the range of a terminal driver, which the kernel lists in /proc/tty/drivers;
 * <li>pipes, sockets and terminals never seek (their lseek fails with ESPIPE); for any other
 *     file a JNI lseek through {@link java.nio.channels.FileChannel#position()} tells.
 * </ul>
 * When an answer cannot be had that way (no /proc, say), {@link #probe} returns null and the
 * caller asks the C library as before. The buffer size (st_blksize, which no JDK call gives)
 * is looked up only when it matters ({@link PyBuffered#knowSize}).
 */
final class StandardDescriptor {
    private StandardDescriptor() {}

    /** The answers for one descriptor. */
    record Facts(boolean directory, boolean terminal, boolean seekable) {}

    private static final int S_IFMT = 0170000;
    private static final int S_IFSOCK = 0140000;
    private static final int S_IFDIR = 0040000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFIFO = 0010000;

    /** The facts of descriptor {@code fd} (0, 1 or 2), or null when they are not known. */
    static Facts probe(int fd) {
        try {
            Map<String, Object> a = Files.readAttributes(Path.of("/proc/self/fd/" + fd),
                    "unix:mode,rdev");
            int type = (Integer) a.get("mode") & S_IFMT;
            switch (type) {
                case S_IFDIR:
                    return new Facts(true, false, false);
                case S_IFIFO:
                case S_IFSOCK:
                    return new Facts(false, false, false);
                case S_IFCHR:
                    Boolean terminal = isTerminalDevice((Long) a.get("rdev"));
                    if (terminal == null) {
                        return null;
                    }
                    if (terminal) {
                        return new Facts(false, true, false);
                    }
                    break;
                default:
                    break;
            }
            Boolean seekable = seeks(fd);
            return seekable == null ? null : new Facts(false, false, seekable);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether a character device is a terminal: whether a terminal driver in /proc/tty/drivers
     * covers its major and minor number (glibc's encoding of dev_t). Null when the list cannot
     * be read. Its lines end "major minor-range type" ("pty_slave /dev/pts 136 0-1048575
     * pty:slave"; a single minor has no range).
     */
    private static Boolean isTerminalDevice(long rdev) throws IOException {
        long major = ((rdev >>> 8) & 0xfff) | ((rdev >>> 32) & ~0xfffL);
        long minor = (rdev & 0xff) | ((rdev >>> 12) & ~0xffL);
        List<String> lines = Files.readAllLines(Path.of("/proc/tty/drivers"));
        if (lines.isEmpty()) {
            return null;
        }
        for (String line : lines) {
            String[] f = fields(line);
            if (f.length < 5) {
                return null;
            }
            String range = f[f.length - 2];
            int dash = range.indexOf('-');
            long low = Long.parseLong(dash < 0 ? range : range.substring(0, dash));
            long high = dash < 0 ? low : Long.parseLong(range.substring(dash + 1));
            if (Long.parseLong(f[f.length - 3]) == major && minor >= low && minor <= high) {
                return true;
            }
        }
        return false;
    }

    /** The blank-separated fields of a line. */
    private static String[] fields(String line) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        int i = 0;
        int n = line.length();
        while (i < n) {
            while (i < n && line.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            while (i < n && line.charAt(i) != ' ') {
                i++;
            }
            if (i > start) {
                out.add(line.substring(start, i));
            }
        }
        return out.toArray(new String[0]);
    }

    /**
     * Whether lseek(fd, 0, SEEK_CUR) succeeds, asked through the JDK's file channel (JNI), as
     * CPython's FileIO.seekable asks. Null when the thread is interrupted: a file channel
     * closes its descriptor when an interrupted thread uses it.
     */
    private static Boolean seeks(int fd) {
        if (Thread.currentThread().isInterrupted()) {
            return null;
        }
        FileDescriptor d = fd == 0 ? FileDescriptor.in : fd == 1 ? FileDescriptor.out
                : FileDescriptor.err;
        try {
            // Not closed: the stream does not own the descriptor (no cleaner closes it either).
            new FileInputStream(d).getChannel().position();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
