package dev.krait.modules.posix;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.text.Repr;
import java.util.Arrays;

/**
 * {@code os.DirEntry}: one entry scandir found, with its name, its path (the directory joined
 * with the name, typed as the directory argument was), and the answers {@code is_dir},
 * {@code is_file} and {@code is_symlink} give from readdir's {@code d_type} without a system
 * call when the file system reports it, else from {@code stat}, cached as CPython caches them.
 *
 * <p>CPython counterpart: Modules/posixmodule.c {@code DirEntry}.
 */
public final class PyDirEntry extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("DirEntry", PyDirEntry.class, null)
            .withModule("posix");

    private static final int DT_UNKNOWN = 0;
    private static final int DT_DIR = 4;
    private static final int DT_REG = 8;
    private static final int DT_LNK = 10;

    private final PathArg dir;
    private final ProcessCalls.DirEntryData data;
    private final PyObject name;
    private final PyObject path;
    private PyObject stat;
    private PyObject lstat;

    PyDirEntry(PathArg dir, ProcessCalls.DirEntryData data) {
        super(TYPE);
        this.dir = dir;
        this.data = data;
        this.name = dir.name(data.name());
        if (dir.fd >= 0) {
            path = name;
        } else {
            byte[] d = dir.bytes;
            boolean slash = d.length > 0 && d[d.length - 1] == '/';
            byte[] joined = Arrays.copyOf(d, d.length + (slash ? 0 : 1) + data.name().length);
            if (!slash) {
                joined[d.length] = '/';
            }
            System.arraycopy(data.name(), 0, joined, joined.length - data.name().length,
                    data.name().length);
            path = dir.name(joined);
        }
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create 'posix.DirEntry' instances");
    }

    /** {@code os.DirEntry[str]}: a generic alias (PEP 585). */
    // CPython: Modules/posixmodule.c DirEntry_methods (Py_GenericAlias)
    @Exposed(value = "__class_getitem__($type, item, /)", kind = Exposed.Kind.CLASS,
            doc = "See PEP 585", signature = Exposed.Signature.HIDDEN)
    public static PyObject __class_getitem__(PyType cls, PyObject item) {
        return dev.krait.objects.PyGenericAlias.classGetItem(cls, item);
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return name;
    }

    @Exposed.Getter("path")
    public PyObject path() {
        return path;
    }

    @Exposed("inode($self, /)")
    public long inode() {
        return data.ino();
    }

    @Exposed("__fspath__($self, /)")
    public PyObject __fspath__() {
        return path;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<DirEntry " + Ops.repr(name).value() + ">";
    }

    // CPython: Modules/posixmodule.c DirEntry_fetch_stat
    private PyObject fetchStat(boolean follow) {
        byte[] target = dir.fd >= 0 ? data.name() : pathBytes();
        int dirFd = dir.fd >= 0 ? dir.fd : PosixCalls.AT_FDCWD;
        try {
            return StatResults.statResult(PosixCalls.stat(dirFd, target,
                    follow ? 0 : PosixCalls.AT_SYMLINK_NOFOLLOW));
        } catch (Libc.Failure f) {
            throw PathArg.Errors.osError(f.errno, path, null);
        }
    }

    private byte[] pathBytes() {
        return path instanceof PyBytes b ? Arrays.copyOf(b.array(), b.size())
                : PathArg.encode((PyStr) path);
    }

    private PyObject getLstat() {
        if (lstat == null) {
            lstat = fetchStat(false);
        }
        return lstat;
    }

    @Exposed("stat($self, /, *, follow_symlinks=True)")
    public PyObject stat(PyObject followSymlinks) {
        if (!Ops.isTrue(followSymlinks)) {
            return getLstat();
        }
        if (stat == null) {
            stat = isSymlink() ? fetchStat(true) : getLstat();
        }
        return stat;
    }

    private boolean isSymlink() {
        if (data.type() != DT_UNKNOWN) {
            return data.type() == DT_LNK;
        }
        return modeOf(getLstat()) == 0120000;
    }

    private static long modeOf(PyObject st) {
        return ((PyInt) ((dev.krait.objects.PyTuple) st).get(0)).longValue() & 0170000;
    }

    // CPython: Modules/posixmodule.c DirEntry_test_mode
    private boolean testMode(boolean follow, long wanted, int dtype) {
        boolean link = isSymlink();
        if (data.type() != DT_UNKNOWN && !(follow && link)) {
            return data.type() == dtype;
        }
        try {
            return modeOf(stat(dev.krait.objects.PyBool.of(follow))) == wanted;
        } catch (dev.krait.objects.PyException e) {
            if (e.value.type().isSubtypeOf(PyExceptions.FileNotFoundError)) {
                return false;
            }
            throw e;
        }
    }

    @Exposed("is_dir($self, /, *, follow_symlinks=True)")
    public boolean is_dir(PyObject followSymlinks) {
        return testMode(Ops.isTrue(followSymlinks), 0040000, DT_DIR);
    }

    @Exposed("is_file($self, /, *, follow_symlinks=True)")
    public boolean is_file(PyObject followSymlinks) {
        return testMode(Ops.isTrue(followSymlinks), 0100000, DT_REG);
    }

    @Exposed("is_symlink($self, /)")
    public boolean is_symlink() {
        return isSymlink();
    }
}
