package dev.krait.modules.pyexpat;

import static dev.krait.modules.pyexpat.Expat.INT;
import static dev.krait.modules.pyexpat.Expat.PTR;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The handler attributes of an {@code xmlparser}, in CPython's order (its {@code handler_info}
 * table): each pairs the Python attribute name with libexpat's setter function
 * ({@code XML_Set<Name>}) and the C signature of the callback that setter installs. The Java
 * side of each callback is the {@link Callbacks} method of the same {@link #javaName}.
 *
 * <p>CPython counterpart: Modules/pyexpat.c {@code handler_info} and {@code enum HandlerTypes}.
 */
enum Handler {
    START_ELEMENT("StartElementHandler", "startElement", FunctionDescriptor.ofVoid(PTR, PTR, PTR)),
    END_ELEMENT("EndElementHandler", "endElement", FunctionDescriptor.ofVoid(PTR, PTR)),
    PROCESSING_INSTRUCTION("ProcessingInstructionHandler", "processingInstruction",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR)),
    CHARACTER_DATA("CharacterDataHandler", "characterData",
            FunctionDescriptor.ofVoid(PTR, PTR, INT)),
    UNPARSED_ENTITY_DECL("UnparsedEntityDeclHandler", "unparsedEntityDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR, PTR, PTR, PTR)),
    NOTATION_DECL("NotationDeclHandler", "notationDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR, PTR, PTR)),
    START_NAMESPACE_DECL("StartNamespaceDeclHandler", "startNamespaceDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR)),
    END_NAMESPACE_DECL("EndNamespaceDeclHandler", "endNamespaceDecl",
            FunctionDescriptor.ofVoid(PTR, PTR)),
    COMMENT("CommentHandler", "comment", FunctionDescriptor.ofVoid(PTR, PTR)),
    START_CDATA_SECTION("StartCdataSectionHandler", "startCdataSection",
            FunctionDescriptor.ofVoid(PTR)),
    END_CDATA_SECTION("EndCdataSectionHandler", "endCdataSection",
            FunctionDescriptor.ofVoid(PTR)),
    DEFAULT("DefaultHandler", "defaultHandler", FunctionDescriptor.ofVoid(PTR, PTR, INT)),
    DEFAULT_EXPAND("DefaultHandlerExpand", "defaultHandlerExpand",
            FunctionDescriptor.ofVoid(PTR, PTR, INT)),
    NOT_STANDALONE("NotStandaloneHandler", "notStandalone", FunctionDescriptor.of(INT, PTR)),
    EXTERNAL_ENTITY_REF("ExternalEntityRefHandler", "externalEntityRef",
            FunctionDescriptor.of(INT, PTR, PTR, PTR, PTR, PTR)),
    START_DOCTYPE_DECL("StartDoctypeDeclHandler", "startDoctypeDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR, PTR, INT)),
    END_DOCTYPE_DECL("EndDoctypeDeclHandler", "endDoctypeDecl", FunctionDescriptor.ofVoid(PTR)),
    ENTITY_DECL("EntityDeclHandler", "entityDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, INT, PTR, INT, PTR, PTR, PTR, PTR)),
    XML_DECL("XmlDeclHandler", "xmlDecl", FunctionDescriptor.ofVoid(PTR, PTR, PTR, INT)),
    ELEMENT_DECL("ElementDeclHandler", "elementDecl", FunctionDescriptor.ofVoid(PTR, PTR, PTR)),
    ATTLIST_DECL("AttlistDeclHandler", "attlistDecl",
            FunctionDescriptor.ofVoid(PTR, PTR, PTR, PTR, PTR, INT)),
    SKIPPED_ENTITY("SkippedEntityHandler", "skippedEntity",
            FunctionDescriptor.ofVoid(PTR, PTR, INT));

    static final Handler[] ALL = values();

    /** The attribute's name on the parser (and, prefixed with XML_Set, libexpat's setter). */
    final String pythonName;
    /** The {@link Callbacks} method libexpat calls. */
    final String javaName;
    /** The callback's C signature. */
    final FunctionDescriptor callback;

    Handler(String pythonName, String javaName, FunctionDescriptor callback) {
        this.pythonName = pythonName;
        this.javaName = javaName;
        this.callback = callback;
    }

    /** libexpat's {@code XML_Set<Name>} functions, bound on first use. */
    private static final class Setters {
        static final MethodHandle[] H = new MethodHandle[ALL.length];

        static {
            FunctionDescriptor fd = FunctionDescriptor.ofVoid(PTR, PTR);
            for (Handler h : ALL) {
                H[h.ordinal()] = Expat.bind("XML_Set" + h.pythonName, fd);
            }
        }
    }

    /** Installs {@code callback} (NULL to remove) as this handler of {@code parser}. */
    void install(MemorySegment parser, MemorySegment callback) {
        try {
            Setters.H[ordinal()].invokeExact(parser, callback);
        } catch (Throwable t) {
            throw Expat.failure(t);
        }
    }
}
