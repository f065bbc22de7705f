package dev.krait.modules.json;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code _json} module: {@code make_scanner} and {@code make_encoder} (the types
 * {@link PyJsonScanner} and {@link PyJsonEncoder}), {@code scanstring} and the two string
 * escapers.
 *
 * <p>CPython counterpart: Modules/_json.c.
 */
@NativeModule.Register("_json")
public final class JsonModule implements NativeModule {
    /** The module object, recognised by the encoder to call the escapers directly. */
    static final class Module extends PyModule {
        Module() {
            super(PyModule.TYPE, "_json");
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        Module m = new Module();
        m.put("__doc__", PyStr.of("json speedups\n"));
        ModuleBuilder.addFunctions(m, JsonModule.class);
        m.put("make_scanner", PyJsonScanner.TYPE);
        m.put("make_encoder", PyJsonEncoder.TYPE);
        return m;
    }

    private static PyStr requireStr(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("first argument must be a string, not "
                    + s.type().getName());
        }
        return str;
    }

    // CPython: Modules/_json.c py_scanstring
    @Exposed(value = "scanstring($module, string, end, strict=True, /)",
            doc = "scanstring(string, end, strict=True) -> (string, end)\n\nScan the string s "
                    + "for a JSON string. End is the index of the\ncharacter in s after the "
                    + "quote that started the JSON string.\nUnescapes all valid JSON string "
                    + "escape sequences and raises ValueError\non attempt to decode an invalid "
                    + "string. If strict is False then literal\ncontrol characters are allowed "
                    + "in the string.\n\nReturns a tuple of the decoded string and the index of "
                    + "the character in s\nafter the end quote.",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject scanstring(PyObject string, PyObject end, PyObject strict) {
        // CPython: Modules/_json.c py_scanstring, format "On|i"
        long at = CArgs.asSsizeT(end);
        boolean isStrict = strict == null || CArgs.intFormat(strict) != 0;
        PyStr s = requireStr(string);
        int[] next = new int[1];
        PyStr value = JsonStrings.scan(new JsonText(s),
                (int) Math.max(Math.min(at, Integer.MAX_VALUE), -1), isStrict, next);
        return PyTuple.of(value, PyInt.of(next[0]));
    }

    @Exposed(value = "encode_basestring_ascii($module, string, /)",
            doc = "encode_basestring_ascii(string) -> string\n\nReturn an ASCII-only JSON "
                    + "representation of a Python string", signature = Exposed.Signature.HIDDEN)
    public static PyObject encode_basestring_ascii(PyObject string) {
        return JsonStrings.escapeAscii(requireStr(string));
    }

    @Exposed(value = "encode_basestring($module, string, /)",
            doc = "encode_basestring(string) -> string\n\nReturn a JSON representation of a "
                    + "Python string", signature = Exposed.Signature.HIDDEN)
    public static PyObject encode_basestring(PyObject string) {
        return JsonStrings.escape(requireStr(string));
    }
}
