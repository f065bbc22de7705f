package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.Arrays;

/**
 * {@code _io.StringIO}: a text stream over an in-memory string. Positions count code points,
 * so the text is kept as an array of code points. Newline handling follows the {@code newline}
 * argument as CPython's does: None translates "\r\n" and "\r" to "\n" as text is written (and
 * records them in {@code newlines}); '' keeps them and lets {@code readline} end lines at any
 * of them; "\r" or "\r\n" turn each "\n" written into that ending.
 *
 * <p>CPython counterpart: Modules/_io/stringio.c.
 */
public class PyStringIO extends PyTextIOBase {
    public static final PyType TYPE = PyType.builtin("StringIO", PyStringIO.class,
            PyTextIOBase.TYPE).withModule("_io");

    private int[] buf = new int[16];
    private int size;
    private int pos;
    private boolean closedFlag;
    private boolean initialised;
    /** What {@code readline} ends lines at; null means any of "\r", "\n", "\r\n". */
    private String readnl = "\n";
    /** What each "\n" written becomes, or null to keep it. */
    private String writenl;
    /** Present for newline=None or '' (CPython's decoder), translating for None. */
    private NewlineDecoder decoder;
    private boolean translated;

    protected PyStringIO(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return new PyStringIO(cls);
    }

    // CPython: Modules/_io/stringio.c _io_StringIO___init___impl
    @Exposed(value = "__init__($self, /, initial_value='', newline='\\n')",
            signature = Exposed.Signature.CLASS)
    public void __init__(PyObject initial, PyObject newline) {
        String nl = null;
        if (newline instanceof PyStr s) {
            nl = s.value();
        } else if (newline != null && newline != PyNone.NONE) {
            throw PyExceptions.typeError("newline must be str or None, not "
                    + newline.type().getName());
        } else if (newline == null) {
            nl = "\n";
        }
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r")
                && !nl.equals("\r\n")) {
            throw PyExceptions.valueError("illegal newline value: " + Ops.repr(newline));
        }
        if (initial != null && initial != PyNone.NONE && !(initial instanceof PyStr)) {
            throw PyExceptions.typeError("initial_value must be str or None, not "
                    + initial.type().getName());
        }
        readnl = nl == null || nl.isEmpty() ? null : nl;
        translated = nl == null;
        writenl = nl != null && nl.startsWith("\r") ? nl : null;
        decoder = nl == null || nl.isEmpty() ? new NewlineDecoder(nl == null) : null;
        size = 0;
        pos = 0;
        closedFlag = false;
        initialised = true;
        if (initial instanceof PyStr s && s.length() > 0) {
            writeText(s);
            pos = 0;
        }
    }

    @Override
    boolean isClosed() {
        return closedFlag;
    }

    private void checkOpen() {
        if (!initialised) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        if (closedFlag) {
            // StringIO's message, unlike _IOBase's, has no full stop.
            throw PyExceptions.valueError("I/O operation on closed file");
        }
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return closedFlag;
    }

    @Exposed("close($self, /)")
    @Override
    public void close() {
        closedFlag = true;
        buf = new int[0];
    }

    @Exposed("readable($self, /)")
    public boolean readable() {
        checkOpen();
        return true;
    }

    @Exposed("writable($self, /)")
    public boolean writable() {
        checkOpen();
        return true;
    }

    @Exposed("seekable($self, /)")
    public boolean seekable() {
        checkOpen();
        return true;
    }

    @Exposed.Getter("line_buffering")
    public boolean line_buffering() {
        checkOpen();
        return false;
    }

    @Exposed.Getter("newlines")
    @Override
    public PyObject newlines() {
        checkOpen();
        return decoder == null ? PyNone.NONE : decoder.newlines();
    }

    @Exposed("getvalue($self, /)")
    public PyObject getvalue() {
        checkOpen();
        return PyStr.fromCodePoints(Arrays.copyOf(buf, size));
    }

    // ---- writing -----------------------------------------------------------------------------

    @Exposed("write($self, s, /)")
    @Override
    public PyObject write(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("string argument expected, got '" + s.type().getName()
                    + "'");
        }
        checkOpen();
        int n = str.length();
        if (n > 0) {
            writeText(str);
        }
        return PyInt.of(n);
    }

    // CPython: Modules/_io/stringio.c write_str
    private void writeText(PyStr s) {
        String text = s.value();
        int[] cps;
        if (decoder != null) {
            text = decoder.decode(text, true);
        }
        if (writenl != null && text.indexOf('\n') >= 0) {
            text = text.replace("\n", writenl);
        }
        cps = text.equals(s.value()) ? s.codePoints() : text.codePoints().toArray();
        int end = pos + cps.length;
        if (end > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(end, buf.length * 2));
        }
        if (pos > size) {
            Arrays.fill(buf, size, pos, 0);
        }
        System.arraycopy(cps, 0, buf, pos, cps.length);
        pos = end;
        size = Math.max(size, end);
    }

    // ---- reading -----------------------------------------------------------------------------

    private PyStr take(int n) {
        int count = Math.max(0, Math.min(n, size - pos));
        if (count == 0) {
            // also when pos is past the end (a seek may go beyond it)
            return PyStr.EMPTY;
        }
        PyStr r = PyStr.fromCodePoints(Arrays.copyOfRange(buf, pos, pos + count));
        pos += count;
        return r;
    }

    @Exposed("read($self, size=-1, /)")
    @Override
    public PyObject read(PyObject n) {
        checkOpen();
        long want = sizeArg(n);
        return take(want < 0 ? Integer.MAX_VALUE : (int) Math.min(want, Integer.MAX_VALUE));
    }

    /** End (exclusive) of the line starting at pos, within limit code points. */
    // CPython: Modules/_io/textio.c _PyIO_find_line_ending
    private int lineEnd(long limit) {
        int stop = limit < 0 ? size : (int) Math.min(size, pos + limit);
        for (int i = pos; i < stop; i++) {
            int c = buf[i];
            if (translated || readnl == null) {
                if (c == '\n') {
                    return i + 1;
                }
                if (!translated && c == '\r') {
                    return i + 1 < stop && buf[i + 1] == '\n' ? i + 2 : i + 1;
                }
            } else if (c == readnl.charAt(0)) {
                if (readnl.length() == 1) {
                    return i + 1;
                }
                if (i + 1 < size && buf[i + 1] == '\n') {
                    return Math.min(i + 2, stop);
                }
            }
        }
        return Math.max(stop, pos);
    }

    @Exposed("readline($self, size=-1, /)")
    @Override
    public PyObject readline(PyObject n) {
        checkOpen();
        long limit = sizeArg(n);
        return take(lineEnd(limit) - pos);
    }

    @Exposed("__next__($self, /)")
    public PyObject __next__() {
        checkOpen();
        PyStr line = type() == TYPE ? take(lineEnd(-1) - pos)
                : (PyStr) Ops.callMethod(this, "readline");
        if (line.length() == 0) {
            throw PyExceptions.stopIteration();
        }
        return line;
    }

    // ---- positioning -------------------------------------------------------------------------

    // CPython: Modules/_io/stringio.c _io_StringIO_seek_impl
    @Exposed("seek($self, pos, whence=0, /)")
    @Override
    public PyObject seek(PyObject target, PyObject whence) {
        long p = PyIOBase.ssize(target);
        int how = whence == null ? 0 : (int) PyIOBase.ssize(whence);
        checkOpen();
        if (how != 0 && how != 1 && how != 2) {
            throw PyExceptions.valueError("Invalid whence (" + how + ", should be 0, 1 or 2)");
        }
        if (p < 0 && how == 0) {
            throw PyExceptions.valueError("Negative seek position " + p);
        }
        if (how != 0 && p != 0) {
            throw PyExceptions.of(PyExceptions.OSError, "Can't do nonzero cur-relative seeks");
        }
        if (how == 1) {
            p = pos;
        } else if (how == 2) {
            p = size;
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        return PyInt.of(pos);
    }

    @Exposed("tell($self, /)")
    @Override
    public PyObject tell() {
        checkOpen();
        return PyInt.of(pos);
    }

    @Exposed("truncate($self, pos=None, /)")
    @Override
    public PyObject truncate(PyObject n) {
        checkOpen();
        long s = n == null || n == PyNone.NONE ? pos : PyIOBase.ssize(n);
        if (s < 0) {
            throw PyExceptions.valueError("Negative size value " + s);
        }
        if (s < size) {
            size = (int) s;
        }
        return PyInt.of(s);
    }

    @Exposed(value = "__getstate__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __getstate__() {
        checkOpen();
        return PyTuple.of(getvalue(), readnl == null
                ? (translated ? PyNone.NONE : PyStr.EMPTY) : PyStr.of(readnl), PyInt.of(pos),
                dictOrNone());
    }

    /** CPython's object has no dict until one is asked for: an empty one is state None. */
    private PyObject dictOrNone() {
        dev.krait.objects.PyDict d = getDict();
        return d == null || d.size() == 0 ? PyNone.NONE : d.copy();
    }

    // CPython: Modules/_io/stringio.c stringio_setstate
    @Exposed(value = "__setstate__($self, state, /)", signature = Exposed.Signature.HIDDEN)
    public void __setstate__(PyObject state) {
        if (closedFlag) {
            throw PyExceptions.valueError("I/O operation on closed file");
        }
        if (!(state instanceof PyTuple t) || t.size() < 4) {
            throw PyExceptions.typeError(type().tpName()
                    + ".__setstate__ argument should be 4-tuple, got " + state.type().getName());
        }
        __init__(t.get(0), t.get(1));
        // The value was translated when it was saved: put it back as it is, untranslated.
        if (t.get(0) instanceof PyStr value) {
            int[] cps = value.codePoints();
            buf = Arrays.copyOf(cps, Math.max(16, cps.length));
            size = cps.length;
        }
        PyObject position = t.get(2);
        if (!(position instanceof PyInt)) {
            throw PyExceptions.typeError("third item of state must be an integer, got "
                    + position.type().getName());
        }
        long p = PyIOBase.ssize(position);
        if (p < 0) {
            throw PyExceptions.valueError("position value cannot be negative");
        }
        pos = (int) Math.min(p, Integer.MAX_VALUE - 8);
        restoreDict(this, t.get(3), "fourth");
    }

    /** The instance dict part of a saved state: merged into the object's own (CPython too). */
    static void restoreDict(PyObject self, PyObject saved, String ordinal) {
        if (saved == PyNone.NONE) {
            return;
        }
        if (!(saved instanceof PyDict d)) {
            throw PyExceptions.typeError(ordinal + " item of state should be a dict, got a "
                    + saved.type().getName());
        }
        PyDict own = self.getDict();
        if (own != null) {
            own.mergeFrom(d);
        } else {
            self.setDict(d);
        }
    }
}
