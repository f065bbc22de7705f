package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * {@code _io.FileIO}: the raw stream over one file descriptor — bytes in and out with no
 * buffering, each call one system call. A path is opened with Java NIO's {@link FileChannel};
 * descriptors are numbers in Krait's {@link FileDescriptors} table, where 0, 1 and 2 are the
 * process's standard streams. Errors are OSErrors with the errno, strerror and filename that the
 * C library would have given CPython.
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
    FileChannel channel;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;
    /** -1 unknown, else 0/1: cached answer of {@code seekable()}. */
    private int seekable = -1;
    /** Whether opening truncates ('w' modes). */
    private boolean truncating;

    protected PyFileIO(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyFileIO(cls);
    }

    /** A FileIO over an already open descriptor (the standard streams). */
    static PyFileIO ofDescriptor(int fd, String mode, PyObject name) {
        PyFileIO f = new PyFileIO(TYPE);
        f.__init__(PyInt.of(fd), PyStr.of(mode), dev.krait.objects.PyBool.FALSE, PyNone.NONE);
        f.getDict().setItem(PyStr.of("name"), name);
        return f;
    }

    // CPython: Modules/_io/fileio.c _io_FileIO___init___impl
    @Exposed("__init__($self, /, file, mode='r', closefd=True, opener=None)")
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
            if (!closefd) {
                throw PyExceptions.valueError("Cannot use closefd=False with file name");
            }
        }
        PyObject name = file;
        if (givenFd != null) {
            channel = FileDescriptors.get(givenFd);
            if (channel == null) {
                throw IoErrors.osError(IoErrors.EBADF, null);
            }
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
            channel = FileDescriptors.get((int) v);
            if (channel == null) {
                throw IoErrors.osError(IoErrors.EBADF, null);
            }
            fd = (int) v;
        } else {
            channel = openPath(path, file);
            fd = FileDescriptors.add(channel);
        }
        getDict().setItem(PyStr.of("name"), name);
        if (appending) {
            try {
                channel.position(channel.size());
            } catch (IOException e) {
                // CPython ignores a failed seek to the end here (pipes cannot seek).
            }
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

    private FileChannel openPath(String path, PyObject name) {
        Path p = Path.of(path);
        Set<OpenOption> options = new HashSet<>();
        if (readable) {
            options.add(StandardOpenOption.READ);
        }
        if (writable) {
            options.add(StandardOpenOption.WRITE);
        }
        if (created) {
            options.add(StandardOpenOption.CREATE_NEW);
        } else if (truncating || appending) {
            options.add(StandardOpenOption.CREATE);
        }
        if (truncating) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            if (!created && Files.isDirectory(p)) {
                throw IoErrors.osError(IoErrors.EISDIR, name);
            }
            return FileChannel.open(p, options);
        } catch (IOException e) {
            throw IoErrors.fromIOException(e, name);
        } catch (java.nio.file.InvalidPathException e) {
            throw IoErrors.osError(IoErrors.ENOENT, name);
        }
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

    private PyException ioError(IOException e) {
        return IoErrors.fromIOException(e, null);
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return fd < 0;
    }

    @Exposed.Getter("closefd")
    public boolean closefd() {
        return closefd;
    }

    @Exposed.Getter("mode")
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

    /**
     * The file's {@code st_blksize}, which {@code open()} takes as the buffer size. Java cannot
     * fstat, so this is the value Linux gives for terminals (1024) and for files on the common
     * file systems and pipes (4096): the buffer size decides when output is written, which
     * shows when stdout and stderr share a pipe.
     */
    @Exposed.Getter("_blksize")
    public long blksize() {
        return fd >= 0 && fd <= 2 && isatty() ? 1024 : 4096;
    }

    @Exposed("fileno($self, /)")
    @Override
    public PyObject fileno() {
        checkOpen();
        return PyInt.of(fd);
    }

    @Exposed("readable($self, /)")
    @Override
    public boolean readable() {
        checkOpen();
        return readable;
    }

    @Exposed("writable($self, /)")
    @Override
    public boolean writable() {
        checkOpen();
        return writable;
    }

    @Exposed("seekable($self, /)")
    @Override
    public boolean seekable() {
        checkOpen();
        if (seekable < 0) {
            try {
                channel.position();
                seekable = fd > 2 || !isTerminalOrPipe() ? 1 : 0;
            } catch (IOException e) {
                seekable = 0;
            }
        }
        return seekable == 1;
    }

    /** Whether a standard stream is a terminal or a pipe, where seeking fails. */
    private boolean isTerminalOrPipe() {
        try {
            Path target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd));
            String t = target.toString();
            return !t.startsWith("/") || t.startsWith("/dev/pts") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    @Exposed("isatty($self, /)")
    @Override
    public boolean isatty() {
        checkOpen();
        if (fd > 2) {
            return false;
        }
        try {
            String t = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return t.startsWith("/dev/pts") || t.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
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
        return PyBytes.of(readBytes((int) Math.min(n, Integer.MAX_VALUE - 8)));
    }

    /** Up to {@code n} bytes, fewer only at the end of the file (or what a pipe has ready). */
    byte[] readBytes(int n) {
        try {
            // One read call, as CPython's; the buffer is no larger than the call can fill.
            long room = 65536;
            if (seekable()) {
                long left = channel.size() - channel.position();
                room = left > 0 ? left + 1 : room;
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, room));
            n = buf.capacity();
            int got = n == 0 ? 0 : channel.read(buf);
            if (got <= 0) {
                return new byte[0];
            }
            return got == n ? buf.array() : java.util.Arrays.copyOf(buf.array(), got);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    // CPython: Modules/_io/fileio.c _io_FileIO_readall_impl
    @Exposed("readall($self, /)")
    @Override
    public PyObject readall() {
        checkOpen();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteBuffer buf = ByteBuffer.allocate(IoModule.DEFAULT_BUFFER_SIZE);
        try {
            long left = fd > 2 ? channel.size() - channel.position() : 0;
            if (left > buf.capacity() && left < Integer.MAX_VALUE - 16) {
                buf = ByteBuffer.allocate((int) left + 1);
            }
            while (true) {
                buf.clear();
                int got = channel.read(buf);
                if (got < 0) {
                    break;
                }
                out.write(buf.array(), 0, got);
            }
        } catch (IOException e) {
            throw ioError(e);
        }
        return PyBytes.of(out.toByteArray());
    }

    @Exposed("readinto($self, buffer, /)")
    @Override
    public PyObject readinto(PyObject buffer) {
        checkReadable();
        if (!(buffer instanceof PyByteArray target)) {
            throw PyExceptions.typeError("readinto() argument must be read-write bytes-like "
                    + "object, not " + buffer.type().getName());
        }
        byte[] got = readBytes(target.size());
        target.writeAt(0, got, 0, got.length);
        return PyInt.of(got.length);
    }

    // CPython: Modules/_io/fileio.c _io_FileIO_write_impl
    @Exposed("write($self, b, /)")
    @Override
    public PyObject write(PyObject b) {
        checkWritable();
        byte[] data = PyBytes.requireBytesLike(b);
        return PyInt.of(writeBytes(data, 0, data.length));
    }

    /** Writes all of {@code data[from:from+n]}; returns n. */
    int writeBytes(byte[] data, int from, int n) {
        try {
            if (appending && fd > 2) {
                channel.position(channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(data, from, n);
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
            return n;
        } catch (IOException e) {
            throw ioError(e);
        }
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
        try {
            long base = switch (how) {
                case 0 -> 0;
                case 1 -> channel.position();
                case 2 -> channel.size();
                default -> throw IoErrors.osError(IoErrors.EINVAL, null);
            };
            long target = base + offset;
            if (target < 0) {
                throw IoErrors.osError(IoErrors.EINVAL, null);
            }
            if (fd <= 2 && !seekable()) {
                throw IoErrors.osError(IoErrors.ESPIPE, null);
            }
            channel.position(target);
            return PyInt.of(target);
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    @Exposed("tell($self, /)")
    @Override
    public PyObject tell() {
        checkOpen();
        try {
            if (fd <= 2 && !seekable()) {
                throw IoErrors.osError(IoErrors.ESPIPE, null);
            }
            return PyInt.of(channel.position());
        } catch (IOException e) {
            throw ioError(e);
        }
    }

    private static long offsetArg(PyObject pos) {
        dev.krait.objects.PyInt i = Ops.index(pos);
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
        try {
            long pos = channel.position();
            long n = size == null || size == PyNone.NONE ? pos : PyIOBase.ssize(size,
                    "cannot fit 'int' into an index-sized integer");
            if (n < 0) {
                throw IoErrors.osError(IoErrors.EINVAL, null);
            }
            long length = channel.size();
            if (n < length) {
                channel.truncate(n);
            } else if (n > length) {
                channel.write(ByteBuffer.wrap(new byte[1]), n - 1);
            }
            // ftruncate leaves the position alone; Java's truncate would move it back.
            channel.position(pos);
            return PyInt.of(n);
        } catch (IOException e) {
            throw ioError(e);
        }
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
            if (closefd) {
                internalClose();
            } else {
                fd = -1;
            }
        }
        if (pending != null) {
            throw pending;
        }
    }

    private void internalClose() {
        int old = fd;
        fd = -1;
        FileDescriptors.remove(old);
        try {
            channel.close();
        } catch (IOException e) {
            throw ioError(e);
        }
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
