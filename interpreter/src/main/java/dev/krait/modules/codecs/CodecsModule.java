package dev.krait.modules.codecs;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _codecs} module: the registry functions ({@code register}, {@code lookup},
 * {@code encode}, {@code register_error}...) here, the codecs in the classes beside it. Each
 * codec function takes the argument conversions of CPython's Argument Clinic, which these
 * helpers repeat with its messages.
 *
 * <p>CPython counterpart: Modules/_codecsmodule.c.
 */
@NativeModule.Register("_codecs")
public final class CodecsModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_codecs");
        ModuleBuilder.addFunctions(m, CodecsModule.class);
        ModuleBuilder.addFunctions(m, UnicodeCodecs.class);
        ModuleBuilder.addFunctions(m, WideCodecs.class);
        ModuleBuilder.addFunctions(m, Utf7Codec.class);
        ModuleBuilder.addFunctions(m, CharmapCodecs.class);
        ModuleBuilder.addFunctions(m, EscapeCodecs.class);
        return m;
    }

    // ---- the registry ------------------------------------------------------------------------

    @Exposed("register($module, search_function, /)")
    public static void register(PyObject searchFunction) {
        CodecRegistry.current().register(searchFunction);
    }

    @Exposed("unregister($module, search_function, /)")
    public static void unregister(PyObject searchFunction) {
        CodecRegistry.current().unregister(searchFunction);
    }

    @Exposed("lookup($module, encoding, /)")
    public static PyObject lookup(PyObject encoding) {
        return CodecRegistry.current().lookup(strArgument("lookup", "argument", encoding));
    }

    @Exposed("_forget_codec($module, encoding, /)")
    public static void _forget_codec(PyObject encoding) {
        CodecRegistry.current().forget(strArgument("_forget_codec", "argument", encoding));
    }

    // CPython: Python/codecs.c PyCodec_Encode
    @Exposed("encode($module, /, obj, encoding='utf-8', errors='strict')")
    public static PyObject encode(PyObject obj, PyObject encoding, PyObject errors) {
        return codecCall(obj, encoding, errors, 0, "encode", "encoding");
    }

    // CPython: Python/codecs.c PyCodec_Decode
    @Exposed("decode($module, /, obj, encoding='utf-8', errors='strict')")
    public static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        return codecCall(obj, encoding, errors, 1, "decode", "decoding");
    }

    private static PyObject codecCall(PyObject obj, PyObject encoding, PyObject errors,
            int which, String fn, String operation) {
        String enc = encoding == null ? "utf-8" : strArgument(fn, "argument 'encoding'",
                encoding);
        String err = errors == null ? null : strArgument(fn, "argument 'errors'", errors);
        PyObject codec = CodecRegistry.current().lookup(enc);
        PyObject f = Containers.getItem(codec, PyInt.of(which));
        PyObject result;
        try {
            result = err == null ? Ops.call(f, obj) : Ops.call(f, obj, PyStr.of(err));
        } catch (dev.krait.objects.PyException e) {
            throw StrCodecs.wrapCodecError(e, operation, enc);
        }
        if (!(result instanceof PyTuple t) || t.size() != 2) {
            throw PyExceptions.typeError(which == 0
                    ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    @Exposed("register_error($module, errors, handler, /)")
    public static void register_error(PyObject errors, PyObject handler) {
        CodecRegistry.current().registerError(strArgument("register_error", "argument 1",
                errors), handler);
    }

    @Exposed("lookup_error($module, name, /)")
    public static PyObject lookup_error(PyObject name) {
        return CodecRegistry.current().lookupError(strArgument("lookup_error", "argument",
                name));
    }

    // ---- Argument Clinic's conversions -------------------------------------------------------

    /** A {@code str} argument: "f() argument 1 must be str, not int". */
    static String strArgument(String fn, String which, PyObject o) {
        if (o instanceof PyStr s) {
            return CArgs.cString(s);
        }
        throw badArgument(fn, which, "str", o);
    }

    /** An {@code errors} argument: a str, or None (absent) for strict. */
    static String errorsArgument(String fn, PyObject o) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        if (o instanceof PyStr s) {
            return CArgs.cString(s);
        }
        throw badArgument(fn, "argument 2", "str or None", o);
    }

    /** The {@code str} argument of an encoder. */
    static PyStr textArgument(String fn, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        throw badArgument(fn, "argument 1", "str", o);
    }

    /** A bytes-like {@code data} argument of a decoder. */
    static byte[] dataArgument(PyObject o) {
        return PyBytes.requireBytesLike(o);
    }

    /** A {@code final} flag: an int (bool included), as {@code _PyLong_AsInt} reads it. */
    static boolean flagArgument(PyObject o, boolean dflt) {
        if (o == null) {
            return dflt;
        }
        return Numbers.index(o).signum() != 0;
    }

    static int intArgument(PyObject o, int dflt) {
        if (o == null) {
            return dflt;
        }
        return Numbers.index(o).intValueExact("Python int too large to convert to C int");
    }

    static dev.krait.objects.PyException badArgument(String fn, String which, String expected,
            PyObject o) {
        String got = o == PyNone.NONE ? "None" : o.type().getName();
        return PyExceptions.typeError(fn + "() " + which + " must be " + expected + ", not "
                + got);
    }

    /** A decoder's answer: (text, bytes consumed). */
    static PyTuple decoded(CharSequence text, int consumed) {
        return PyTuple.of(PyStr.of(text.toString()), PyInt.of(consumed));
    }

    /** An encoder's answer: (bytes, characters consumed). */
    static PyTuple encoded(byte[] b, int length) {
        return PyTuple.of(new PyBytes(b), PyInt.of(length));
    }

    static boolean isBytesLike(PyObject o) {
        return o instanceof PyBytes || o instanceof PyByteArray;
    }

    /** The fast codecs' error handler names, which {@link StrCodecs} handles itself. */
    static boolean fastHandler(String errors) {
        return errors == null || StrCodecs.handler(errors) != null;
    }
}
