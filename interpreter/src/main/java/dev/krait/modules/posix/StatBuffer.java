package dev.krait.modules.posix;

import java.lang.foreign.MemorySegment;

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
        java.nio.ByteBuffer b = Libc.fields(s);
        long dev = b.getLong(0);
        long ino = b.getLong(8);
        long mode;
        long nlink;
        long uid;
        long gid;
        long rdev;
        long blksize;
        if (X86_64) {
            nlink = b.getLong(16);
            mode = Integer.toUnsignedLong(b.getInt(24));
            uid = Integer.toUnsignedLong(b.getInt(28));
            gid = Integer.toUnsignedLong(b.getInt(32));
            rdev = b.getLong(40);
            blksize = b.getLong(56);
        } else {
            mode = Integer.toUnsignedLong(b.getInt(16));
            nlink = Integer.toUnsignedLong(b.getInt(20));
            uid = Integer.toUnsignedLong(b.getInt(24));
            gid = Integer.toUnsignedLong(b.getInt(28));
            rdev = b.getLong(32);
            blksize = b.getInt(56);
        }
        return new StatBuffer(dev, ino, mode, nlink, uid, gid, rdev, b.getLong(48), blksize,
                b.getLong(64), b.getLong(72), b.getLong(80), b.getLong(88), b.getLong(96),
                b.getLong(104), b.getLong(112));
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
