package dev.krait.modules.fcntl;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.WritableBuffer;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code fcntl} module: file control and I/O control on real file descriptors, for the
 * stdlib's lock files, non-blocking pipes and terminal size queries. Arguments are converted as
 * CPython's Argument Clinic and {@code PyArg_Parse} formats convert them (an int, or a byte
 * string the C call reads and writes, at most 1024 bytes), so the same calls succeed and fail
 * with the same messages; the calls themselves are the C library's ({@link FcntlCalls}).
 * Calls that may wait (a blocking lock) release the interpreter lock.
 *
 * <p>CPython counterpart: Modules/fcntlmodule.c.
 */
@NativeModule.Register("fcntl")
public final class FcntlModule implements NativeModule {
    /** The longest byte-string argument CPython copies into its stack buffer. */
    private static final int BUFSZ = 1024;
    private static final int LOCK_SH = 1;
    private static final int LOCK_EX = 2;
    private static final int LOCK_NB = 4;
    private static final int LOCK_UN = 8;
    private static final int F_SETLK = 6;
    private static final int F_SETLKW = 7;
    private static final short F_RDLCK = 0;
    private static final short F_WRLCK = 1;
    private static final short F_UNLCK = 2;

    /** Linux's values (glibc's headers) of the constants CPython exports. */
    private static final Object[] CONSTANTS = {
        "LOCK_SH", 1, "LOCK_EX", 2, "LOCK_NB", 4, "LOCK_UN", 8, "LOCK_MAND", 32,
        "LOCK_READ", 64, "LOCK_WRITE", 128, "LOCK_RW", 192,
        "F_DUPFD", 0, "F_DUPFD_CLOEXEC", 1030, "F_GETFD", 1, "F_SETFD", 2, "F_GETFL", 3,
        "F_SETFL", 4, "F_GETLK", 5, "F_SETLK", 6, "F_SETLKW", 7, "F_OFD_GETLK", 36,
        "F_OFD_SETLK", 37, "F_OFD_SETLKW", 38, "F_GETOWN", 9, "F_SETOWN", 8, "F_GETSIG", 11,
        "F_SETSIG", 10, "F_RDLCK", 0, "F_WRLCK", 1, "F_UNLCK", 2, "F_GETLK64", 5,
        "F_SETLK64", 6, "F_SETLKW64", 7, "FASYNC", 8192, "F_SETLEASE", 1024,
        "F_GETLEASE", 1025, "F_NOTIFY", 1026, "F_EXLCK", 4, "F_SHLCK", 8,
        "F_SETPIPE_SZ", 1031, "F_GETPIPE_SZ", 1032, "FD_CLOEXEC", 1,
        "DN_ACCESS", 1, "DN_MODIFY", 2, "DN_CREATE", 4, "DN_DELETE", 8, "DN_RENAME", 16,
        "DN_ATTRIB", 32, "DN_MULTISHOT", 0x80000000L,
        "F_ADD_SEALS", 1033, "F_GET_SEALS", 1034, "F_SEAL_SEAL", 1, "F_SEAL_SHRINK", 2,
        "F_SEAL_GROW", 4, "F_SEAL_WRITE", 8};

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("fcntl");
        m.put("__doc__", PyStr.of("This module performs file control and I/O control on file\n"
                + "descriptors.  It is an interface to the fcntl() and ioctl() Unix\nroutines.  "
                + "File descriptors can be obtained with the fileno() method of\na file or "
                + "socket object."));
        ModuleBuilder.addFunctions(m, FcntlModule.class);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of(((Number) CONSTANTS[i + 1]).longValue()));
        }
        return m;
    }

    // CPython: Modules/fcntlmodule.c fcntl_fcntl_impl
    @Exposed(value = "fcntl($module, fd, cmd, arg=0, /)", doc = "Perform the operation `cmd` "
            + "on file descriptor fd.\n\nThe values used for `cmd` are operating system "
            + "dependent, and are available\nas constants in the fcntl module, using the same "
            + "names as used in\nthe relevant C header files.  The argument arg is optional, "
            + "and\ndefaults to 0; it may be an int or a string.  If arg is given as a string,"
            + "\nthe return value of fcntl is a string of that length, containing the\n"
            + "resulting value put in the arg buffer by the operating system.  The length\nof "
            + "the arg string is not allowed to exceed 1024 bytes.  If the arg given\nis an "
            + "integer or if none is specified, the result value is an integer\ncorresponding "
            + "to the return value of the fcntl call in the C code.")
    public static PyObject fcntl(PyObject fdArg, PyObject cmdArg, PyObject arg) {
        int fd = CCalls.fileDescriptor(fdArg);
        int cmd = CArgs.asInt(cmdArg);
        byte[] buf = CCalls.readOnlyBytes(arg);
        if (buf != null) {
            if (buf.length > BUFSZ) {
                throw PyExceptions.valueError("fcntl string arg too long");
            }
            CCalls.retrying(() -> Gil.allowThreads(() -> FcntlCalls.fcntl(fd, cmd, buf)));
            return new PyBytes(buf);
        }
        int value = CArgs.unsignedIntMask(arg);
        return PyInt.of(CCalls.retrying(
                () -> Gil.allowThreads(() -> FcntlCalls.fcntl(fd, cmd, value))));
    }

    /**
     * A writable buffer is passed for the call to fill (and, with mutate_flag, is changed in
     * place); a read-only one as a copy whose new contents are returned; an int as an int.
     */
    // CPython: Modules/fcntlmodule.c fcntl_ioctl_impl
    @Exposed(value = "ioctl($module, fd, request, arg=0, mutate_flag=True, /)",
            doc = "Perform the operation `request` on file descriptor `fd`.\n\nThe values used "
            + "for `request` are operating system dependent, and are available\nas constants "
            + "in the fcntl or termios library modules, using the same names as\nused in the "
            + "relevant C header files.\n\nThe argument `arg` is optional, and defaults to 0; "
            + "it may be an int or a\nbuffer containing character data (most likely a string "
            + "or an array).\n\nIf the argument is a mutable buffer (such as an array) and if "
            + "the\nmutate_flag argument (which is only allowed in this case) is true then the"
            + "\nbuffer is (in effect) passed to the operating system and changes made by\nthe "
            + "OS will be reflected in the contents of the buffer after the call has\nreturned."
            + "  The return value is the integer returned by the ioctl system\ncall.\n\nIf the "
            + "argument is a mutable buffer and the mutable_flag argument is false,\nthe "
            + "behavior is as if a string had been passed.\n\nIf the argument is an immutable "
            + "buffer (most likely a string) then a copy\nof the buffer is passed to the "
            + "operating system and the return value is a\nstring of the same length containing"
            + " whatever the operating system put in\nthe buffer.  The length of the arg buffer"
            + " in this case is not allowed to\nexceed 1024 bytes.\n\nIf the arg given is an "
            + "integer or if none is specified, the result value is an integer\ncorresponding "
            + "to the return value of the ioctl call in the C code.")
    public static PyObject ioctl(PyObject fdArg, PyObject requestArg, PyObject arg,
            PyObject mutateFlag) {
        int fd = CCalls.fileDescriptor(fdArg);
        int request = CArgs.unsignedIntMask(requestArg);
        boolean mutate = Ops.isTrue(mutateFlag);
        WritableBuffer writable = WritableBuffer.of(arg);
        if (writable != null) {
            byte[] buf = PyBytes.bytesLikeCopy(arg);
            if (!mutate && buf.length > BUFSZ) {
                throw PyExceptions.valueError("ioctl string arg too long");
            }
            int r = Gil.allowThreads(() -> callIoctl(fd, request, buf));
            if (mutate) {
                writable.write(0, buf, 0, buf.length);
                return PyInt.of(r);
            }
            return new PyBytes(buf);
        }
        byte[] buf = arg instanceof PyStr ? CCalls.readOnlyBytes(arg) : PyBytes.bytesLikeCopy(arg);
        if (buf != null) {
            if (buf.length > BUFSZ) {
                throw PyExceptions.valueError("ioctl string arg too long");
            }
            Gil.allowThreads(() -> callIoctl(fd, request, buf));
            return new PyBytes(buf);
        }
        int value = CArgs.intFormat(arg);
        return PyInt.of(Gil.allowThreads(() -> {
            try {
                return FcntlCalls.ioctl(fd, request, value);
            } catch (Libc.Failure f) {
                throw CCalls.osError(f);
            }
        }));
    }

    /** ioctl is not retried after EINTR: CPython's is not. */
    private static int callIoctl(int fd, int request, byte[] buf) {
        try {
            return FcntlCalls.ioctl(fd, request, buf);
        } catch (Libc.Failure f) {
            throw CCalls.osError(f);
        }
    }

    // CPython: Modules/fcntlmodule.c fcntl_flock_impl
    @Exposed(value = "flock($module, fd, operation, /)", doc = "Perform the lock operation "
            + "`operation` on file descriptor `fd`.\n\nSee the Unix manual page for flock(2) "
            + "for details (On some systems, this\nfunction is emulated using fcntl()).")
    public static void flock(PyObject fdArg, PyObject operationArg) {
        int fd = CCalls.fileDescriptor(fdArg);
        int operation = CArgs.asInt(operationArg);
        CCalls.retrying(() -> Gil.allowThreads(() -> {
            FcntlCalls.flock(fd, operation);
            return 0;
        }));
    }

    // CPython: Modules/fcntlmodule.c fcntl_lockf_impl
    @Exposed(value = "lockf($module, fd, cmd, len=0, start=0, whence=0, /)",
            doc = "A wrapper around the fcntl() locking calls.\n\n`fd` is the file descriptor "
            + "of the file to lock or unlock, and operation is one\nof the following values:"
            + "\n\n    LOCK_UN - unlock\n    LOCK_SH - acquire a shared lock\n    LOCK_EX - "
            + "acquire an exclusive lock\n\nWhen operation is LOCK_SH or LOCK_EX, it can also "
            + "be bitwise ORed with\nLOCK_NB to avoid blocking on lock acquisition.  If LOCK_NB"
            + " is used and the\nlock cannot be acquired, an OSError will be raised and the "
            + "exception will\nhave an errno attribute set to EACCES or EAGAIN (depending on "
            + "the operating\nsystem -- for portability, check for either value).\n\n`len` is "
            + "the number of bytes to lock, with the default meaning to lock to\nEOF.  `start` "
            + "is the byte offset, relative to `whence`, to that the lock\nstarts.  `whence` is"
            + " as with fileobj.seek(), specifically:\n\n    0 - relative to the start of the "
            + "file (SEEK_SET)\n    1 - relative to the current buffer position (SEEK_CUR)\n"
            + "    2 - relative to the end of the file (SEEK_END)")
    public static void lockf(PyObject fdArg, PyObject cmdArg, PyObject lenArg,
            PyObject startArg, PyObject whenceArg) {
        int fd = CCalls.fileDescriptor(fdArg);
        int code = CArgs.asInt(cmdArg);
        int whence = CArgs.asInt(whenceArg);
        short type;
        if (code == LOCK_UN) {
            type = F_UNLCK;
        } else if ((code & LOCK_SH) != 0) {
            type = F_RDLCK;
        } else if ((code & LOCK_EX) != 0) {
            type = F_WRLCK;
        } else {
            throw PyExceptions.valueError("unrecognized lockf argument");
        }
        long start = CArgs.asLong(startArg);
        long len = CArgs.asLong(lenArg);
        int cmd = (code & LOCK_NB) != 0 ? F_SETLK : F_SETLKW;
        CCalls.retrying(() -> Gil.allowThreads(() -> {
            FcntlCalls.recordLock(fd, cmd, type, (short) whence, start, len);
            return 0;
        }));
    }
}
