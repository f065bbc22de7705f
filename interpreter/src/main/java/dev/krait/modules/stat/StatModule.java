package dev.krait.modules.stat;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _stat} module: the constants and functions of {@code <sys/stat.h>} that
 * {@code stat.py} takes over with {@code from _stat import *}. The values are Linux's; the file
 * types Linux lacks (doors, event ports, whiteouts) are 0, so their tests are always false, as
 * in CPython on Linux. A mode is a C {@code mode_t} (unsigned 32 bits): arguments are converted
 * as CPython's {@code _PyLong_AsMode_t} does, with its errors.
 *
 * <p>CPython counterpart: Modules/_stat.c.
 */
@NativeModule.Register("_stat")
public final class StatModule implements NativeModule {
    private static final String DOC = "S_IFMT_: file type bits\n"
            + "S_IFDIR: directory\n"
            + "S_IFCHR: character device\n"
            + "S_IFBLK: block device\n"
            + "S_IFREG: regular file\n"
            + "S_IFIFO: fifo (named pipe)\n"
            + "S_IFLNK: symbolic link\n"
            + "S_IFSOCK: socket file\n"
            + "S_IFDOOR: door\n"
            + "S_IFPORT: event port\n"
            + "S_IFWHT: whiteout\n"
            + "\n"
            + "S_ISUID: set UID bit\n"
            + "S_ISGID: set GID bit\n"
            + "S_ENFMT: file locking enforcement\n"
            + "S_ISVTX: sticky bit\n"
            + "S_IREAD: Unix V7 synonym for S_IRUSR\n"
            + "S_IWRITE: Unix V7 synonym for S_IWUSR\n"
            + "S_IEXEC: Unix V7 synonym for S_IXUSR\n"
            + "S_IRWXU: mask for owner permissions\n"
            + "S_IRUSR: read by owner\n"
            + "S_IWUSR: write by owner\n"
            + "S_IXUSR: execute by owner\n"
            + "S_IRWXG: mask for group permissions\n"
            + "S_IRGRP: read by group\n"
            + "S_IWGRP: write by group\n"
            + "S_IXGRP: execute by group\n"
            + "S_IRWXO: mask for others (not in group) permissions\n"
            + "S_IROTH: read by others\n"
            + "S_IWOTH: write by others\n"
            + "S_IXOTH: execute by others\n"
            + "\n"
            + "UF_NODUMP: do not dump file\n"
            + "UF_IMMUTABLE: file may not be changed\n"
            + "UF_APPEND: file may only be appended to\n"
            + "UF_OPAQUE: directory is opaque when viewed through a union stack\n"
            + "UF_NOUNLINK: file may not be renamed or deleted\n"
            + "UF_COMPRESSED: OS X: file is hfs-compressed\n"
            + "UF_HIDDEN: OS X: file should not be displayed\n"
            + "SF_ARCHIVED: file may be archived\n"
            + "SF_IMMUTABLE: file may not be changed\n"
            + "SF_APPEND: file may only be appended to\n"
            + "SF_NOUNLINK: file may not be renamed or deleted\n"
            + "SF_SNAPSHOT: file is a snapshot file\n"
            + "\n"
            + "ST_MODE\n"
            + "ST_INO\n"
            + "ST_DEV\n"
            + "ST_NLINK\n"
            + "ST_UID\n"
            + "ST_GID\n"
            + "ST_SIZE\n"
            + "ST_ATIME\n"
            + "ST_MTIME\n"
            + "ST_CTIME\n"
            + "\n"
            + "FILE_ATTRIBUTE_*: Windows file attribute constants\n"
            + "                   (only present on Windows)\n"
            + "";

    static final int S_IFMT = 0170000;
    static final int S_IFDIR = 0040000;
    static final int S_IFCHR = 0020000;
    static final int S_IFBLK = 0060000;
    static final int S_IFREG = 0100000;
    static final int S_IFIFO = 0010000;
    static final int S_IFLNK = 0120000;
    static final int S_IFSOCK = 0140000;
    static final int S_ISUID = 04000;
    static final int S_ISGID = 02000;
    static final int S_ISVTX = 01000;

