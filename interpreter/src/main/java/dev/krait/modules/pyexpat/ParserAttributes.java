package dev.krait.modules.pyexpat;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;

/**
 * The attributes of {@code pyexpat.xmlparser}: one getter/setter pair per handler
 * ({@link Handler}), the parser's position and error getters, and its options
 * ({@code buffer_text}, {@code buffer_size}, {@code ordered_attributes}, ...). Kept apart from
 * {@link PyXmlParser} because they are many and each is one line of delegation.
 *
 * <p>CPython counterpart: Modules/pyexpat.c {@code xmlparse_getsetlist},
 * {@code xmlparse_members}, {@code xmlparse_handler_getter}/{@code _setter} and the
 * {@code INT_GETTER}s.
 */
public final class ParserAttributes {
    private ParserAttributes() {}

    private static PyObject handler(PyXmlParser p, Handler h) {
        PyObject v = p.handler(h);
        return v == null ? PyNone.NONE : v;
    }

    @Exposed.Getter("StartElementHandler")
    public static PyObject getStartElementHandler(PyXmlParser p) {
        return handler(p, Handler.START_ELEMENT);
    }

    @Exposed.Setter("StartElementHandler")
    public static void setStartElementHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.START_ELEMENT, v);
    }

    @Exposed.Getter("EndElementHandler")
    public static PyObject getEndElementHandler(PyXmlParser p) {
        return handler(p, Handler.END_ELEMENT);
    }

    @Exposed.Setter("EndElementHandler")
    public static void setEndElementHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.END_ELEMENT, v);
    }

    @Exposed.Getter("ProcessingInstructionHandler")
    public static PyObject getProcessingInstructionHandler(PyXmlParser p) {
        return handler(p, Handler.PROCESSING_INSTRUCTION);
    }

    @Exposed.Setter("ProcessingInstructionHandler")
    public static void setProcessingInstructionHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.PROCESSING_INSTRUCTION, v);
    }

    @Exposed.Getter("CharacterDataHandler")
    public static PyObject getCharacterDataHandler(PyXmlParser p) {
        return handler(p, Handler.CHARACTER_DATA);
    }

    @Exposed.Setter("CharacterDataHandler")
    public static void setCharacterDataHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.CHARACTER_DATA, v);
    }

    @Exposed.Getter("UnparsedEntityDeclHandler")
    public static PyObject getUnparsedEntityDeclHandler(PyXmlParser p) {
        return handler(p, Handler.UNPARSED_ENTITY_DECL);
    }

    @Exposed.Setter("UnparsedEntityDeclHandler")
    public static void setUnparsedEntityDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.UNPARSED_ENTITY_DECL, v);
    }

    @Exposed.Getter("NotationDeclHandler")
    public static PyObject getNotationDeclHandler(PyXmlParser p) {
        return handler(p, Handler.NOTATION_DECL);
    }

    @Exposed.Setter("NotationDeclHandler")
    public static void setNotationDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.NOTATION_DECL, v);
    }

    @Exposed.Getter("StartNamespaceDeclHandler")
    public static PyObject getStartNamespaceDeclHandler(PyXmlParser p) {
        return handler(p, Handler.START_NAMESPACE_DECL);
    }

    @Exposed.Setter("StartNamespaceDeclHandler")
    public static void setStartNamespaceDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.START_NAMESPACE_DECL, v);
    }

    @Exposed.Getter("EndNamespaceDeclHandler")
    public static PyObject getEndNamespaceDeclHandler(PyXmlParser p) {
        return handler(p, Handler.END_NAMESPACE_DECL);
    }

    @Exposed.Setter("EndNamespaceDeclHandler")
    public static void setEndNamespaceDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.END_NAMESPACE_DECL, v);
    }

    @Exposed.Getter("CommentHandler")
    public static PyObject getCommentHandler(PyXmlParser p) {
        return handler(p, Handler.COMMENT);
    }

    @Exposed.Setter("CommentHandler")
    public static void setCommentHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.COMMENT, v);
    }

    @Exposed.Getter("StartCdataSectionHandler")
    public static PyObject getStartCdataSectionHandler(PyXmlParser p) {
        return handler(p, Handler.START_CDATA_SECTION);
    }

    @Exposed.Setter("StartCdataSectionHandler")
    public static void setStartCdataSectionHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.START_CDATA_SECTION, v);
    }

    @Exposed.Getter("EndCdataSectionHandler")
    public static PyObject getEndCdataSectionHandler(PyXmlParser p) {
        return handler(p, Handler.END_CDATA_SECTION);
    }

    @Exposed.Setter("EndCdataSectionHandler")
    public static void setEndCdataSectionHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.END_CDATA_SECTION, v);
    }

    @Exposed.Getter("DefaultHandler")
    public static PyObject getDefaultHandler(PyXmlParser p) {
        return handler(p, Handler.DEFAULT);
    }

    @Exposed.Setter("DefaultHandler")
    public static void setDefaultHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.DEFAULT, v);
    }

    @Exposed.Getter("DefaultHandlerExpand")
    public static PyObject getDefaultHandlerExpand(PyXmlParser p) {
        return handler(p, Handler.DEFAULT_EXPAND);
    }

    @Exposed.Setter("DefaultHandlerExpand")
    public static void setDefaultHandlerExpand(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.DEFAULT_EXPAND, v);
    }

    @Exposed.Getter("NotStandaloneHandler")
    public static PyObject getNotStandaloneHandler(PyXmlParser p) {
        return handler(p, Handler.NOT_STANDALONE);
    }

    @Exposed.Setter("NotStandaloneHandler")
    public static void setNotStandaloneHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.NOT_STANDALONE, v);
    }

    @Exposed.Getter("ExternalEntityRefHandler")
    public static PyObject getExternalEntityRefHandler(PyXmlParser p) {
        return handler(p, Handler.EXTERNAL_ENTITY_REF);
    }

    @Exposed.Setter("ExternalEntityRefHandler")
    public static void setExternalEntityRefHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.EXTERNAL_ENTITY_REF, v);
    }

    @Exposed.Getter("StartDoctypeDeclHandler")
    public static PyObject getStartDoctypeDeclHandler(PyXmlParser p) {
        return handler(p, Handler.START_DOCTYPE_DECL);
    }

    @Exposed.Setter("StartDoctypeDeclHandler")
    public static void setStartDoctypeDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.START_DOCTYPE_DECL, v);
    }

    @Exposed.Getter("EndDoctypeDeclHandler")
    public static PyObject getEndDoctypeDeclHandler(PyXmlParser p) {
        return handler(p, Handler.END_DOCTYPE_DECL);
    }

    @Exposed.Setter("EndDoctypeDeclHandler")
    public static void setEndDoctypeDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.END_DOCTYPE_DECL, v);
    }

    @Exposed.Getter("EntityDeclHandler")
    public static PyObject getEntityDeclHandler(PyXmlParser p) {
        return handler(p, Handler.ENTITY_DECL);
    }

    @Exposed.Setter("EntityDeclHandler")
    public static void setEntityDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.ENTITY_DECL, v);
    }

    @Exposed.Getter("XmlDeclHandler")
    public static PyObject getXmlDeclHandler(PyXmlParser p) {
        return handler(p, Handler.XML_DECL);
    }

    @Exposed.Setter("XmlDeclHandler")
    public static void setXmlDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.XML_DECL, v);
    }

    @Exposed.Getter("ElementDeclHandler")
    public static PyObject getElementDeclHandler(PyXmlParser p) {
        return handler(p, Handler.ELEMENT_DECL);
    }

    @Exposed.Setter("ElementDeclHandler")
    public static void setElementDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.ELEMENT_DECL, v);
    }

    @Exposed.Getter("AttlistDeclHandler")
    public static PyObject getAttlistDeclHandler(PyXmlParser p) {
        return handler(p, Handler.ATTLIST_DECL);
    }

    @Exposed.Setter("AttlistDeclHandler")
    public static void setAttlistDeclHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.ATTLIST_DECL, v);
    }

    @Exposed.Getter("SkippedEntityHandler")
    public static PyObject getSkippedEntityHandler(PyXmlParser p) {
        return handler(p, Handler.SKIPPED_ENTITY);
    }

    @Exposed.Setter("SkippedEntityHandler")
    public static void setSkippedEntityHandler(PyXmlParser p, PyObject v) {
        p.setHandler(Handler.SKIPPED_ENTITY, v);
    }

    // ---- position and error (XML_GetErrorLineNumber & co. are libexpat's Current* ones) ----

    @Exposed.Getter("ErrorCode")
    public static long getErrorCode(PyXmlParser p) {
        return Expat.errorCode(p.itself());
    }

    @Exposed.Getter("ErrorLineNumber")
    public static long getErrorLineNumber(PyXmlParser p) {
        return Expat.lineNumber(p.itself());
    }

    @Exposed.Getter("ErrorColumnNumber")
    public static long getErrorColumnNumber(PyXmlParser p) {
        return Expat.columnNumber(p.itself());
    }

    @Exposed.Getter("ErrorByteIndex")
    public static long getErrorByteIndex(PyXmlParser p) {
        return Expat.byteIndex(p.itself());
    }

    @Exposed.Getter("CurrentLineNumber")
    public static long getCurrentLineNumber(PyXmlParser p) {
        return Expat.lineNumber(p.itself());
    }

    @Exposed.Getter("CurrentColumnNumber")
    public static long getCurrentColumnNumber(PyXmlParser p) {
        return Expat.columnNumber(p.itself());
    }

    @Exposed.Getter("CurrentByteIndex")
    public static long getCurrentByteIndex(PyXmlParser p) {
        return Expat.byteIndex(p.itself());
    }

    // ---- options -------------------------------------------------------------------------

    @Exposed.Getter("buffer_size")
    public static long getBufferSize(PyXmlParser p) {
        return p.bufferSize();
    }

    @Exposed.Setter("buffer_size")
    public static void setBufferSize(PyXmlParser p, PyObject v) {
        p.setBufferSize(v);
    }

    @Exposed.Getter("buffer_text")
    public static boolean getBufferText(PyXmlParser p) {
        return p.bufferText();
    }

    @Exposed.Setter("buffer_text")
    public static void setBufferText(PyXmlParser p, PyObject v) {
        p.setBufferText(Ops.isTrue(v));
    }

    @Exposed.Getter("buffer_used")
    public static long getBufferUsed(PyXmlParser p) {
        return p.bufferUsed();
    }

    @Exposed.Getter("namespace_prefixes")
    public static boolean getNamespacePrefixes(PyXmlParser p) {
        return p.nsPrefixes;
    }

    @Exposed.Setter("namespace_prefixes")
    public static void setNamespacePrefixes(PyXmlParser p, PyObject v) {
        p.setNamespacePrefixes(Ops.isTrue(v));
    }

    @Exposed.Getter("ordered_attributes")
    public static boolean getOrderedAttributes(PyXmlParser p) {
        return p.orderedAttributes;
    }

    @Exposed.Setter("ordered_attributes")
    public static void setOrderedAttributes(PyXmlParser p, PyObject v) {
        p.orderedAttributes = Ops.isTrue(v);
    }

    @Exposed.Getter("specified_attributes")
    public static boolean getSpecifiedAttributes(PyXmlParser p) {
        return p.specifiedAttributes;
    }

    @Exposed.Setter("specified_attributes")
    public static void setSpecifiedAttributes(PyXmlParser p, PyObject v) {
        p.specifiedAttributes = Ops.isTrue(v);
    }

    /** The intern dictionary, or None (CPython: the read-only member {@code intern}). */
    @Exposed.Getter("intern")
    public static PyObject getIntern(PyXmlParser p) {
        return p.internDict();
    }
}
