package dev.krait.modules.pyexpat;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * The {@code pyexpat} module, which {@code xml.parsers.expat} re-exports and on which
 * {@code xml.sax}'s expatreader, {@code xml.etree.ElementTree.XMLParser},
 * {@code xml.dom.minidom}, {@code plistlib} and {@code xmlrpc} build: {@code ParserCreate},
 * {@code ErrorString}, the exception {@code ExpatError} (also {@code error}), the submodules
 * {@code errors} and {@code model} (registered in {@code sys.modules} as
 * {@code pyexpat.errors} and {@code pyexpat.model}), and libexpat's version and features.
 *
 * <p>The parsing is libexpat's own, called through the Foreign Function and Memory API
 * ({@link Expat}); when the library cannot be loaded the module does not exist
 * (ModuleNotFoundError), so that the standard library's fallbacks and test skips apply, as for
 * a CPython built without expat. The C-level capsule {@code expat_CAPI}, which only CPython's
 * C accelerator {@code _elementtree} reads, is not provided.
 *
 * <p>CPython counterpart: Modules/pyexpat.c {@code pyexpat_exec}, {@code pyexpat_ParserCreate_impl},
 * {@code pyexpat_ErrorString_impl}, {@code add_errors_module}, {@code add_model_module},
 * {@code add_features}.
 */