    /** Name and value of every integer constant, in the order CPython's module adds them. */
    private static final Object[] CONSTANTS = {
        "S_IFDIR", S_IFDIR, "S_IFCHR", S_IFCHR, "S_IFBLK", S_IFBLK, "S_IFREG", S_IFREG,
        "S_IFIFO", S_IFIFO, "S_IFLNK", S_IFLNK, "S_IFSOCK", S_IFSOCK, "S_IFDOOR", 0,
        "S_IFPORT", 0, "S_IFWHT", 0,
        "S_ISUID", S_ISUID, "S_ISGID", S_ISGID, "S_ISVTX", S_ISVTX, "S_ENFMT", S_ISGID,
        "S_IREAD", 0400, "S_IWRITE", 0200, "S_IEXEC", 0100,
        "S_IRWXU", 0700, "S_IRUSR", 0400, "S_IWUSR", 0200, "S_IXUSR", 0100,
        "S_IRWXG", 070, "S_IRGRP", 040, "S_IWGRP", 020, "S_IXGRP", 010,
        "S_IRWXO", 07, "S_IROTH", 04, "S_IWOTH", 02, "S_IXOTH", 01,
        "UF_NODUMP", 0x1, "UF_IMMUTABLE", 0x2, "UF_APPEND", 0x4, "UF_OPAQUE", 0x8,
        "UF_NOUNLINK", 0x10, "UF_COMPRESSED", 0x20, "UF_HIDDEN", 0x8000,
        "SF_ARCHIVED", 0x10000, "SF_IMMUTABLE", 0x20000, "SF_APPEND", 0x40000,
        "SF_NOUNLINK", 0x100000, "SF_SNAPSHOT", 0x200000,
        "ST_MODE", 0, "ST_INO", 1, "ST_DEV", 2, "ST_NLINK", 3, "ST_UID", 4, "ST_GID", 5,
        "ST_SIZE", 6, "ST_ATIME", 7, "ST_MTIME", 8, "ST_CTIME", 9,
    };

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_stat");
        m.put("__doc__", PyStr.of(DOC));
        ModuleBuilder.addFunctions(m, StatModule.class);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        return m;
    }

    /**
     * A mode argument as a {@code mode_t}: an exact int (no {@code __index__}), not negative,
     * within an unsigned long, then within 32 bits.
     */
    // CPython: Modules/_stat.c _PyLong_AsMode_t, Objects/longobject.c PyLong_AsUnsignedLong
    static long mode(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw PyExceptions.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw PyExceptions.overflowError("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw PyExceptions.overflowError(
                    "Python int too large to convert to C unsigned long");
        }
        if (!i.isSmall() || i.longValue() > 0xFFFF_FFFFL) {
            throw PyExceptions.overflowError("mode out of range");
        }
        return i.longValue();
    }

    private static PyBool isType(PyObject mode, int type) {
        return PyBool.of((mode(mode) & S_IFMT) == type);
    }

    @Exposed(value = "S_ISDIR($module, mode, /)",
            doc = "S_ISDIR(mode) -> bool\n\nReturn True if mode is from a directory.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISDIR(PyObject mode) {
        return isType(mode, S_IFDIR);
    }

    @Exposed(value = "S_ISCHR($module, mode, /)", doc = "S_ISCHR(mode) -> bool\n\n"
            + "Return True if mode is from a character special device file.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISCHR(PyObject mode) {
        return isType(mode, S_IFCHR);
    }

    @Exposed(value = "S_ISBLK($module, mode, /)", doc = "S_ISBLK(mode) -> bool\n\n"
            + "Return True if mode is from a block special device file.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISBLK(PyObject mode) {
        return isType(mode, S_IFBLK);
    }

    @Exposed(value = "S_ISREG($module, mode, /)",
            doc = "S_ISREG(mode) -> bool\n\nReturn True if mode is from a regular file.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISREG(PyObject mode) {
        return isType(mode, S_IFREG);
    }

    @Exposed(value = "S_ISFIFO($module, mode, /)",
            doc = "S_ISFIFO(mode) -> bool\n\nReturn True if mode is from a FIFO (named pipe).",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISFIFO(PyObject mode) {
        return isType(mode, S_IFIFO);
    }

    @Exposed(value = "S_ISLNK($module, mode, /)",
            doc = "S_ISLNK(mode) -> bool\n\nReturn True if mode is from a symbolic link.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISLNK(PyObject mode) {
        return isType(mode, S_IFLNK);
    }

    @Exposed(value = "S_ISSOCK($module, mode, /)",
            doc = "S_ISSOCK(mode) -> bool\n\nReturn True if mode is from a socket.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISSOCK(PyObject mode) {
        return isType(mode, S_IFSOCK);
    }

    /** Doors, event ports and whiteouts do not exist on Linux: the test only checks the mode. */
    private static PyBool never(PyObject mode) {
        mode(mode);
        return PyBool.FALSE;
    }

    @Exposed(value = "S_ISDOOR($module, mode, /)",
            doc = "S_ISDOOR(mode) -> bool\n\nReturn True if mode is from a door.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISDOOR(PyObject mode) {
        return never(mode);
    }

    @Exposed(value = "S_ISPORT($module, mode, /)",
            doc = "S_ISPORT(mode) -> bool\n\nReturn True if mode is from an event port.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISPORT(PyObject mode) {
        return never(mode);
    }

    @Exposed(value = "S_ISWHT($module, mode, /)",
            doc = "S_ISWHT(mode) -> bool\n\nReturn True if mode is from a whiteout.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_ISWHT(PyObject mode) {
        return never(mode);
    }

    // CPython: Modules/_stat.c stat_S_IMODE
    @Exposed(value = "S_IMODE($module, mode, /)",
            doc = "Return the portion of the file's mode that can be set by os.chmod().",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_IMODE(PyObject mode) {
        return PyInt.of(mode(mode) & 07777);
    }

    // CPython: Modules/_stat.c stat_S_IFMT
    @Exposed(value = "S_IFMT($module, mode, /)",
            doc = "Return the portion of the file's mode that describes the file type.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject S_IFMT(PyObject mode) {
        return PyInt.of(mode(mode) & S_IFMT);
    }

    // CPython: Modules/_stat.c stat_filemode, filetype, fileperm
    @Exposed(value = "filemode($module, mode, /)",
            doc = "Convert a file's mode to a string of the form '-rwxrwxrwx'",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject filemode(PyObject mode) {
        long m = mode(mode);
        char[] buf = new char[10];
        buf[0] = switch ((int) (m & S_IFMT)) {
            case S_IFREG -> '-';
            case S_IFDIR -> 'd';
            case S_IFLNK -> 'l';
            case S_IFBLK -> 'b';
            case S_IFCHR -> 'c';
            case S_IFIFO -> 'p';
            case S_IFSOCK -> 's';
            default -> '?';
        };
        permissions(m, buf, 1, 0400, 0200, 0100, S_ISUID, 's');
        permissions(m, buf, 4, 040, 020, 010, S_ISGID, 's');
        permissions(m, buf, 7, 04, 02, 01, S_ISVTX, 't');
        return PyStr.of(new String(buf));
    }

    /**
     * One "rwx" triple; a set special bit shows in the execute place as its letter (lower case
     * when the execute bit is also set, upper case when not).
     */
    private static void permissions(long m, char[] buf, int at, int r, int w, int x, int special,
            char letter) {
        buf[at] = (m & r) != 0 ? 'r' : '-';
        buf[at + 1] = (m & w) != 0 ? 'w' : '-';
        boolean exec = (m & x) != 0;
        if ((m & special) != 0) {
            buf[at + 2] = exec ? letter : Character.toUpperCase(letter);
        } else {
            buf[at + 2] = exec ? 'x' : '-';
        }
    }
}
