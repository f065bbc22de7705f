package dev.krait.modules.io;

import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;
import dev.krait.modules.sys.SysModule;
import dev.krait.modules.sys.SysFlags;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;

/**
 * {@code _io.TextIOWrapper}: text over a buffered binary stream. Writing encodes (translating
 * "\n" to the stream's newline) and hands the bytes to the buffer, flushing it at each line
 * when line-buffered; reading decodes chunks of {@code read1} into a string of decoded
 * characters that {@code read}, {@code readline} and iteration consume, with universal-newline
 * translation. {@code tell()} returns CPython's opaque cookie: the byte position of a point
 * where the decoder was clean, plus (in higher bits) how many bytes to feed and characters to
 * skip from there; for the usual case, a position at a line boundary, it is the byte offset.
 *
 * <p>The reading algorithms are in {@link TextReading}; this class has the state, the
 * attributes, writing and positioning.
 *
 * <p>CPython counterpart: Modules/_io/textio.c (with Lib/_pyio.py's TextIOWrapper as the
 * readable reference).
 */
public class PyTextIOWrapper extends PyTextIOBase {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyTextIOWrapper.class,
            PyTextIOBase.TYPE, TextReading.class).withModule("_io");

    static final int CHUNK_SIZE = 8192;

    PyObject buffer;
    /** The buffer when it is an exact BufferedReader/Writer/Random, called directly. */
    PyBuffered fastBuffer;
    boolean ok;
    boolean detached;
    String encoding;
    /** The fast codec (UTF-8, Latin-1, ASCII), or null when {@link #codecInfo} encodes. */
    StrCodecs.Codec codec;
    /** The codec registry's info for any other encoding, else null. */
    PyObject codecInfo;
    /** Its incremental encoder, made on the first write. */
    PyObject encoder;
    /** Whether {@link #encoder} was told that the stream has started ({@code setstate(0)}). */
    boolean encoderToldStarted;
    String errors;
    /** Universal newlines on reading (newline None or ''), translated for None. */
    boolean readUniversal;
    boolean readTranslate;
    /** The line ending readline looks for when not universal. */
    String readnl;
    /** What "\n" becomes on writing, or null to keep it. */
    String writenl;
    boolean lineBuffering;
    boolean writeThrough;
    /** Null when the buffer is not readable. */
    TextDecoder decoder;
    boolean writable;
    boolean seekable;
    /** False while iterating with next(), which makes tell() refuse, as in CPython. */
    boolean telling;
    boolean hasRead1;
    int chunkSize = CHUNK_SIZE;
    /** Decoded characters not yet consumed: {@code decoded.substring(decodedPos)}. */
    String decoded = "";
    int decodedPos;
    /** For tell(): the decoder flags and the bytes fed since the last clean point. */
    int snapshotFlags;
    /** For tell(): whether the decoder was still before a possible byte-order mark. */
    boolean snapshotAtStart;
    byte[] snapshotInput;

    protected PyTextIOWrapper(PyType type) {
        super(type);
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        PyTextIOWrapper t = new PyTextIOWrapper(cls);
        if (cls == TYPE) {
            // a wrapper a program makes (over a GzipFile, a pipe, a BufferedWriter) is closed
            // at exit, before what it wraps (a subclass's instance is finalized as any with
            // __del__); __init__ decides whether it is also closed when dropped
            t.programMade = true;
            t.rememberForExit();
        }
        return t;
    }

    /** A TextIOWrapper as {@code open()} or the start-up code makes one. */
    static PyTextIOWrapper over(PyObject buffer, PyObject encoding, PyObject errors,
            PyObject newline, boolean lineBuffering, boolean writeThrough) {
        PyTextIOWrapper t = new PyTextIOWrapper(TYPE);
        t.__init__(buffer, encoding, errors, newline, PyBool.of(lineBuffering),
                PyBool.of(writeThrough));
        return t;
    }

    private static String optionalStr(PyObject o, String function, String name) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            // reconfigure() takes them as objects and reads them as C strings
            return function.equals("reconfigure") ? CArgs.asUtf8(s) : CArgs.cString(s);
        }
        throw PyExceptions.typeError(function + "() argument '" + name
                + "' must be str or None, not " + o.type().getName());
    }

    static void validateNewline(String nl) {
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r")
                && !nl.equals("\r\n")) {
            throw PyExceptions.valueError("illegal newline value: " + nl);
        }
    }

    /** The interpreter's flags; the defaults while the standard streams are being made. */
    private static SysFlags runFlags() {
        ThreadState ts = ThreadState.current();
        return ts == null ? SysFlags.defaults() : SysModule.flags(ts.interpreter);
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper___init___impl
    @Exposed(value = "__init__($self, /, buffer, encoding=None, errors=None, newline=None, "
            + "line_buffering=False, write_through=False)", signature = Exposed.Signature.CLASS)
    public void __init__(PyObject buf, PyObject encodingArg, PyObject errorsArg,
            PyObject newlineArg, PyObject lineBufferingArg, PyObject writeThroughArg) {
        ok = false;
        detached = false;
        String enc = optionalStr(encodingArg, "TextIOWrapper", "encoding");
        String err = optionalStr(errorsArg, "TextIOWrapper", "errors");
        if (err != null && runFlags().devMode()) {
            // -X dev: an unknown error handler shows at once, not at the first bad character
            dev.krait.modules.codecs.CodecRegistry.current().lookupError(err);
        }
        String nl = newlineArg == null ? null
                : optionalStr(newlineArg, "TextIOWrapper", "newline");
        validateNewline(nl);
        if (enc == null) {
            // PEP 597: a text file without an encoding may be a bug
            SysFlags flags = runFlags();
            if (flags.warnDefaultEncoding() != 0) {
                WarningsMachinery.warn(PyStr.of("'encoding' argument not specified"),
                        PyExceptions.EncodingWarning, 1, null);
            }
            if (flags.utf8Mode() != 0) {
                enc = "utf-8";
            }
        }
        if (enc == null || enc.equals("locale")) {
            // Krait assumes a UTF-8 locale, and reports it under the name CPython shows for it.
            enc = IoModule.LOCALE_ENCODING;
        }
        setCodec(enc);
        encoding = enc;
        errors = err == null ? "strict" : err;
        buffer = buf;
        takeFinalizationFrom(buf);
        fastBuffer = buf.type() == PyBuffered.READER || buf.type() == PyBuffered.WRITER
                || buf.type() == PyBuffered.RANDOM ? (PyBuffered) buf : null;
        lineBuffering = Ops.isTrue(lineBufferingArg);
        writeThrough = Ops.isTrue(writeThroughArg);
        readUniversal = nl == null || nl.isEmpty();
        readTranslate = nl == null;
        readnl = nl;
        writenl = !readUniversal && nl != null && !nl.equals("\n") ? nl : null;
        decoded = "";
        decodedPos = 0;
        snapshotInput = null;
        decoder = null;
        if (Ops.isTrue(Ops.callMethod(buf, "readable"))) {
            decoder = new TextDecoder(codec, codecInfo, errors,
                    readUniversal ? new NewlineDecoder(readTranslate) : null);
        }
        writable = Ops.isTrue(Ops.callMethod(buf, "writable"));
        if (programMade && writable) {
            watchForFinalization();  // what it holds back must reach the buffer
        }
        seekable = Ops.isTrue(Ops.callMethod(buf, "seekable"));
        telling = seekable;
        hasRead1 = Attributes.lookupAttrOrNull(buf, "read1") != null;
        fixEncoderState();
        ok = true;
    }

    /**
     * Chooses the codec: a fast one by name, else the registry's text encoding (LookupError
     * for unknown names, and for codecs such as rot13 that are not for text).
     */
    // CPython: Modules/_io/textio.c _textiowrapper_set_decoder/_set_encoder
    private void setCodec(String enc) {
        StrCodecs.Codec fast = StrCodecs.textCodec(enc);
        PyObject info = fast != null ? null : StrCodecs.lookupTextEncoding(enc, "codecs.open()");
        codec = fast;
        codecInfo = info;
        encoder = null;
        encoderToldStarted = false;
    }

    /**
     * Whether a new encoder starts a stream (and so may write a byte-order mark): a seekable
     * stream not at position 0 has started; a stream that cannot tell counts as at its start.
     */
    // CPython: Modules/_io/textio.c _textiowrapper_fix_encoder_state
    private void fixEncoderState() {
        encoderStarted = false;
        if (writable && seekable && (codec == StrCodecs.Codec.UTF8_SIG || codec == null)) {
            encoderStarted = Numbers.index(Ops.callMethod(buffer, "tell")).signum() != 0;
        }
    }

    /**
     * After a seek: the encoder starts afresh at the start of the stream, else is told the
     * stream has started; either way what it held back (a stateful codec's pending character)
     * is dropped, as CPython's reset or setstate(0) drops it.
     */
    // CPython: Modules/_io/textio.c _textiowrapper_encoder_reset
    void resetEncoder(boolean startOfStream) {
        encoderStarted = !startOfStream;
        if (encoder != null) {
            if (startOfStream) {
                Ops.callMethod(encoder, "reset");
            } else {
                Ops.callMethod(encoder, "setstate", PyInt.of(0));
            }
            encoderToldStarted = encoderStarted;
        }
    }

    /** Encodes through the codec's incremental encoder (non-fast codecs). */
    private byte[] encodeIncremental(PyStr text) {
        if (encoder == null) {
            encoder = Ops.call(Attributes.getAttr(codecInfo, "incrementalencoder"),
                    PyStr.of(errors));
            encoderToldStarted = false;
        }
        if (encoderStarted != encoderToldStarted) {
            // CPython: a stream not at its start, or sought away from it, writes no BOM
            if (encoderStarted) {
                Ops.callMethod(encoder, "setstate", PyInt.of(0));
            } else {
                Ops.callMethod(encoder, "reset");
            }
        }
        PyObject b = Ops.callMethod(encoder, "encode", text);
        if (!(b instanceof PyBytes bytes)) {
            throw PyExceptions.typeError("encoder should return a bytes object, not '"
                    + b.type().getName() + "'");
        }
        byte[] r = bytes.array();
        encoderStarted = encoderStarted || r.length > 0;
        encoderToldStarted = encoderStarted;
        return r;
    }

    // ---- state checks ------------------------------------------------------------------------

    /** CPython's CHECK_ATTACHED (which includes CHECK_INITIALIZED). */
    final PyObject attached() {
        if (!ok) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        if (detached) {
            throw PyExceptions.valueError("underlying buffer has been detached");
        }
        return buffer;
    }

    @Override
    boolean isClosed() {
        PyObject b = attached();
        if (fastBuffer != null) {
            return fastBuffer.isClosed();
        }
        return Ops.isTrue(Attributes.getAttr(b, "closed"));
    }

    /** CPython's CHECK_CLOSED for text streams (with the full stop). */
    final void checkOpen() {
        attached();
        if (closedNow()) {
            throw IoErrors.closedFile();
        }
    }

    // ---- attributes --------------------------------------------------------------------------

    @Exposed.Getter("encoding")
    @Override
    public PyObject encoding() {
        return PyStr.of(encoding);
    }

    @Exposed.Getter("errors")
    @Override
    public PyObject errors() {
        return PyStr.of(errors);
    }

    @Exposed.Getter("newlines")
    @Override
    public PyObject newlines() {
        attached();
        if (decoder == null || decoder.newlineDecoder() == null) {
            return PyNone.NONE;
        }
        return decoder.newlineDecoder().newlines();
    }

    @Exposed.Getter("buffer")
    public PyObject bufferAttr() {
        return attached();
    }

    @Exposed.Getter("line_buffering")
    public boolean line_buffering() {
        return lineBuffering;
    }

    @Exposed.Getter("write_through")
    public boolean write_through() {
        return writeThrough;
    }

    @Exposed.Getter("_CHUNK_SIZE")
    public long chunkSizeAttr() {
        return chunkSize;
    }

    // CPython: Modules/_io/textio.c textiowrapper_chunk_size_set
    @Exposed.Setter(value = "_CHUNK_SIZE", deletes = true)
    public void setChunkSize(PyObject v) {
        attached();
        if (v == null) {
            throw PyExceptions.of(PyExceptions.AttributeError, "cannot delete attribute");
        }
        long n = PyIOBase.ssize(v);
        if (n <= 0) {
            throw PyExceptions.valueError("a strictly positive integer is required");
        }
        chunkSize = (int) Math.min(n, Integer.MAX_VALUE - 8);
    }

    @Exposed.Getter("name")
    public PyObject name() {
        return Attributes.getAttr(attached(), "name");
    }

    @Exposed.Getter("closed")
    @Override
    public boolean closed() {
        return isClosed();
    }

    @Exposed("fileno($self, /)")
    @Override
    public PyObject fileno() {
        return Ops.callMethod(attached(), "fileno");
    }

    @Exposed("isatty($self, /)")
    @Override
    public boolean isatty() {
        return Ops.isTrue(Ops.callMethod(attached(), "isatty"));
    }

    @Exposed("readable($self, /)")
    public boolean readable() {
        return Ops.isTrue(Ops.callMethod(attached(), "readable"));
    }

    @Exposed("writable($self, /)")
    public boolean writable() {
        return Ops.isTrue(Ops.callMethod(attached(), "writable"));
    }

    @Exposed("seekable($self, /)")
    public boolean seekable() {
        return Ops.isTrue(Ops.callMethod(attached(), "seekable"));
    }

    // CPython: Modules/_io/textio.c textiowrapper_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (!ok) {
            throw PyExceptions.valueError("I/O operation on uninitialized object");
        }
        StringBuilder sb = new StringBuilder("<").append(tpName());
        PyObject name = !detached ? nameOrNull(this) : null;
        if (name != null) {
            sb.append(" name=").append(reprName(name));
        }
        PyObject mode = getDict().getItem(PyStr.of("mode"));
        if (mode != null) {
            sb.append(" mode=").append(Ops.repr(mode).value());
        }
        sb.append(" encoding='").append(encoding).append('\'');
        return sb.append('>').toString();
    }

    // ---- writing -----------------------------------------------------------------------------

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_write_impl
    @Exposed("write($self, text, /)")
    @Override
    public PyObject write(PyObject textArg) {
        attached();
        if (!(textArg instanceof PyStr text)) {
            throw PyExceptions.typeError("write() argument must be str, not "
                    + textArg.type().getName());
        }
        checkOpen();
        if (!writable) {
            throw IoErrors.unsupported("not writable");
        }
        String s = text.value();
        boolean hasLf = s.indexOf('\n') >= 0;
        PyStr out = text;
        if (hasLf && writenl != null) {
            out = PyStr.of(s.replace("\n", writenl));
        }
        boolean needFlush = lineBuffering && (hasLf || s.indexOf('\r') >= 0);
        byte[] bytes;
        if (codec == null) {
            bytes = encodeIncremental(out);
        } else if (encoderStarted) {
            bytes = StrCodecs.encodeBody(out, codec, errors);
        } else {
            bytes = StrCodecs.encode(out, codec, errors);
            encoderStarted = bytes.length > 0;
        }
        // CPython gathers encoded text until a chunk's worth before handing it to the buffer.
        if (pendingCount + bytes.length > chunkSize) {
            writeFlush();
        }
        if (bytes.length > 0) {
            if (pendingCount + bytes.length > pending.length) {
                pending = java.util.Arrays.copyOf(pending,
                        Math.max(pendingCount + bytes.length, pending.length * 2));
            }
            System.arraycopy(bytes, 0, pending, pendingCount, bytes.length);
            pendingCount += bytes.length;
        }
        if (needFlush) {
            flushBuffer();
        } else if (writeThrough || pendingCount >= chunkSize) {
            writeFlush();
        }
        decoded = "";
        decodedPos = 0;
        snapshotInput = null;
        if (decoder != null) {
            decoder.reset();
        }
        return PyInt.of(text.length());
    }

    /**
     * Whether the encoder has written: a byte-order mark (utf-8-sig) goes only at the start of
     * a stream, so a stream not at position 0 when opened counts as started, as in CPython.
     */
    boolean encoderStarted;

    /** Encoded text not yet handed to the buffer: {@code pending[0:pendingCount]}. */
    private byte[] pending = new byte[0];
    private int pendingCount;

    /** Hands the pending encoded text to the buffer (CPython's _textiowrapper_writeflush). */
    final void writeFlush() {
        if (pendingCount == 0) {
            return;
        }
        byte[] bytes = java.util.Arrays.copyOf(pending, pendingCount);
        pendingCount = 0;
        writeToBuffer(bytes);
    }

    private void writeToBuffer(byte[] bytes) {
        if (fastBuffer != null) {
            fastBuffer.checkClosed("write to closed file");
            BufferedWriting.writeBytes(fastBuffer, bytes);
        } else {
            Ops.callMethod(buffer, "write", PyBytes.of(bytes));
        }
    }

    /** Hands the pending encoded text to the buffer and flushes it. */
    private void flushBuffer() {
        if (fastBuffer != null && pendingCount > 0) {
            byte[] bytes = java.util.Arrays.copyOf(pending, pendingCount);
            pendingCount = 0;
            fastBuffer.checkClosed("write to closed file");
            BufferedWriting.writeThenFlush(fastBuffer, bytes);
            return;
        }
        writeFlush();
        if (fastBuffer != null) {
            fastBuffer.flush();
        } else {
            Ops.callMethod(buffer, "flush");
        }
    }

    @Exposed("flush($self, /)")
    @Override
    public void flush() {
        checkOpen();
        telling = seekable;
        flushBuffer();
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_close_impl
    @Exposed("close($self, /)")
    @Override
    public void close() {
        PyObject b = attached();
        if (closedNow()) {
            return;
        }
        if (finalizing) {
            deallocWarn(b, this);
        }
        PyException pending = null;
        try {
            Ops.callMethod(this, "flush");
        } catch (PyException e) {
            pending = e;
        }
        try {
            Ops.callMethod(b, "close");
        } catch (PyException e) {
            if (pending != null) {
                e.value.context = pending.value;
            }
            throw e;
        }
        if (pending != null) {
            throw pending;
        }
    }

    @Exposed("detach($self, /)")
    @Override
    public PyObject detach() {
        PyObject b = attached();
        Ops.callMethod(this, "flush");
        buffer = null;
        fastBuffer = null;
        detached = true;
        giveFinalizationBack(b);
        return b;
    }

    @Exposed.Getter(value = "_finalizing", member = true)
    public boolean _finalizing() {
        return finalizing;
    }

    @Exposed.Setter("_finalizing")
    public void set_finalizing(PyObject v) {
        finalizing = finalizingValue(v);
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_reconfigure_impl
    @Exposed("reconfigure($self, /, *, encoding=None, errors=None, newline=..., "
            + "line_buffering=None, write_through=None)")
    public void reconfigure(PyObject encodingArg, PyObject errorsArg, PyObject newlineArg,
            PyObject lineBufferingArg, PyObject writeThroughArg) {
        attached();
        boolean newlineGiven = newlineArg != null && newlineArg != PyEllipsis.ELLIPSIS;
        String enc = optionalStr(encodingArg, "reconfigure", "encoding");
        String err = optionalStr(errorsArg, "reconfigure", "errors");
        String nl = newlineGiven ? optionalStr(newlineArg, "reconfigure", "newline") : readnl;
        if (newlineGiven) {
            validateNewline(nl);
        }
        if (decoder != null && (enc != null || newlineGiven) && !decoded.isEmpty()) {
            throw IoErrors.unsupported("It is not possible to set the encoding or newline of "
                    + "stream after the first read");
        }
        boolean newLineBuffering = optionalBool(lineBufferingArg, lineBuffering);
        boolean newWriteThrough = optionalBool(writeThroughArg, writeThrough);
        Ops.callMethod(this, "flush");
        if (enc != null || err != null || newlineGiven) {
            // the whole str names the locale; its C string (cut at a NUL) names a codec
            if (enc != null && ((PyStr) encodingArg).value().equals("locale")) {
                enc = IoModule.LOCALE_ENCODING;
            }
            // CPython makes a new encoder for any of the three (an unknown encoding changes
            // nothing), and decides afresh whether the stream has started: a stream that
            // cannot tell gets a new byte-order mark
            setCodec(enc != null ? enc : encoding);
            if (enc != null) {
                encoding = enc;
                errors = err == null ? "strict" : err;
            } else if (err != null) {
                errors = err;
            }
            fixEncoderState();
        }
        if (newlineGiven) {
            readUniversal = nl == null || nl.isEmpty();
            readTranslate = nl == null;
            readnl = nl;
            writenl = !readUniversal && !nl.equals("\n") ? nl : null;
        }
        if (decoder != null) {
            decoder = new TextDecoder(codec, codecInfo, errors,
                    readUniversal ? new NewlineDecoder(readTranslate) : null);
        }
        lineBuffering = newLineBuffering;
        writeThrough = newWriteThrough;
    }

    /** A flag of reconfigure(): None keeps it, anything else is read as a C long. */
    // CPython: Modules/_io/textio.c convert_optional_bool
    private static boolean optionalBool(PyObject o, boolean current) {
        return o == null || o == PyNone.NONE ? current : CArgs.asLong(o) != 0;
    }

    @Exposed("truncate($self, pos=None, /)")
    @Override
    public PyObject truncate(PyObject pos) {
        attached();
        Ops.callMethod(this, "flush");
        PyObject at = pos == null || pos == PyNone.NONE ? Ops.callMethod(this, "tell") : pos;
        return Ops.callMethod(buffer, "truncate", at);
    }

    // CPython: Modules/_io/iobase.c _PyIOBase_cannot_pickle
    @Exposed("__reduce_ex__($self, protocol, /)")
    public PyObject __reduce_ex__(PyObject protocol) {
        throw PyExceptions.typeError("cannot pickle '" + tpName() + "' object");
    }
}
