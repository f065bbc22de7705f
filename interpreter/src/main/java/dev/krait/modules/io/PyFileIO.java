package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.WritableBuffer;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.modules.posix.StatBuffer;
import java.io.ByteArrayOutputStream;

/**
 * {@code _io.FileIO}: the raw stream over one file descriptor — bytes in and out with no
 * buffering, each call one system call on a real C library descriptor ({@link FileDescriptors}
 * explains why), so the numbers agree with {@code os.open}, {@code os.pipe} and child
 * processes. Errors are the OSErrors the C library's errno gives CPython.
 *
 * <p>CPython counterpart: Modules/_io/fileio.c.
 */
public class PyFileIO extends PyRawIOBase {
    public static final PyType TYPE = PyType.builtin("FileIO", PyFileIO.class, PyRawIOBase.TYPE)
            .withModule("_io");

    private static final int O_WRONLY = 1;
    private static final int O_RDWR = 2;
    private static final int O_CREAT = 0100;
    private static final int O_EXCL = 0200;
    private static final int O_TRUNC = 01000;
    private static final int O_APPEND = 02000;
    private static final int O_CLOEXEC = 02000000;

    /** The descriptor, or -1 once closed (CPython's {@code self->fd}). */
    int fd = -1;
    /**
     * st_blksize of the open file, CPython's {@code blksize}; {@link #BLKSIZE_UNKNOWN} for a
     * standard stream until something needs it ({@link #standard}).
     */
    long blksize = IoModule.DEFAULT_BUFFER_SIZE;
    static final long BLKSIZE_UNKNOWN = 0;
    /** -1 unknown, else 0/1: whether the descriptor was a terminal when start-up looked. */
    private int terminalAtStart = -1;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    /** -1 unknown, else 0/1: cached answer of {@code seekable()}. */
    private int seekable = -1;
    /** Whether opening truncates ('w' modes). */
    private boolean truncating;
    /**
     * Whether the descriptor was a regular file when this FileIO opened it: reading one never
     * waits for input, so its reads skip the signal-aware wait ({@code InputWait}) and its
     * poll(2). (A descriptor later replaced by dup2 with a pipe then reads without that wait:
     * a signal is acted on when the read returns.)
     */
    private boolean regularFile;
    /**
     * st_dev and st_ino of what the descriptor referred to when this FileIO took it (0, 0 when
     * unknown): how a finalizer that runs late tells whether the descriptor is still this
     * file's ({@link #stillOwned}).
     */
    private long openedDev;
    private long openedIno;

    protected PyFileIO(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyFileIO f = new PyFileIO(cls);
        if (cls == TYPE) {
            // a file a program opens itself is closed when dropped, as open()'s are (a
            // subclass's instance is finalized as any instance with __del__)
            f.watchForFinalization();
        }
        return f;
    }

    /**
     * The FileIO of standard descriptor 0, 1 or 2, not closing it, as CPython's create_stdio
     * opens it. What CPython's FileIO learns from fstat and lseek as it opens -- a directory is
     * refused, whether it seeks -- and whether it is a terminal come from
     * {@link StandardDescriptor}, without binding the C library's functions; st_blksize is
     * looked up when first needed ({@link #blksize()}). Where those answers cannot be had, the
     * C library gives them, as for any descriptor.
     */
    static PyFileIO standard(int fd, String mode, PyObject name) {
        PyFileIO f = new PyFileIO(TYPE);
        StandardDescriptor.Facts facts = StandardDescriptor.probe(fd);
        if (facts == null) {
            f.__init__(PyInt.of(fd), PyStr.of(mode), dev.krait.objects.PyBool.FALSE,
                    PyNone.NONE);
        } else {
            if (facts.directory()) {
                throw IoErrors.osError(IoErrors.EISDIR, PyInt.of(fd));
            }
            f.parseMode(mode);
            f.closefd = false;
            f.fd = fd;
            f.blksize = BLKSIZE_UNKNOWN;
            f.seekable = facts.seekable() ? 1 : 0;
            f.terminalAtStart = facts.terminal() ? 1 : 0;
        }
        f.getDict().setItem(PyStr.of("name"), name);
        return f;
    }

