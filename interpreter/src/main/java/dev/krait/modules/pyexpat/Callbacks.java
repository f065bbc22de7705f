package dev.krait.modules.pyexpat;

import static dev.krait.modules.pyexpat.Expat.INT;
import static dev.krait.modules.pyexpat.Expat.PTR;

import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandles;

/**
 * The C callbacks libexpat calls while it parses: one upcall stub per {@link Handler}, made once
 * per JVM, each turning libexpat's C arguments into Python objects and calling the parser's
 * Python handler, as CPython's {@code my_*Handler} trampolines do.
 *
 * <p>The stubs find their parser from libexpat's user data, which is the parser's id (see
 * {@link PyXmlParser#active}). No Java exception may cross back into C -- the JVM would stop --
 * so each callback catches everything: a Python exception raised by a handler (or by the
 * conversion of its arguments) is kept on the parser, which stops libexpat
 * ({@code XML_StopParser}) and drops its handlers; {@code Parse} raises it once libexpat returns.
 * While an exception is pending no further handler is called, as in CPython, where the
 * trampolines test {@code PyErr_Occurred()}.
 *
 * <p>CPython counterpart: Modules/pyexpat.c {@code my_StartElementHandler},
 * {@code my_CharacterDataHandler}, the {@code VOID_HANDLER}/{@code INT_HANDLER}/
 * {@code RC_HANDLER} trampolines, {@code my_ElementDeclHandler},
 * {@code PyUnknownEncodingHandler}, {@code noop_character_data_handler} and
 * {@code error_external_entity_ref_handler}.
 */
final class Callbacks {
    private Callbacks() {}

    /** The upcall stubs, bound once per JVM when the first parser is made. */
    private static final class Stubs {
        static final MemorySegment[] HANDLERS = new MemorySegment[Handler.ALL.length];
        static final MemorySegment NOOP_CHARACTER_DATA = stub("noopCharacterData",
                FunctionDescriptor.ofVoid(PTR, PTR, INT));
        static final MemorySegment ERROR_EXTERNAL_ENTITY_REF = stub("errorExternalEntityRef",
                FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR, PTR));
        static final MemorySegment UNKNOWN_ENCODING = stub("unknownEncoding",
                FunctionDescriptor.of(INT, PTR, PTR, PTR));

        static {
            for (Handler h : Handler.ALL) {
                HANDLERS[h.ordinal()] = stub(h.javaName, h.callback);
            }
        }

