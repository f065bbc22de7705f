package dev.krait.modules.pyexpat;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.ref.Cleaner;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code pyexpat.xmlparser}: one libexpat parser and the Python handlers it calls. Made by
 * {@code ParserCreate} or {@link #ExternalEntityParserCreate}; programs cannot instantiate the
 * type. The native parser is freed by a {@link Cleaner} once the object is unreachable, as
 * CPython frees it in {@code xmlparse_dealloc}.
 *
 * <p>libexpat calls back with the parser's user data, which here is the parser's id. While
 * {@code Parse} or {@code ParseFile} runs, the parser is in the JVM-wide table of {@link #active}
 * parsers, where the {@link Callbacks} find it; outside those calls no callback can happen, so
 * the table never keeps a parser alive. A Python exception raised in a handler is kept in
 * {@link #pending} until libexpat returns, then raised by the method that parsed.
 *
 * <p>CPython counterpart: Modules/pyexpat.c {@code xmlparseobject} and its methods and getsets.
 */
public final class PyXmlParser extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("xmlparser", PyXmlParser.class, null,
            ParserAttributes.class).withModule("pyexpat");

    /** CPython: Modules/pyexpat.c CHARACTER_DATA_BUFFER_SIZE. */
    private static final int DEFAULT_BUFFER_SIZE = 8192;
    /** Input longer than this goes to XML_Parse in pieces (CPython: MAX_CHUNK_SIZE). */
    private static final int MAX_CHUNK_SIZE = 1 << 20;
    /** What ParseFile asks read() for at a time (CPython: BUF_SIZE). */
    private static final int READ_SIZE = 2048;

    private static final AtomicLong IDS = new AtomicLong();
    private static final ConcurrentHashMap<Long, PyXmlParser> ACTIVE = new ConcurrentHashMap<>();
    private static final Cleaner CLEANER = Cleaner.create();

    /** "utf-8" as a C string, for XML_SetEncoding when Parse is given a str. */
    private static final class Utf8 {
        static final MemorySegment NAME = Arena.global().allocateFrom("utf-8");
    }

    final PyexpatModule.State state;
    private final MemorySegment itself;
    private final long id;
    private final PyDict intern;
    private final PyObject[] handlers = new PyObject[Handler.ALL.length];

    boolean orderedAttributes;
    boolean specifiedAttributes;
    boolean nsPrefixes;
    private boolean inCallback;
    /** The character-data buffer (UTF-8 bytes), or null when buffer_text is off. */
    private byte[] buffer;
    private int bufferSize = DEFAULT_BUFFER_SIZE;
    private int bufferUsed;
    /** The exception a handler raised during the current parse, raised when libexpat returns. */
    private Throwable pending;

    /** Frees a native parser; it holds the parent of an external-entity parser, so that the
     *  parent, whose DTD the child may share, is freed after it. */
    private record Free(MemorySegment parser, Object parent) implements Runnable {
        @Override
        public void run() {
            Expat.parserFree(parser);
        }
    }

    private PyXmlParser(PyexpatModule.State state, MemorySegment itself, PyDict intern,
            PyXmlParser parent) {
        super(TYPE);
        this.state = state;
        this.itself = itself;
        this.intern = intern;
        this.id = IDS.incrementAndGet();
        CLEANER.register(this, new Free(itself, parent));
        MemorySegment data = MemorySegment.ofAddress(id);
        Expat.setUserData(itself, data);
        Expat.setUnknownEncodingHandler(itself, Callbacks.unknownEncodingStub(), data);
    }

    /** A new parser (CPython: newxmlparseobject); null arguments are C's NULL. */
    static PyXmlParser create(PyexpatModule.State state, String encoding, String separator,
            PyDict intern) {
        MemorySegment p;
        try (Arena arena = Arena.ofConfined()) {
            p = Expat.parserCreate(encoding == null ? MemorySegment.NULL
                    : arena.allocateFrom(encoding), separator == null ? MemorySegment.NULL
                    : arena.allocateFrom(separator));
        }
        if (p.address() == 0) {
            throw PyExceptions.runtimeError("XML_ParserCreate failed");
        }
        return new PyXmlParser(state, p, intern, null);
    }

    // CPython: programs cannot create xmlparser objects (Py_TPFLAGS_DISALLOW_INSTANTIATION)
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        throw PyExceptions.typeError("cannot create 'pyexpat.xmlparser' instances");
    }

    MemorySegment itself() {
        return itself;
    }

    /** The parser libexpat's user data names, if it is parsing now; else null. */
    static PyXmlParser active(MemorySegment userData) {
        return ACTIVE.get(userData.address());
    }

    Throwable pending() {
        return pending;
    }

    PyObject handler(Handler h) {
        return handlers[h.ordinal()];
    }

    // ---- what the callbacks use --------------------------------------------------------------

    /**
     * Whether handler {@code h} is to be called now: it is set, no exception is pending, and
     * the buffered character data went to its handler first.
     */
    boolean ready(Handler h) {
        return handlers[h.ordinal()] != null && pending == null && flushCharacterBuffer();
    }

    /** Calls handler {@code h} with {@code args} (CPython: call_with_frame). */
    PyObject call(Handler h, PyObject... args) {
        PyObject handler = handlers[h.ordinal()];
        inCallback = true;
        try {
            return Ops.call(handler, args);
        } finally {
            inCallback = false;
        }
    }

    /** Calls handler {@code h} for the C int libexpat wants back (CPython: INT_HANDLER). */
    int callInt(Handler h, PyObject... args) {
        PyObject rv = call(h, args);
        PyInt v = Numbers.index(rv);
        if (!v.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return (int) v.longValue();
    }

    /** A C string as str, through the intern dictionary (CPython: string_intern). */
    PyObject intern(MemorySegment s) {
        PyObject result = Callbacks.text(s);
        if (intern == null || result == PyNone.NONE) {
            return result;
        }
        PyObject value = intern.getItem(result);
        if (value == null) {
            intern.setItem(result, result);
            return result;
        }
        return value;
    }

    /**
     * A handler raised {@code t} (or converting its arguments did): keep it, stop libexpat and
     * drop every handler, so that nothing more reaches Python before Parse raises it.
     */
    // CPython: Modules/pyexpat.c call_with_frame's XML_StopParser, then flag_error
    void fail(Throwable t) {
        keep(t);
        try {
            Expat.stopParser(itself);
            for (Handler h : Handler.ALL) {
                handlers[h.ordinal()] = null;
                // The character data handler may be the one running: replace it, never remove.
                h.install(itself, h == Handler.CHARACTER_DATA ? Callbacks.noopCharacterDataStub()
                        : MemorySegment.NULL);
            }
            Handler.EXTERNAL_ENTITY_REF.install(itself, Callbacks.errorExternalEntityRefStub());
        } catch (Throwable ignored) {
            // Only the JVM can fail here; the exception kept above is the one to report.
        }
    }

    /** Keeps the first exception of this parse for Parse to raise. */
    void keep(Throwable t) {
        if (pending == null) {
            pending = t;
        }
    }

    // CPython: Modules/pyexpat.c my_CharacterDataHandler
    void characterData(MemorySegment data, int len) {
        if (buffer == null) {
            callCharacterHandler(data.reinterpret(len).toArray(ValueLayout.JAVA_BYTE), len);
            return;
        }
        if (bufferUsed + len > bufferSize) {
            if (!flushCharacterBuffer()) {
                return;
            }
            // the flushed handler may have removed itself: then the rest is dropped
            if (handlers[Handler.CHARACTER_DATA.ordinal()] == null) {
                return;
            }
        }
        if (len > bufferSize) {
            callCharacterHandler(data.reinterpret(len).toArray(ValueLayout.JAVA_BYTE), len);
            bufferUsed = 0;
        } else {
            MemorySegment.copy(data.reinterpret(len), ValueLayout.JAVA_BYTE, 0, buffer,
                    bufferUsed, len);
            bufferUsed += len;
        }
    }

    /** Calls the character data handler with UTF-8 {@code bytes[0:len]}; false on failure. */
    // CPython: Modules/pyexpat.c call_character_handler
    private boolean callCharacterHandler(byte[] bytes, int len) {
        if (handlers[Handler.CHARACTER_DATA.ordinal()] == null) {
            return false;
        }
        try {
            call(Handler.CHARACTER_DATA, PyStr.of(new String(bytes, 0, len,
                    java.nio.charset.StandardCharsets.UTF_8)));
            return true;
        } catch (Throwable t) {
            fail(t);
            return false;
        }
    }

    /** Hands the buffered text to the handler; false when that failed (CPython: flush_...). */
    private boolean flushCharacterBuffer() {
        if (buffer == null || bufferUsed == 0) {
            return true;
        }
        boolean ok = callCharacterHandler(buffer, bufferUsed);
        bufferUsed = 0;
        return ok;
    }

    /** Flushes outside a parse, raising what the handler raised. */
    void flushOrRaise() {
        if (!flushCharacterBuffer()) {
            raisePending();
        }
    }

    private void raisePending() {
        Throwable t = pending;
        if (t == null) {
            return;
        }
        pending = null;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(t);
    }

    // ---- parsing -----------------------------------------------------------------------------

    /** Makes this parser findable by the callbacks; returns whether this call did it. */
    private boolean enter() {
        return ACTIVE.putIfAbsent(id, this) == null;
    }

    private void exit(boolean entered) {
        if (entered) {
            ACTIVE.remove(id);
        }
    }

    /** What Parse returns after libexpat's {@code rv} (CPython: get_parse_result). */
    private PyObject parseResult(int rv) {
        raisePending();
        if (rv == 0) {
            throw error(Expat.errorCode(itself));
        }
        flushOrRaise();
        return PyInt.of(rv);
    }

    /** ExpatError for {@code code} at the current position (CPython: set_error). */
    PyException error(int code) {
        int line = (int) Expat.lineNumber(itself);
        int column = (int) Expat.columnNumber(itself);
        String message = Expat.errorString(code);
        PyObject err = Ops.call(state.error, PyStr.of((message == null ? "(null)" : message)
                + ": line " + line + ", column " + column));
        Attributes.setAttr(err, "code", PyInt.of(code));
        Attributes.setAttr(err, "offset", PyInt.of(column));
        Attributes.setAttr(err, "lineno", PyInt.of(line));
        if (err instanceof PyBaseException e) {
            return e.raise();
        }
        throw PyExceptions.typeError("exceptions must derive from BaseException");
    }

    // CPython: Modules/pyexpat.c pyexpat_xmlparser_Parse_impl
    @Exposed(value = "Parse($self, data, isfinal=False, /)",
            doc = "Parse XML data.\n\n`isfinal' should be true at end of input.")
    public PyObject Parse(PyObject data, PyObject isfinal) {
        boolean isFinal = Numbers.index(isfinal).signum() != 0;
        byte[] bytes;
        if (data instanceof PyStr s) {
            bytes = PyBytes.bytesLikeCopy(StrCodecs.encodeText(s, "utf-8", "strict"));
            Expat.setEncoding(itself, Utf8.NAME);
        } else {
            bytes = PyBytes.bytesLikeCopy(data);
            if (bytes == null) {
                throw PyExceptions.typeError("a bytes-like object is required, not '"
                        + data.type().getName() + "'");
            }
        }
        int rv;
        boolean entered = enter();
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment s = arena.allocate(Math.max(1, bytes.length));
            MemorySegment.copy(bytes, 0, s, ValueLayout.JAVA_BYTE, 0, bytes.length);
            long offset = 0;
            long left = bytes.length;
            rv = 1;
            while (left > MAX_CHUNK_SIZE && rv != 0) {
                rv = Expat.parse(itself, s.asSlice(offset), MAX_CHUNK_SIZE, false);
                offset += MAX_CHUNK_SIZE;
                left -= MAX_CHUNK_SIZE;
            }
            if (rv != 0) {
                rv = Expat.parse(itself, s.asSlice(offset), (int) left, isFinal);
            }
        } finally {
            exit(entered);
        }
        return parseResult(rv);
    }

    // CPython: Modules/pyexpat.c pyexpat_xmlparser_ParseFile_impl and readinst
    @Exposed(value = "ParseFile($self, file, /)", doc = "Parse XML data from file-like object.")
    public PyObject ParseFile(PyObject file) {
        PyObject read = Attributes.lookupAttrOrNull(file, "read");
        if (read == null) {
            throw PyExceptions.typeError("argument must have 'read' attribute");
        }
        int rv;
        boolean entered = enter();
        try {
            for (;;) {
                MemorySegment buf = Expat.getBuffer(itself, READ_SIZE);
                if (buf.address() == 0) {
                    rv = 0;
                    break;
                }
                PyObject str = Ops.call(read, PyInt.of(READ_SIZE));
                byte[] chunk;
                if (str instanceof PyBytes || str instanceof PyByteArray) {
                    chunk = PyBytes.bytesLikeCopy(str);
                } else {
                    throw PyExceptions.typeError("read() did not return a bytes object (type="
                            + str.type().getName() + ")");
                }
                if (chunk.length > READ_SIZE) {
                    throw PyExceptions.valueError("read() returned too much data: " + READ_SIZE
                            + " bytes requested, " + chunk.length + " returned");
                }
                MemorySegment.copy(chunk, 0, buf.reinterpret(READ_SIZE), ValueLayout.JAVA_BYTE,
                        0, chunk.length);
                rv = Expat.parseBuffer(itself, chunk.length, chunk.length == 0);
                raisePending();
                if (rv == 0 || chunk.length == 0) {
                    break;
                }
            }
        } finally {
            exit(entered);
        }
        return parseResult(rv);
    }

    @Exposed(value = "SetBase($self, base, /)", doc = "Set the base URL for the parser.")
    public void SetBase(PyObject base) {
        String b = PyexpatModule.cString(base, "SetBase", "argument", false);
        try (Arena arena = Arena.ofConfined()) {
            if (Expat.setBase(itself, arena.allocateFrom(b)) == 0) {
                throw PyExceptions.of(PyExceptions.MemoryError, "");
            }
        }
    }

    @Exposed(value = "GetBase($self, /)", doc = "Return base URL string for the parser.")
    public PyObject GetBase() {
        String b = Expat.getBase(itself);
        return b == null ? PyNone.NONE : PyStr.of(b);
    }

    // CPython: Modules/pyexpat.c pyexpat_xmlparser_GetInputContext_impl
    @Exposed(value = "GetInputContext($self, /)", doc = "Return the untranslated text of the "
            + "input that caused the current event.\n\nIf the event was generated by a large "
            + "amount of text (such as a start tag\nfor an element with many attributes), not "
            + "all of the text may be available.")
    public PyObject GetInputContext() {
        if (!inCallback) {
            return PyNone.NONE;
        }
        byte[] context = Expat.inputContext(itself);
        return context == null ? PyNone.NONE : new PyBytes(context);
    }

    // CPython: Modules/pyexpat.c pyexpat_xmlparser_ExternalEntityParserCreate_impl
    @Exposed(value = "ExternalEntityParserCreate($self, context, encoding=<unrepresentable>, /)",
            doc = "Create a parser for parsing an external entity based on the information "
                    + "passed to the ExternalEntityRefHandler.")
    public PyObject ExternalEntityParserCreate(PyObject context, PyObject encoding) {
        String c = PyexpatModule.cString(context, "ExternalEntityParserCreate", "argument 1",
                true);
        String e = encoding == null ? null
                : PyexpatModule.cString(encoding, "ExternalEntityParserCreate", "argument 2",
                        false);
        MemorySegment child;
        try (Arena arena = Arena.ofConfined()) {
            child = Expat.externalEntityParserCreate(itself,
                    c == null ? MemorySegment.NULL : arena.allocateFrom(c),
                    e == null ? MemorySegment.NULL : arena.allocateFrom(e));
        }
        if (child.address() == 0) {
            throw PyExceptions.of(PyExceptions.MemoryError, "");
        }
        PyXmlParser p = new PyXmlParser(state, child, intern, this);
        p.bufferSize = bufferSize;
        p.orderedAttributes = orderedAttributes;
        p.specifiedAttributes = specifiedAttributes;
        p.nsPrefixes = nsPrefixes;
        if (buffer != null) {
            p.buffer = new byte[bufferSize];
        }
        for (Handler h : Handler.ALL) {
            PyObject handler = handlers[h.ordinal()];
            if (handler != null) {
                p.handlers[h.ordinal()] = handler;
                h.install(child, Callbacks.stub(h));
            }
        }
        return p;
    }

    @Exposed(value = "SetParamEntityParsing($self, flag, /)", doc = "Controls parsing of "
            + "parameter entities (including the external DTD subset).\n\nPossible flag values "
            + "are XML_PARAM_ENTITY_PARSING_NEVER,\nXML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE "
            + "and\nXML_PARAM_ENTITY_PARSING_ALWAYS. Returns true if setting the flag\nwas "
            + "successful.")
    public long SetParamEntityParsing(PyObject flag) {
        return Expat.setParamEntityParsing(itself, PyexpatModule.cInt(flag));
    }

    // CPython: Modules/pyexpat.c pyexpat_xmlparser_UseForeignDTD_impl
    @Exposed(value = "UseForeignDTD($self, flag=True, /)", doc = "Allows the application to "
            + "provide an artificial external subset if one is not specified as part of the "
            + "document instance.\n\nThis readily allows the use of a 'default' document type "
            + "controlled by the\napplication, while still getting the advantage of providing "
            + "document type\ninformation to the parser. 'flag' defaults to True if not "
            + "provided.")
    public void UseForeignDTD(PyObject flag) {
        int rc = Expat.useForeignDtd(itself, Ops.isTrue(flag));
        if (rc != 0) {
            throw error(rc);
        }
    }

    // ---- attributes (CPython: xmlparse_getsetlist) -------------------------------------------

    /** Sets handler {@code h} (CPython: xmlparse_handler_setter). */
    void setHandler(Handler h, PyObject v) {
        if (h == Handler.CHARACTER_DATA) {
            flushOrRaise();
        }
        MemorySegment c;
        if (v == PyNone.NONE) {
            // A character data handler that is running cannot be removed, only replaced.
            c = h == Handler.CHARACTER_DATA && inCallback ? Callbacks.noopCharacterDataStub()
                    : MemorySegment.NULL;
            v = null;
        } else {
            c = Callbacks.stub(h);
        }
        handlers[h.ordinal()] = v;
        h.install(itself, c);
    }

    boolean bufferText() {
        return buffer != null;
    }

    void setBufferText(boolean on) {
        if (on) {
            if (buffer == null) {
                buffer = new byte[bufferSize];
                bufferUsed = 0;
            }
        } else if (buffer != null) {
            flushOrRaise();
            buffer = null;
        }
    }

    int bufferSize() {
        return bufferSize;
    }

    // CPython: Modules/pyexpat.c xmlparse_buffer_size_setter
    void setBufferSize(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyExceptions.typeError("buffer_size must be an integer");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        long size = i.longValue();
        if (size <= 0) {
            throw PyExceptions.valueError("buffer_size must be greater than zero");
        }
        if (size == bufferSize) {
            return;
        }
        if (size > Integer.MAX_VALUE) {
            throw PyExceptions.valueError("buffer_size must not be greater than "
                    + Integer.MAX_VALUE);
        }
        if (buffer != null && bufferUsed != 0) {
            flushOrRaise();
        }
        buffer = new byte[(int) size];
        bufferSize = (int) size;
    }

    int bufferUsed() {
        return bufferUsed;
    }

    void setNamespacePrefixes(boolean on) {
        nsPrefixes = on;
        Expat.setReturnNsTriplet(itself, on);
    }

    PyObject internDict() {
        return intern == null ? PyNone.NONE : intern;
    }
}