    /**
     * Whether the descriptor is a terminal, as start-up found it: the answer that makes a
     * standard stream line-buffered (CPython's create_stdio asks isatty() once).
     */
    boolean terminalAtStart() {
        return terminalAtStart >= 0 ? terminalAtStart == 1 : isatty();
    }

    // CPython: Modules/_io/fileio.c _io_FileIO___init___impl
    @Exposed(value = "__init__($self, /, file, mode='r', closefd=True, opener=None)",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject file, PyObject mode, PyObject closefdArg, PyObject opener) {
        if (fd >= 0) {
            if (closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        String m = mode instanceof PyStr s ? s.value() : null;
        if (m == null) {
            throw PyExceptions.typeError("FileIO() argument 'mode' must be str, not "
                    + mode.type().getName());
        }
        int flags = parseMode(m);
        closefd = Ops.isTrue(closefdArg);
        Integer givenFd = null;
        if (file instanceof PyInt i) {
            if (!i.isSmall() || i.longValue() < 0) {
                throw PyExceptions.valueError("negative file descriptor");
            }
            givenFd = (int) i.longValue();
        }
        String path = null;
        if (givenFd == null) {
            path = IoModule.fsPath(file);
            if (path.indexOf('\0') >= 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        PyObject name = file;
        dev.krait.runtime.Audit.audit("open", file, mode, PyInt.of(flags | O_CLOEXEC));
        if (givenFd == null && !closefd) {
            throw PyExceptions.valueError("Cannot use closefd=False with file name");
        }
        if (givenFd != null) {
            fd = givenFd;
        } else if (opener != null && opener != PyNone.NONE) {
            PyObject r = Ops.call(opener, file, PyInt.of(flags | O_CLOEXEC));
            if (!(r instanceof PyInt ri)) {
                throw PyExceptions.typeError("expected integer from opener");
            }
            long v = ri.isSmall() ? ri.longValue() : -1;
            if (v < 0) {
                throw PyExceptions.valueError("opener returned " + Ops.str(ri));
            }
            fd = (int) v;
        } else {
            fd = FileDescriptors.open(path, flags, 0666, file);
        }
        // CPython checks the descriptor and refuses directories (open(2) accepts them for
        // reading), and takes the buffer size from st_blksize.
        StatBuffer st;
        try {
            st = FileDescriptors.fstat(fd);
        } catch (PyException e) {
            if (givenFd == null && closefd) {
                closeQuietly();
            } else {
                fd = -1;
            }
            throw e;
        }
        if (st.isDirectory()) {
            if (givenFd == null && closefd) {
                closeQuietly();
            }
            fd = -1;
            throw IoErrors.osError(IoErrors.EISDIR, file);
        }
        blksize = st.blksize() > 1 ? st.blksize() : IoModule.DEFAULT_BUFFER_SIZE;
        regularFile = st.isRegular();
        openedDev = st.dev();
        openedIno = st.ino();
        getDict().setItem(PyStr.of("name"), name);
        if (appending) {
            // CPython ignores a failed seek to the end here (pipes cannot seek).
            FileDescriptors.tryLseek(fd, 0, FileDescriptors.SEEK_END);
        }
    }

    private void closeQuietly() {
        int old = fd;
        fd = -1;
        try {
            FileDescriptors.close(old);
        } catch (PyException e) {
            // the open failed already; that error is the one to report
        }
    }

    private int parseMode(String m) {
        boolean rwa = false;
        boolean plus = false;
        readable = writable = appending = created = truncating = false;
        int flags = 0;
        for (int k = 0; k < m.length(); k++) {
            char c = m.charAt(k);
            switch (c) {
                case 'x', 'r', 'w', 'a' -> {
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = true;
                        writable = true;
                        flags |= O_EXCL | O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= O_CREAT | O_TRUNC;
                        truncating = true;
                    } else {
                        writable = true;
                        appending = true;
                        flags |= O_APPEND | O_CREAT;
                    }
                }
                case 'b' -> { }
                case '+' -> {
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                }
                default -> throw PyExceptions.valueError("invalid mode: " + m);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        return flags | (readable && writable ? O_RDWR : writable ? O_WRONLY : 0);
    }

    private static PyException badMode() {
        return PyExceptions.valueError("Must have exactly one of create/read/write/append mode "
                + "and at most one plus");
    }

    // ---- state and checks --------------------------------------------------------------------

    @Override
    boolean isClosed() {
        return fd < 0;
    }

    /** FileIO's own closed-file error, which (unlike _IOBase's) has no full stop. */
    static PyException closedError() {
        return PyExceptions.valueError("I/O operation on closed file");
    }

    private void checkOpen() {
        if (fd < 0) {
            throw closedError();
        }
    }

    private void checkReadable() {
        checkOpen();
        if (!readable) {
            throw IoErrors.unsupported("File not open for reading");
        }
    }

    private void checkWritable() {
        checkOpen();
        if (!writable) {
            throw IoErrors.unsupported("File not open for writing");
        }
    }

    private PyObject name() {
        return getDict().getItem(PyStr.of("name"));
    }

    @Exposed.Getter(value = "closed", doc = "True if the file is closed")
    @Override
    public boolean closed() {
        return fd < 0;
    }

    @Exposed.Getter(value = "closefd",
            doc = "True if the file descriptor will be closed by close().")
    public boolean closefd() {
        return closefd;
    }

    @Exposed.Getter(value = "mode", doc = "String giving the file mode")
    public String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    /** The file's {@code st_blksize}, which {@code open()} takes as the buffer size. */
    @Exposed.Getter("_blksize")
    public long blksize() {
        if (blksize == BLKSIZE_UNKNOWN) {
            learnBlksize();
        }
        return blksize;
    }

    /** Looks up a standard stream's st_blksize, as CPython's FileIO did on opening it. */
    private void learnBlksize() {
        blksize = IoModule.DEFAULT_BUFFER_SIZE;
        if (fd >= 0) {
            try {
                long b = FileDescriptors.fstat(fd).blksize();
                if (b > 1) {
                    blksize = b;
                }
            } catch (PyException e) {
                // the descriptor went away since start-up; the default stands, as for a
                // file whose st_blksize says nothing
            }
        }
    }

    @Exposed("fileno($self, /)")
    @Override
    public PyObject fileno() {
        checkOpen();
        return PyInt.of(fd);
    }

    @Exposed("readable($self, /)")
    public boolean readable() {
        checkOpen();
        return readable;
    }

    @Exposed("writable($self, /)")
    public boolean writable() {
        checkOpen();
        return writable;
    }

    @Exposed("seekable($self, /)")
    public boolean seekable() {
        checkOpen();
        if (seekable < 0) {
            seekable = FileDescriptors.tryLseek(fd, 0, FileDescriptors.SEEK_CUR) >= 0 ? 1 : 0;
        }
        return seekable == 1;
    }

    @Exposed("isatty($self, /)")
    @Override
    public boolean isatty() {
        checkOpen();
        return FileDescriptors.isatty(fd);
    }

    // ---- reading and writing -----------------------------------------------------------------

    // CPython: Modules/_io/fileio.c _io_FileIO_read_impl
    @Exposed("read($self, size=-1, /)")
    @Override
    public PyObject read(PyObject size) {
        checkReadable();
        long n = sizeArg(size);
        if (n < 0) {
            return readall();
        }
        byte[] got = readBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
        return got == null ? PyNone.NONE : PyBytes.of(got);
    }

    /**
     * One read(2) of up to {@code n} bytes (fewer at the end of the file or when a pipe has
     * less ready); null when a non-blocking descriptor has nothing, as CPython returns None.
     */
    byte[] readBytes(int n) {
        // The buffer is no larger than the call can fill: a regular file's remaining length.
        long room = 65536;
        if (n > room) {
            StatBuffer st = FileDescriptors.fstat(fd);
            long pos = st.isRegular() ? FileDescriptors.tryLseek(fd, 0, FileDescriptors.SEEK_CUR)
                    : -1;
            if (pos >= 0) {
                room = Math.max(st.size() - pos, 0) + 1;
            }
        }
        byte[] buf = new byte[(int) Math.min(n, room)];
        int got = buf.length == 0 ? 0 : FileDescriptors.read(fd, buf, 0, buf.length, !regularFile);
        if (got < 0) {
            return null;
        }
        return got == buf.length ? buf : java.util.Arrays.copyOf(buf, got);
    }

    // CPython: Modules/_io/fileio.c _io_FileIO_readall_impl
    @Exposed("readall($self, /)")
    @Override
    public PyObject readall() {
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int size = IoModule.DEFAULT_BUFFER_SIZE;
        StatBuffer st = FileDescriptors.fstat(fd);
        long pos = st.isRegular() ? FileDescriptors.tryLseek(fd, 0, FileDescriptors.SEEK_CUR)
                : -1;
        if (pos >= 0 && st.size() - pos > size && st.size() - pos < Integer.MAX_VALUE - 16) {
            size = (int) (st.size() - pos) + 1;
        }
        byte[] buf = new byte[size];
        while (true) {
            int got = FileDescriptors.read(fd, buf, 0, buf.length, !regularFile);
            if (got < 0) {
                if (out.size() == 0) {
                    return PyNone.NONE;
                }
                break;
            }
            if (got == 0) {
                break;
            }
            out.write(buf, 0, got);
        }
        return PyBytes.of(out.toByteArray());
    }

    @Exposed("readinto($self, buffer, /)")
    @Override
    public PyObject readinto(PyObject buffer) {
        checkReadable();
        WritableBuffer target = WritableBuffer.require(buffer, "readinto() ");
        byte[] got = readBytes(target.length());
        if (got == null) {
            return PyNone.NONE;
        }
        target.write(0, got, 0, got.length);
        return PyInt.of(got.length);
    }

    // CPython: Modules/_io/fileio.c _io_FileIO_write_impl
    @Exposed("write($self, b, /)")
    @Override
    public PyObject write(PyObject b) {
        checkWritable();
        byte[] data = PyBytes.requireBytesLike(b);
        int n = writeBytes(data, 0, data.length);
        return n < 0 ? PyNone.NONE : PyInt.of(n);
    }

    /**
     * Writes all of {@code data[from:from+n]} (looping over short writes); returns n, or what
     * was written before a non-blocking descriptor filled up (-1 if nothing was).
     */
    int writeBytes(byte[] data, int from, int n) {
        int done = 0;
        while (done < n) {
            int w = FileDescriptors.write(fd, data, from + done, n - done);
            if (w < 0) {
                return done == 0 ? -1 : done;
            }
            done += w;
        }
        return n;
    }

    // ---- positioning -------------------------------------------------------------------------

    // CPython: Modules/_io/fileio.c portable_lseek
    @Exposed("seek($self, pos, whence=0, /)")
    @Override
    public PyObject seek(PyObject pos, PyObject whence) {
        checkOpen();
        if (pos instanceof dev.krait.objects.PyFloat) {
            throw PyExceptions.typeError("an integer is required");
        }
        long offset = offsetArg(pos);
        int how = whence == null ? 0 : (int) PyIOBase.ssize(whence);
        return PyInt.of(FileDescriptors.lseek(fd, offset, how));
    }

    @Exposed("tell($self, /)")
    @Override
    public PyObject tell() {
        checkOpen();
        return PyInt.of(FileDescriptors.lseek(fd, 0, FileDescriptors.SEEK_CUR));
    }

    private static long offsetArg(PyObject pos) {
        dev.krait.objects.PyInt i = Numbers.index(pos);
        if (!i.isSmall()) {
            throw PyExceptions.valueError("cannot fit 'int' into an offset-sized integer");
        }
        return i.longValue();
    }

    // CPython: Modules/_io/fileio.c _io_FileIO_truncate_impl
    @Exposed("truncate($self, size=None, /)")
    @Override
    public PyObject truncate(PyObject size) {
        checkWritable();
        long n = size == null || size == PyNone.NONE
                ? FileDescriptors.lseek(fd, 0, FileDescriptors.SEEK_CUR)
                : PyIOBase.ssize(size, "cannot fit 'int' into an index-sized integer");
        FileDescriptors.ftruncate(fd, n);
        return PyInt.of(n);
    }

    // ---- closing -----------------------------------------------------------------------------

    // CPython: Modules/_io/fileio.c _io_FileIO_close_impl
    @Exposed("close($self, /)")
    @Override
    public void close() {
        PyException pending = null;
        try {
            super.close();
        } catch (PyException e) {
            pending = e;
        }
        if (fd >= 0) {
            if (blksize == BLKSIZE_UNKNOWN) {
                learnBlksize();
            }
            if (!closefd) {
                fd = -1;
            } else {
                if (finalizing) {
                    _dealloc_warn(this);
                }
                if ((finalizing || closingInFinalizer()) && !stillOwned()) {
                    fd = -1;
                } else {
                    internalClose();
                }
            }
        }
        if (pending != null) {
            throw pending;
        }
    }

    /**
     * Whether the descriptor still refers to the file this FileIO opened, asked before a
     * finalizer closes it. CPython finalizes a dropped file at once; Krait does it when the
     * collector finds it, maybe long after a program closed the descriptor itself
     * ({@code os.close(f.fileno())}) and the number was reused for another file, a directory
     * or a socket of the program or of the JVM, which must not be closed under them.
     */
    private boolean stillOwned() {
        if (openedDev == 0 && openedIno == 0) {
            return true;
        }
        try {
            StatBuffer st = FileDescriptors.fstat(fd);
            return st.dev() == openedDev && st.ino() == openedIno;
        } catch (PyException e) {
            return false;  // closed already (EBADF)
        }
    }

    /**
     * Warns that {@code source} (this file, or the outermost stream over it) is being
     * finalized while open, when this file has a descriptor to close.
     */
    // CPython: Modules/_io/fileio.c fileio_dealloc_warn
    @Exposed("_dealloc_warn($self, source, /)")
    public void _dealloc_warn(PyObject source) {
        if (fd >= 0 && closefd) {
            warnUnclosed(this, source);
        }
    }

    @Exposed.Getter(value = "_finalizing", member = true)
    public boolean _finalizing() {
        return finalizing;
    }

    @Exposed.Setter("_finalizing")
    public void set_finalizing(PyObject v) {
        finalizing = finalizingValue(v);
    }

    private void internalClose() {
        int old = fd;
        fd = -1;
        FileDescriptors.close(old);
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        String tn = tpName();
        if (fd < 0) {
            return "<" + tn + " [closed]>";
        }
        PyObject name = nameOrNull(this);
        String closefdText = closefd ? "True" : "False";
        if (name == null) {
            return "<" + tn + " fd=" + fd + " mode='" + mode() + "' closefd=" + closefdText + ">";
        }
        return "<" + tn + " name=" + reprName(name) + " mode='" + mode() + "' closefd="
                + closefdText + ">";
    }

    // CPython: Modules/_io/iobase.c _PyIOBase_cannot_pickle
    @Exposed("__reduce_ex__($self, protocol, /)")
    public PyObject __reduce_ex__(PyObject protocol) {
        throw PyExceptions.typeError("cannot pickle '" + tpName() + "' object");
    }
}
