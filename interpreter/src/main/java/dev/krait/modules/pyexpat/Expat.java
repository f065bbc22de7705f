package dev.krait.modules.pyexpat;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The system's libexpat ({@code libexpat.so.1}), called through the Foreign Function and Memory
 * API: the functions of {@code <expat.h>} that CPython's pyexpat calls, each a method handle
 * bound once per JVM. Krait links the very library CPython's pyexpat is built against on a
 * Debian system, so the parser's events, error codes, messages and positions are libexpat's
 * own.
 *
 * <p>The library is looked up once ({@link Library#available}); when it is missing, no handle is
 * bound and the {@code pyexpat} module does not exist. None of these downcalls is critical:
 * {@code XML_Parse} and {@code XML_ParseBuffer} call back into Java (see {@link Callbacks}).
 * A downcall cannot throw a Python exception; what a handle throws is the JVM's own failure.
 */
final class Expat {
    private Expat() {}

    static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    static final ValueLayout.OfByte BOOL = ValueLayout.JAVA_BYTE;
    static final java.lang.foreign.AddressLayout PTR = ValueLayout.ADDRESS;

    /**
     * libexpat, or empty when it cannot be loaded. A holder of its own, so that asking whether
     * the library is there does not bind {@link Expat}'s handles (which would fail without it).
     */
    static final class Library {
        private Library() {}

        static final Optional<SymbolLookup> LOOKUP = load();

        /** Whether libexpat could be loaded (the {@code pyexpat} module exists only then). */
        static boolean available() {
            return LOOKUP.isPresent();
        }

        private static Optional<SymbolLookup> load() {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup("libexpat.so.1", Arena.global());
                return lib.find("XML_ParserCreate_MM").isPresent() ? Optional.of(lib)
                        : Optional.empty();
            } catch (IllegalArgumentException | UnsatisfiedLinkError e) {
                return Optional.empty();
            }
        }
    }

    static MethodHandle bind(String name, FunctionDescriptor fd) {
        MemorySegment f = Library.LOOKUP.orElseThrow().find(name).orElseThrow(
                () -> new UnsatisfiedLinkError("libexpat has no " + name));
        return Linker.nativeLinker().downcallHandle(f, fd);
    }

    /** Where libexpat's function {@code name} is (to install a handler setter's target). */
    static MemorySegment symbol(String name) {
        return Library.LOOKUP.orElseThrow().find(name).orElseThrow(
                () -> new UnsatisfiedLinkError("libexpat has no " + name));
    }

    private static final MethodHandle PARSER_CREATE = bind("XML_ParserCreate_MM",
            FunctionDescriptor.of(PTR, PTR, PTR, PTR));
    private static final MethodHandle PARSER_FREE = bind("XML_ParserFree",
            FunctionDescriptor.ofVoid(PTR));
    private static final MethodHandle EXTERNAL_PARSER_CREATE = bind(
            "XML_ExternalEntityParserCreate", FunctionDescriptor.of(PTR, PTR, PTR, PTR));
    private static final MethodHandle SET_USER_DATA = bind("XML_SetUserData",
            FunctionDescriptor.ofVoid(PTR, PTR));
    private static final MethodHandle PARSE = bind("XML_Parse",
            FunctionDescriptor.of(INT, PTR, PTR, INT, INT));
    private static final MethodHandle GET_BUFFER = bind("XML_GetBuffer",
            FunctionDescriptor.of(PTR, PTR, INT));
    private static final MethodHandle PARSE_BUFFER = bind("XML_ParseBuffer",
            FunctionDescriptor.of(INT, PTR, INT, INT));
    private static final MethodHandle STOP_PARSER = bind("XML_StopParser",
            FunctionDescriptor.of(INT, PTR, BOOL));
    private static final MethodHandle GET_ERROR_CODE = bind("XML_GetErrorCode",
            FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle ERROR_STRING = bind("XML_ErrorString",
            FunctionDescriptor.of(PTR, INT));
    private static final MethodHandle LINE = bind("XML_GetCurrentLineNumber",
            FunctionDescriptor.of(LONG, PTR));
    private static final MethodHandle COLUMN = bind("XML_GetCurrentColumnNumber",
            FunctionDescriptor.of(LONG, PTR));
    private static final MethodHandle BYTE_INDEX = bind("XML_GetCurrentByteIndex",
            FunctionDescriptor.of(LONG, PTR));
    private static final MethodHandle SET_ENCODING = bind("XML_SetEncoding",
            FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle SET_BASE = bind("XML_SetBase",
            FunctionDescriptor.of(INT, PTR, PTR));
    private static final MethodHandle GET_BASE = bind("XML_GetBase",
            FunctionDescriptor.of(PTR, PTR));
    private static final MethodHandle INPUT_CONTEXT = bind("XML_GetInputContext",
            FunctionDescriptor.of(PTR, PTR, PTR, PTR));
    private static final MethodHandle PARAM_ENTITY_PARSING = bind("XML_SetParamEntityParsing",
            FunctionDescriptor.of(INT, PTR, INT));
    private static final MethodHandle USE_FOREIGN_DTD = bind("XML_UseForeignDTD",
            FunctionDescriptor.of(INT, PTR, BOOL));
    private static final MethodHandle RETURN_NS_TRIPLET = bind("XML_SetReturnNSTriplet",
            FunctionDescriptor.ofVoid(PTR, INT));
    private static final MethodHandle SPECIFIED_ATTRIBUTE_COUNT = bind(
            "XML_GetSpecifiedAttributeCount", FunctionDescriptor.of(INT, PTR));
    private static final MethodHandle FREE_CONTENT_MODEL = bind("XML_FreeContentModel",
            FunctionDescriptor.ofVoid(PTR, PTR));
    private static final MethodHandle UNKNOWN_ENCODING_HANDLER = bind(
            "XML_SetUnknownEncodingHandler", FunctionDescriptor.ofVoid(PTR, PTR, PTR));
    private static final MethodHandle EXPAT_VERSION = bind("XML_ExpatVersion",
            FunctionDescriptor.of(PTR));
    private static final MethodHandle FEATURE_LIST = bind("XML_GetFeatureList",
            FunctionDescriptor.of(PTR));

    /** A downcall cannot raise a Python exception: whatever arrives here is the JVM's. */
    static RuntimeException failure(Throwable t) {
        if (t instanceof Error e) {
            throw e;
        }
        return t instanceof RuntimeException r ? r : new IllegalStateException(t);
    }

    /** A NUL-terminated C string's text (libexpat's strings are UTF-8), or null for NULL. */
    static String string(MemorySegment s) {
        return s.address() == 0 ? null : s.reinterpret(Long.MAX_VALUE).getString(0);
    }

    static MemorySegment parserCreate(MemorySegment encoding, MemorySegment separator) {
        try {
            return (MemorySegment) PARSER_CREATE.invokeExact(encoding, MemorySegment.NULL,
                    separator);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static MemorySegment externalEntityParserCreate(MemorySegment parser, MemorySegment context,
            MemorySegment encoding) {
        try {
            return (MemorySegment) EXTERNAL_PARSER_CREATE.invokeExact(parser, context, encoding);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void parserFree(MemorySegment parser) {
        try {
            PARSER_FREE.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void setUserData(MemorySegment parser, MemorySegment data) {
        try {
            SET_USER_DATA.invokeExact(parser, data);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int parse(MemorySegment parser, MemorySegment s, int len, boolean isFinal) {
        try {
            return (int) PARSE.invokeExact(parser, s, len, isFinal ? 1 : 0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static MemorySegment getBuffer(MemorySegment parser, int len) {
        try {
            return (MemorySegment) GET_BUFFER.invokeExact(parser, len);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int parseBuffer(MemorySegment parser, int len, boolean isFinal) {
        try {
            return (int) PARSE_BUFFER.invokeExact(parser, len, isFinal ? 1 : 0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void stopParser(MemorySegment parser) {
        try {
            int ignored = (int) STOP_PARSER.invokeExact(parser, (byte) 0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int errorCode(MemorySegment parser) {
        try {
            return (int) GET_ERROR_CODE.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** libexpat's message for an error code, or null for a code it does not know. */
    static String errorString(int code) {
        try {
            return string((MemorySegment) ERROR_STRING.invokeExact(code));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static long lineNumber(MemorySegment parser) {
        try {
            return (long) LINE.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static long columnNumber(MemorySegment parser) {
        try {
            return (long) COLUMN.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static long byteIndex(MemorySegment parser) {
        try {
            return (long) BYTE_INDEX.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int setEncoding(MemorySegment parser, MemorySegment encoding) {
        try {
            return (int) SET_ENCODING.invokeExact(parser, encoding);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int setBase(MemorySegment parser, MemorySegment base) {
        try {
            return (int) SET_BASE.invokeExact(parser, base);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static String getBase(MemorySegment parser) {
        try {
            return string((MemorySegment) GET_BASE.invokeExact(parser));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** The bytes of the input around the current event (XML_GetInputContext), or null. */
    static byte[] inputContext(MemorySegment parser) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment offset = arena.allocate(INT);
            MemorySegment size = arena.allocate(INT);
            MemorySegment buffer = (MemorySegment) INPUT_CONTEXT.invokeExact(parser, offset,
                    size);
            if (buffer.address() == 0) {
                return null;
            }
            int from = offset.get(INT, 0);
            int to = size.get(INT, 0);
            return buffer.reinterpret(to).asSlice(from, to - from).toArray(ValueLayout.JAVA_BYTE);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int setParamEntityParsing(MemorySegment parser, int flag) {
        try {
            return (int) PARAM_ENTITY_PARSING.invokeExact(parser, flag);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int useForeignDtd(MemorySegment parser, boolean flag) {
        try {
            return (int) USE_FOREIGN_DTD.invokeExact(parser, (byte) (flag ? 1 : 0));
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void setReturnNsTriplet(MemorySegment parser, boolean flag) {
        try {
            RETURN_NS_TRIPLET.invokeExact(parser, flag ? 1 : 0);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static int specifiedAttributeCount(MemorySegment parser) {
        try {
            return (int) SPECIFIED_ATTRIBUTE_COUNT.invokeExact(parser);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void freeContentModel(MemorySegment parser, MemorySegment model) {
        try {
            FREE_CONTENT_MODEL.invokeExact(parser, model);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    static void setUnknownEncodingHandler(MemorySegment parser, MemorySegment handler,
            MemorySegment data) {
        try {
            UNKNOWN_ENCODING_HANDLER.invokeExact(parser, handler, data);
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** {@code "expat_2.5.0"}. */
    static String version() {
        try {
            return string((MemorySegment) EXPAT_VERSION.invokeExact());
        } catch (Throwable t) {
            throw failure(t);
        }
    }

    /** XML_GetFeatureList's array of {feature, name, value}, ended by feature 0. */
    static MemorySegment featureList() {
        try {
            return (MemorySegment) FEATURE_LIST.invokeExact();
        } catch (Throwable t) {
            throw failure(t);
        }
    }
}