        private static MemorySegment stub(String name, FunctionDescriptor fd) {
            try {
                return Linker.nativeLinker().upcallStub(MethodHandles.lookup().findStatic(
                        Callbacks.class, name, fd.toMethodType()), fd, Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The C function libexpat calls for {@code h}. */
    static MemorySegment stub(Handler h) {
        return Stubs.HANDLERS[h.ordinal()];
    }

    /** A character-data handler that does nothing: what replaces it during its own call. */
    static MemorySegment noopCharacterDataStub() {
        return Stubs.NOOP_CHARACTER_DATA;
    }

    /** An external-entity handler that fails the parse, installed once a handler failed. */
    static MemorySegment errorExternalEntityRefStub() {
        return Stubs.ERROR_EXTERNAL_ENTITY_REF;
    }

    static MemorySegment unknownEncodingStub() {
        return Stubs.UNKNOWN_ENCODING;
    }

    // ---- conversions -------------------------------------------------------------------------

    /** A C string as str, or None for NULL (CPython: conv_string_to_unicode). */
    static PyObject text(MemorySegment s) {
        String v = Expat.string(s);
        return v == null ? PyNone.NONE : PyStr.of(v);
    }

    /** {@code len} bytes of UTF-8 as str, or None for NULL (conv_string_len_to_unicode). */
    static PyObject text(MemorySegment s, int len) {
        if (s.address() == 0) {
            return PyNone.NONE;
        }
        return PyStr.of(new String(s.reinterpret(len).toArray(ValueLayout.JAVA_BYTE),
                java.nio.charset.StandardCharsets.UTF_8));
    }

    // ---- the handlers ------------------------------------------------------------------------

    // CPython: Modules/pyexpat.c my_StartElementHandler
    static void startElement(MemorySegment ud, MemorySegment name, MemorySegment atts) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p == null || !p.ready(Handler.START_ELEMENT)) {
            return;
        }
        try {
            int max;
            MemorySegment a = atts.reinterpret(Long.MAX_VALUE);
            if (p.specifiedAttributes) {
                max = Expat.specifiedAttributeCount(p.itself());
            } else {
                max = 0;
                while (a.getAtIndex(PTR, max).address() != 0) {
                    max += 2;
                }
            }
            PyObject container;
            if (p.orderedAttributes) {
                PyList list = new PyList();
                for (int i = 0; i < max; i += 2) {
                    list.append(p.intern(a.getAtIndex(PTR, i)));
                    list.append(text(a.getAtIndex(PTR, i + 1)));
                }
                container = list;
            } else {
                PyDict dict = new PyDict();
                for (int i = 0; i < max; i += 2) {
                    dict.setItem(p.intern(a.getAtIndex(PTR, i)), text(a.getAtIndex(PTR, i + 1)));
                }
                container = dict;
            }
            p.call(Handler.START_ELEMENT, p.intern(name), container);
        } catch (Throwable t) {
            p.fail(t);
        }
    }

    static void endElement(MemorySegment ud, MemorySegment name) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.END_ELEMENT)) {
            try {
                p.call(Handler.END_ELEMENT, p.intern(name));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void processingInstruction(MemorySegment ud, MemorySegment target,
            MemorySegment data) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.PROCESSING_INSTRUCTION)) {
            try {
                p.call(Handler.PROCESSING_INSTRUCTION, p.intern(target), text(data));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    // CPython: Modules/pyexpat.c my_CharacterDataHandler (buffered or not)
    static void characterData(MemorySegment ud, MemorySegment data, int len) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p == null || p.pending() != null) {
            return;
        }
        try {
            p.characterData(data, len);
        } catch (Throwable t) {
            p.fail(t);
        }
    }

    static void noopCharacterData(MemorySegment ud, MemorySegment data, int len) {
    }

    static void unparsedEntityDecl(MemorySegment ud, MemorySegment name, MemorySegment base,
            MemorySegment systemId, MemorySegment publicId, MemorySegment notation) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.UNPARSED_ENTITY_DECL)) {
            try {
                p.call(Handler.UNPARSED_ENTITY_DECL, p.intern(name), p.intern(base),
                        p.intern(systemId), p.intern(publicId), p.intern(notation));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void notationDecl(MemorySegment ud, MemorySegment name, MemorySegment base,
            MemorySegment systemId, MemorySegment publicId) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.NOTATION_DECL)) {
            try {
                p.call(Handler.NOTATION_DECL, p.intern(name), p.intern(base),
                        p.intern(systemId), p.intern(publicId));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void startNamespaceDecl(MemorySegment ud, MemorySegment prefix, MemorySegment uri) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.START_NAMESPACE_DECL)) {
            try {
                p.call(Handler.START_NAMESPACE_DECL, p.intern(prefix), p.intern(uri));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void endNamespaceDecl(MemorySegment ud, MemorySegment prefix) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.END_NAMESPACE_DECL)) {
            try {
                p.call(Handler.END_NAMESPACE_DECL, p.intern(prefix));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void comment(MemorySegment ud, MemorySegment data) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.COMMENT)) {
            try {
                p.call(Handler.COMMENT, text(data));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void startCdataSection(MemorySegment ud) {
        noArguments(ud, Handler.START_CDATA_SECTION);
    }

    static void endCdataSection(MemorySegment ud) {
        noArguments(ud, Handler.END_CDATA_SECTION);
    }

    static void endDoctypeDecl(MemorySegment ud) {
        noArguments(ud, Handler.END_DOCTYPE_DECL);
    }

    private static void noArguments(MemorySegment ud, Handler h) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(h)) {
            try {
                p.call(h);
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void defaultHandler(MemorySegment ud, MemorySegment s, int len) {
        textLength(ud, Handler.DEFAULT, s, len);
    }

    static void defaultHandlerExpand(MemorySegment ud, MemorySegment s, int len) {
        textLength(ud, Handler.DEFAULT_EXPAND, s, len);
    }

    private static void textLength(MemorySegment ud, Handler h, MemorySegment s, int len) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(h)) {
            try {
                p.call(h, text(s, len));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    // CPython: Modules/pyexpat.c INT_HANDLER(NotStandalone): the handler's int is libexpat's
    static int notStandalone(MemorySegment ud) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p == null || !p.ready(Handler.NOT_STANDALONE)) {
            return 0;
        }
        try {
            return p.callInt(Handler.NOT_STANDALONE);
        } catch (Throwable t) {
            p.fail(t);
            return 0;
        }
    }

    // CPython: Modules/pyexpat.c RC_HANDLER(int, ExternalEntityRef, ...): the first argument
    // is the parser itself, whose first word is the user data (XML_GetUserData)
    static int externalEntityRef(MemorySegment parser, MemorySegment context, MemorySegment base,
            MemorySegment systemId, MemorySegment publicId) {
        PyXmlParser p = PyXmlParser.active(parser.reinterpret(PTR.byteSize()).get(PTR, 0));
        if (p == null || !p.ready(Handler.EXTERNAL_ENTITY_REF)) {
            return 0;
        }
        try {
            return p.callInt(Handler.EXTERNAL_ENTITY_REF, text(context), p.intern(base),
                    p.intern(systemId), p.intern(publicId));
        } catch (Throwable t) {
            p.fail(t);
            return 0;
        }
    }

    static int errorExternalEntityRef(MemorySegment parser, MemorySegment context,
            MemorySegment base, MemorySegment systemId, MemorySegment publicId) {
        return 0;
    }

    static void startDoctypeDecl(MemorySegment ud, MemorySegment name, MemorySegment systemId,
            MemorySegment publicId, int hasInternalSubset) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.START_DOCTYPE_DECL)) {
            try {
                p.call(Handler.START_DOCTYPE_DECL, p.intern(name), p.intern(systemId),
                        p.intern(publicId), PyInt.of(hasInternalSubset));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void entityDecl(MemorySegment ud, MemorySegment name, int isParameterEntity,
            MemorySegment value, int valueLength, MemorySegment base, MemorySegment systemId,
            MemorySegment publicId, MemorySegment notation) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.ENTITY_DECL)) {
            try {
                p.call(Handler.ENTITY_DECL, p.intern(name), PyInt.of(isParameterEntity),
                        text(value, valueLength), p.intern(base), p.intern(systemId),
                        p.intern(publicId), p.intern(notation));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void xmlDecl(MemorySegment ud, MemorySegment version, MemorySegment encoding,
            int standalone) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.XML_DECL)) {
            try {
                p.call(Handler.XML_DECL, text(version), text(encoding), PyInt.of(standalone));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    // CPython: Modules/pyexpat.c my_ElementDeclHandler: the model is ours to free, always
    static void elementDecl(MemorySegment ud, MemorySegment name, MemorySegment model) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p == null) {
            return;
        }
        try {
            if (p.ready(Handler.ELEMENT_DECL)) {
                PyObject m = contentModel(model);
                p.call(Handler.ELEMENT_DECL, p.intern(name), m);
            }
        } catch (Throwable t) {
            p.fail(t);
        } finally {
            try {
                Expat.freeContentModel(p.itself(), model);
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    /** An XML_Content tree as (type, quant, name, children) tuples (conv_content_model). */
    private static PyObject contentModel(MemorySegment model) {
        // struct XML_cp {int type; int quant; XML_Char *name; unsigned numchildren;
        // XML_Content *children;}: 32 bytes on LP64
        MemorySegment m = model.reinterpret(32);
        int count = m.get(INT, 16);
        MemorySegment children = m.get(PTR, 24);
        PyObject[] items = new PyObject[count];
        for (int i = 0; i < count; i++) {
            items[i] = contentModel(children.reinterpret(32L * count).asSlice(32L * i, 32));
        }
        return PyTuple.of(PyInt.of(m.get(INT, 0)), PyInt.of(m.get(INT, 4)),
                text(m.get(PTR, 8)), new PyTuple(items));
    }

    static void attlistDecl(MemorySegment ud, MemorySegment element, MemorySegment attribute,
            MemorySegment type, MemorySegment dflt, int isRequired) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.ATTLIST_DECL)) {
            try {
                p.call(Handler.ATTLIST_DECL, p.intern(element), p.intern(attribute), text(type),
                        text(dflt), PyInt.of(isRequired));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    static void skippedEntity(MemorySegment ud, MemorySegment name, int isParameterEntity) {
        PyXmlParser p = PyXmlParser.active(ud);
        if (p != null && p.ready(Handler.SKIPPED_ENTITY)) {
            try {
                p.call(Handler.SKIPPED_ENTITY, p.intern(name), PyInt.of(isParameterEntity));
            } catch (Throwable t) {
                p.fail(t);
            }
        }
    }

    // ---- unknown encodings -------------------------------------------------------------------

    /**
     * libexpat met an encoding it does not know: if Python's codec of that name decodes each
     * of the 256 byte values to one character, fill {@code info->map} with them (-1 where the
     * codec has none), else fail. The data is the parser's id, so that an exception the codec
     * raises reaches that parser's {@code Parse}.
     */
    // CPython: Modules/pyexpat.c PyUnknownEncodingHandler
    static int unknownEncoding(MemorySegment data, MemorySegment name, MemorySegment info) {
        PyXmlParser p = PyXmlParser.active(data);
        if (p == null || p.pending() != null) {
            return 0;
        }
        try {
            byte[] all = new byte[256];
            for (int i = 0; i < 256; i++) {
                all[i] = (byte) i;
            }
            PyObject u = Ops.callMethod(new dev.krait.objects.PyBytes(all), "decode",
                    PyStr.of(Expat.string(name)), PyStr.of("replace"));
            if (!(u instanceof PyStr s)) {
                throw dev.krait.objects.PyExceptions.typeError("decoder did not return a str");
            }
            int[] cps = s.codePoints();
            if (cps.length != 256) {
                throw dev.krait.objects.PyExceptions.valueError(
                        "multi-byte encodings are not supported");
            }
            // XML_Encoding {int map[256]; void *data; convert; release;}
            MemorySegment e = info.reinterpret(256 * 4 + 3 * 8);
            for (int i = 0; i < 256; i++) {
                e.setAtIndex(INT, i, cps[i] == 0xFFFD ? -1 : cps[i]);
            }
            e.set(PTR, 1024, MemorySegment.NULL);
            e.set(PTR, 1032, MemorySegment.NULL);
            e.set(PTR, 1040, MemorySegment.NULL);
            return 1;
        } catch (Throwable t) {
            p.keep(t);
            return 0;
        }
    }
}
