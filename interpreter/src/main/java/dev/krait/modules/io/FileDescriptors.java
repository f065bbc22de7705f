package dev.krait.modules.io;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.nio.channels.FileChannel;
import java.util.HashMap;
import java.util.Map;

/**
 * The process's table of file descriptors as Krait sees them: small integers standing for open
 * Java channels, 0, 1 and 2 being the process's standard streams. Like the operating system's
 * table it is one per process, not per interpreter, because descriptors are a process resource
 * ({@code os.dup2(fd, 1)} in one interpreter affects all), so it is the one mutable static of
 * this package. New descriptors take the lowest free number from 3, as POSIX {@code open} does.
 *
 * <p>Krait's channels are not the C library's descriptors: a number here means nothing to a
 * child process. The posix module of the native-stdlib issue may replace this table with real
 * descriptors through the Foreign Function API; FileIO only asks it for a channel by number.
 */
final class FileDescriptors {
    private FileDescriptors() {}

    private static final Map<Integer, FileChannel> TABLE = new HashMap<>();

    /** The channel of an open descriptor, or null. */
    static synchronized FileChannel get(int fd) {
        FileChannel c = TABLE.get(fd);
        if (c == null && fd >= 0 && fd <= 2) {
            c = standard(fd);
            TABLE.put(fd, c);
        }
        return c;
    }

    private static FileChannel standard(int fd) {
        return switch (fd) {
            case 0 -> new FileInputStream(FileDescriptor.in).getChannel();
            case 1 -> new FileOutputStream(FileDescriptor.out).getChannel();
            default -> new FileOutputStream(FileDescriptor.err).getChannel();
        };
    }

    /** Registers a newly opened channel under the lowest free descriptor number. */
    static synchronized int add(FileChannel c) {
        int fd = 3;
        while (TABLE.containsKey(fd)) {
            fd++;
        }
        TABLE.put(fd, c);
        return fd;
    }

    /** Forgets a descriptor (the caller closes the channel). */
    static synchronized void remove(int fd) {
        TABLE.remove(fd);
    }
}