@NativeModule.Register("pyexpat")
public final class PyexpatModule implements NativeModule {
    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("xml.parsers.expat"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("ExpatError"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    /** The names of libexpat's error codes 1, 2, ... (CPython: error_info_of). */
    private static final String[] ERROR_NAMES = {
        "XML_ERROR_NO_MEMORY", "XML_ERROR_SYNTAX", "XML_ERROR_NO_ELEMENTS",
        "XML_ERROR_INVALID_TOKEN", "XML_ERROR_UNCLOSED_TOKEN", "XML_ERROR_PARTIAL_CHAR",
        "XML_ERROR_TAG_MISMATCH", "XML_ERROR_DUPLICATE_ATTRIBUTE",
        "XML_ERROR_JUNK_AFTER_DOC_ELEMENT", "XML_ERROR_PARAM_ENTITY_REF",
        "XML_ERROR_UNDEFINED_ENTITY", "XML_ERROR_RECURSIVE_ENTITY_REF",
        "XML_ERROR_ASYNC_ENTITY", "XML_ERROR_BAD_CHAR_REF", "XML_ERROR_BINARY_ENTITY_REF",
        "XML_ERROR_ATTRIBUTE_EXTERNAL_ENTITY_REF", "XML_ERROR_MISPLACED_XML_PI",
        "XML_ERROR_UNKNOWN_ENCODING", "XML_ERROR_INCORRECT_ENCODING",
        "XML_ERROR_UNCLOSED_CDATA_SECTION", "XML_ERROR_EXTERNAL_ENTITY_HANDLING",
        "XML_ERROR_NOT_STANDALONE", "XML_ERROR_UNEXPECTED_STATE",
        "XML_ERROR_ENTITY_DECLARED_IN_PE", "XML_ERROR_FEATURE_REQUIRES_XML_DTD",
        "XML_ERROR_CANT_CHANGE_FEATURE_ONCE_PARSING", "XML_ERROR_UNBOUND_PREFIX",
        "XML_ERROR_UNDECLARING_PREFIX", "XML_ERROR_INCOMPLETE_PE", "XML_ERROR_XML_DECL",
        "XML_ERROR_TEXT_DECL", "XML_ERROR_PUBLICID", "XML_ERROR_SUSPENDED",
        "XML_ERROR_NOT_SUSPENDED", "XML_ERROR_ABORTED", "XML_ERROR_FINISHED",
        "XML_ERROR_SUSPEND_PE", "XML_ERROR_RESERVED_PREFIX_XML",
        "XML_ERROR_RESERVED_PREFIX_XMLNS", "XML_ERROR_RESERVED_NAMESPACE_URI",
        "XML_ERROR_INVALID_ARGUMENT", "XML_ERROR_NO_BUFFER",
        "XML_ERROR_AMPLIFICATION_LIMIT_BREACH",
    };

    /** libexpat's enum XML_Content_Type and XML_Content_Quant, for {@code pyexpat.model}. */
    private static final String[] MODEL_TYPES = {
        "XML_CTYPE_EMPTY", "XML_CTYPE_ANY", "XML_CTYPE_MIXED", "XML_CTYPE_NAME",
        "XML_CTYPE_CHOICE", "XML_CTYPE_SEQ",
    };
    private static final String[] MODEL_QUANTS = {
        "XML_CQUANT_NONE", "XML_CQUANT_OPT", "XML_CQUANT_REP", "XML_CQUANT_PLUS",
    };

    private static State state() {
        return ThreadState.current().interpreter.state(State.class, State::new);
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Expat.Library.available()) {
            throw Importer.moduleNotFound("No module named 'pyexpat'", "pyexpat");
        }
        PyModule m = new PyModule("pyexpat");
        m.put("__doc__", PyStr.of("Python wrapper for Expat parser."));
        ModuleBuilder.addFunctions(m, PyexpatModule.class);
        State st = interpreter.state(State.class, State::new);
        m.put("error", st.error);
        m.put("ExpatError", st.error);
        m.put("XMLParserType", PyXmlParser.TYPE);
        String version = Expat.version();
        m.put("EXPAT_VERSION", PyStr.of(version));
        m.put("version_info", versionInfo(version));
        m.put("native_encoding", PyStr.of("UTF-8"));
        m.put("errors", errorsModule(interpreter));
        m.put("model", modelModule(interpreter));
        m.put("features", features());
        m.put("XML_PARAM_ENTITY_PARSING_NEVER", PyInt.of(0));
        m.put("XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", PyInt.of(1));
        m.put("XML_PARAM_ENTITY_PARSING_ALWAYS", PyInt.of(2));
        return m;
    }

    /** (major, minor, micro) from {@code "expat_2.5.0"} (CPython: XML_ExpatVersionInfo). */
    private static PyTuple versionInfo(String version) {
        String[] parts = version.substring(version.indexOf('_') + 1).split("\\.");
        PyObject[] items = new PyObject[3];
        for (int i = 0; i < 3; i++) {
            items[i] = PyInt.of(i < parts.length ? Integer.parseInt(parts[i]) : 0);
        }
        return new PyTuple(items);
    }

    /** A submodule made here and registered in sys.modules (CPython: add_submodule). */
    private static PyModule submodule(Interpreter interpreter, String name, String doc) {
        PyModule sub = new PyModule("pyexpat." + name);
        sub.put("__doc__", PyStr.of(doc));
        interpreter.modules().setItem(PyStr.of("pyexpat." + name), sub);
        return sub;
    }

    // CPython: Modules/pyexpat.c add_errors_module: libexpat's own messages
    private static PyModule errorsModule(Interpreter interpreter) {
        PyModule errors = submodule(interpreter, "errors",
                "Constants used to describe error conditions.");
        PyDict codes = new PyDict();
        PyDict messages = new PyDict();
        for (int i = 0; i < ERROR_NAMES.length; i++) {
            int code = i + 1;
            String message = Expat.errorString(code);
            if (message == null) {
                continue;
            }
            errors.put(ERROR_NAMES[i], PyStr.of(message));
            codes.setItem(PyStr.of(message), PyInt.of(code));
            messages.setItem(PyInt.of(code), PyStr.of(message));
        }
        errors.put("codes", codes);
        errors.put("messages", messages);
        return errors;
    }

    private static PyModule modelModule(Interpreter interpreter) {
        PyModule model = submodule(interpreter, "model",
                "Constants used to interpret content model information.");
        for (int i = 0; i < MODEL_TYPES.length; i++) {
            model.put(MODEL_TYPES[i], PyInt.of(i + 1));
        }
        for (int i = 0; i < MODEL_QUANTS.length; i++) {
            model.put(MODEL_QUANTS[i], PyInt.of(i));
        }
        return model;
    }

    /** [(name, value), ...] from XML_GetFeatureList (CPython: add_features). */
    private static PyList features() {
        // XML_Feature {int feature; const char *name; long value;}: 24 bytes on LP64
        PyList list = new PyList();
        MemorySegment all = Expat.featureList().reinterpret(Long.MAX_VALUE);
        for (long at = 0; all.get(Expat.INT, at) != 0; at += 24) {
            list.append(PyTuple.of(PyStr.of(Expat.string(all.get(Expat.PTR, at + 8))),
                    PyInt.of(all.get(Expat.LONG, at + 16))));
        }
        return list;
    }

    // ---- functions ---------------------------------------------------------------------------

    // CPython: Modules/pyexpat.c pyexpat_ParserCreate_impl
    @Exposed(value = "ParserCreate($module, /, encoding=None, namespace_separator=None, "
            + "intern=<unrepresentable>)", doc = "Return a new XML parser object.")
    public static PyObject ParserCreate(PyObject encoding, PyObject namespaceSeparator,
            PyObject intern) {
        String enc = cString(encoding, "ParserCreate", "argument 'encoding'", true);
        String sep = cString(namespaceSeparator, "ParserCreate",
                "argument 'namespace_separator'", true);
        if (sep != null && sep.getBytes(StandardCharsets.UTF_8).length > 1) {
            throw PyExceptions.valueError("namespace_separator must be at most one character, "
                    + "omitted, or None");
        }
        PyDict dict;
        if (intern == PyNone.NONE) {
            dict = null;
        } else if (intern == null) {
            dict = new PyDict();
        } else if (intern instanceof PyDict d) {
            dict = d;
        } else {
            throw PyExceptions.typeError("intern must be a dictionary");
        }
        return PyXmlParser.create(state(), enc, sep, dict);
    }

    @Exposed(value = "ErrorString($module, code, /)",
            doc = "Returns string error for given number.")
    public static PyObject ErrorString(PyObject code) {
        PyInt c = Numbers.index(code);
        if (!c.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        // CPython passes the long to XML_ErrorString's int parameter, keeping its low bits
        String message = Expat.errorString((int) c.longValue());
        return message == null ? PyNone.NONE : PyStr.of(message);
    }

    // ---- argument conversions ----------------------------------------------------------------

    /**
     * A str argument as the text of a C string (null for None where allowed), with the errors
     * of Argument Clinic's {@code str} converter.
     */
    static String cString(PyObject arg, String function, String what, boolean noneAllowed) {
        if (arg == PyNone.NONE && noneAllowed) {
            return null;
        }
        if (!(arg instanceof PyStr s)) {
            throw PyExceptions.typeError(function + "() " + what + " must be str"
                    + (noneAllowed ? " or None" : "") + ", not " + arg.type().getName());
        }
        return CArgs.cString(s);
    }

    /** An int argument as a C int (CPython: _PyLong_AsInt). */
    static int cInt(PyObject arg) {
        PyInt v = Numbers.index(arg);
        if (!v.isSmall() || v.longValue() < Integer.MIN_VALUE
                || v.longValue() > Integer.MAX_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) v.longValue();
    }
}
