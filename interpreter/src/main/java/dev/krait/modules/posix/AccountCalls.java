package dev.krait.modules.posix;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;
import static dev.krait.modules.posix.Libc.internal;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The C library's user and group databases ({@code getpwuid}, {@code getpwnam},
 * {@code getpwent}, {@code getgrgid}, {@code getgrnam}, {@code getgrent}) for the {@code pwd}
 * and {@code grp} modules. The functions return pointers into static storage, so the calls
 * are serialised here, and each entry is copied out at once. Linux's 64-bit layouts of
 * {@code struct passwd} and {@code struct group} are read.
 */
public final class AccountCalls {
    private AccountCalls() {}

    /** A password-database entry. */
    public record Passwd(byte[] name, byte[] passwd, long uid, long gid, byte[] gecos,
            byte[] dir, byte[] shell) {}

    /** A group-database entry. */
    public record Group(byte[] name, byte[] passwd, long gid, List<byte[]> members) {}

    // Each C function is bound in a holder class of its own, which the JVM initialises on the
    // function's first call: binding a downcall handle spins classes, and a program calls few
    // of these functions. The handle stays a constant the JIT can inline.
    private static final class Getpwuid {
        static final MethodHandle H = Libc.plainCall("getpwuid",
                FunctionDescriptor.of(PTR, INT));
    }
    private static final class Getpwnam {
        static final MethodHandle H = Libc.plainCall("getpwnam",
                FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Setpwent {
        static final MethodHandle H = Libc.plainCall("setpwent",
                FunctionDescriptor.ofVoid());
    }
    private static final class Getpwent {
        static final MethodHandle H = Libc.plainCall("getpwent",
                FunctionDescriptor.of(PTR));
    }
    private static final class Endpwent {
        static final MethodHandle H = Libc.plainCall("endpwent",
                FunctionDescriptor.ofVoid());
    }
    private static final class Getgrgid {
        static final MethodHandle H = Libc.plainCall("getgrgid",
                FunctionDescriptor.of(PTR, INT));
    }
    private static final class Getgrnam {
        static final MethodHandle H = Libc.plainCall("getgrnam",
                FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Setgrent {
        static final MethodHandle H = Libc.plainCall("setgrent",
                FunctionDescriptor.ofVoid());
    }
    private static final class Getgrent {
        static final MethodHandle H = Libc.plainCall("getgrent",
                FunctionDescriptor.of(PTR));
    }
    private static final class Endgrent {
        static final MethodHandle H = Libc.plainCall("endgrent",
                FunctionDescriptor.ofVoid());
    }

    private static final Object LOCK = new Object();

    private static byte[] string(MemorySegment s, long offset) {
        MemorySegment p = s.get(ValueLayout.ADDRESS, offset);
        return p.address() == 0 ? new byte[0] : Libc.cBytes(p, 1 << 16);
    }

    private static Passwd passwd(MemorySegment p) {
        if (p.address() == 0) {
            return null;
        }
        MemorySegment s = p.reinterpret(48);
        return new Passwd(string(s, 0), string(s, 8),
                Integer.toUnsignedLong(s.get(ValueLayout.JAVA_INT, 16)),
                Integer.toUnsignedLong(s.get(ValueLayout.JAVA_INT, 20)),
                string(s, 24), string(s, 32), string(s, 40));
    }

    private static Group group(MemorySegment p) {
        if (p.address() == 0) {
            return null;
        }
        MemorySegment s = p.reinterpret(32);
        List<byte[]> members = new ArrayList<>();
        MemorySegment mem = s.get(ValueLayout.ADDRESS, 24);
        if (mem.address() != 0) {
            mem = mem.reinterpret(Long.MAX_VALUE);
            for (long i = 0;; i++) {
                MemorySegment m = mem.getAtIndex(ValueLayout.ADDRESS, i);
                if (m.address() == 0) {
                    break;
                }
                members.add(Libc.cBytes(m, 1 << 16));
            }
        }
        return new Group(string(s, 0), string(s, 8),
                Integer.toUnsignedLong(s.get(ValueLayout.JAVA_INT, 16)), members);
    }

    /** The entry of {@code uid}, or null. */
    public static Passwd getpwuid(int uid) {
        synchronized (LOCK) {
            try {
                return passwd((MemorySegment) Getpwuid.H.invokeExact(uid));
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }

    public static Passwd getpwnam(byte[] name) {
        synchronized (LOCK) {
            try (Arena a = Arena.ofConfined()) {
                return passwd((MemorySegment) Getpwnam.H.invokeExact(Libc.cString(a, name)));
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }

    public static List<Passwd> getpwall() {
        synchronized (LOCK) {
            try {
                List<Passwd> out = new ArrayList<>();
                Setpwent.H.invokeExact();
                for (Passwd p; (p = passwd((MemorySegment) Getpwent.H.invokeExact())) != null;) {
                    out.add(p);
                }
                Endpwent.H.invokeExact();
                return out;
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }

    public static Group getgrgid(int gid) {
        synchronized (LOCK) {
            try {
                return group((MemorySegment) Getgrgid.H.invokeExact(gid));
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }

    public static Group getgrnam(byte[] name) {
        synchronized (LOCK) {
            try (Arena a = Arena.ofConfined()) {
                return group((MemorySegment) Getgrnam.H.invokeExact(Libc.cString(a, name)));
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }

    public static List<Group> getgrall() {
        synchronized (LOCK) {
            try {
                List<Group> out = new ArrayList<>();
                Setgrent.H.invokeExact();
                for (Group g; (g = group((MemorySegment) Getgrent.H.invokeExact())) != null;) {
                    out.add(g);
                }
                Endgrent.H.invokeExact();
                return out;
            } catch (Throwable t) {
                throw internal(t);
            }
        }
    }
}
