package dev.krait.modules.posix;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The fields of a C {@code struct stat}, read out of the buffer {@code fstatat}/{@code fstat}
 * filled. The struct's layout is the kernel's, which differs by architecture: x86-64 has its
 * own; AArch64 (and RISC-V) use the generic one. Other systems are not supported (the posix
 * module then fails to import, and Python code sees the error).
 */
public record StatBuffer(long dev, long ino, long mode, long nlink, long uid, long gid,
        long rdev, long size, long blksize, long blocks, long atimeSec, long atimeNsec,
        long mtimeSec, long mtimeNsec, long ctimeSec, long ctimeNsec) {

    private static final boolean X86_64 = switch (System.getProperty("os.arch", "")) {
        case "amd64", "x86_64" -> true;
        default -> false;
    };

    /** The size of {@code struct stat}, rounded up generously. */
    static final long SIZE = 256;

    static StatBuffer of(MemorySegment s) {
        ValueLayout.OfLong l = ValueLayout.JAVA_LONG;
        ValueLayout.OfInt i = ValueLayout.JAVA_INT;
        long dev = s.get(l, 0);
        long ino = s.get(l, 8);
        long mode;
        long nlink;
        long uid;
        long gid;
        long rdev;
        long blksize;
        if (X86_64) {
            nlink = s.get(l, 16);
            mode = Integer.toUnsignedLong(s.get(i, 24));
            uid = Integer.toUnsignedLong(s.get(i, 28));
            gid = Integer.toUnsignedLong(s.get(i, 32));
            rdev = s.get(l, 40);
            blksize = s.get(l, 56);
        } else {
            mode = Integer.toUnsignedLong(s.get(i, 16));
            nlink = Integer.toUnsignedLong(s.get(i, 20));
            uid = Integer.toUnsignedLong(s.get(i, 24));
            gid = Integer.toUnsignedLong(s.get(i, 28));
            rdev = s.get(l, 32);
            blksize = s.get(i, 56);
        }
        return new StatBuffer(dev, ino, mode, nlink, uid, gid, rdev, s.get(l, 48), blksize,
                s.get(l, 64), s.get(l, 72), s.get(l, 80), s.get(l, 88), s.get(l, 96),
                s.get(l, 104), s.get(l, 112));
    }

    /** S_ISDIR. */
    public boolean isDirectory() {
        return (mode & 0170000) == 0040000;
    }

    /** S_ISREG. */
    public boolean isRegular() {
        return (mode & 0170000) == 0100000;
    }

    /** S_ISLNK. */
    public boolean isLink() {
        return (mode & 0170000) == 0120000;
    }
}
