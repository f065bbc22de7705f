package dev.krait.modules.array;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code array} module: the {@code array} type (also {@code ArrayType}), the
 * {@code typecodes} string, and {@code _array_reconstructor}, which unpickles an array from
 * its machine bytes — converting them when they were written by a machine of another byte
 * order or integer size, as the machine format code in the pickle says.
 *
 * <p>CPython counterpart: Modules/arraymodule.c {@code array_modexec},
 * {@code array__array_reconstructor_impl}, {@code mformat_descriptors}.
 */
@NativeModule.Register("array")
public final class ArrayModule implements NativeModule {
    /** Per machine format code: item size, signedness, big-endianness. */
    private static final int[][] MFORMATS = {
        {1, 0, 0}, {1, 1, 0}, {2, 0, 0}, {2, 0, 1}, {2, 1, 0}, {2, 1, 1},
        {4, 0, 0}, {4, 0, 1}, {4, 1, 0}, {4, 1, 1}, {8, 0, 0}, {8, 0, 1}, {8, 1, 0}, {8, 1, 1},
        {4, 0, 0}, {4, 0, 1}, {8, 0, 0}, {8, 0, 1}, {4, 0, 0}, {4, 0, 1}, {8, 0, 0}, {8, 0, 1},
    };

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("array");
        m.put("__doc__", PyStr.of("This module defines an object type which can efficiently "
                + "represent\nan array of basic values: characters, integers, floating point\n"
                + "numbers.  Arrays are sequence types and behave very much like lists,\n"
                + "except that the type of objects stored in them is constrained.\n"));
        ModuleBuilder.addFunctions(m, ArrayModule.class);
        m.put("array", PyArray.TYPE);
        m.put("ArrayType", PyArray.TYPE);
        m.put("typecodes", PyStr.of(TypeCode.TYPECODES));
        // CPython: Modules/arraymodule.c array_modexec registers the type as a MutableSequence
        PyObject abc = interpreter.importer().importModule("collections.abc");
        Ops.callMethod(Attributes.getAttr(abc, "MutableSequence"), "register", PyArray.TYPE);
        return m;
    }

    /** The module's {@code _array_reconstructor}, which pickles of arrays name. */
    static PyObject reconstructor() {
        PyObject module = ThreadState.current().interpreter.importer().importModule("array");
        return Attributes.getAttr(module, "_array_reconstructor");
    }

    /** An Argument Clinic {@code int(accept={str})} / {@code 'C'} argument: one character. */
    static int charArg(String function, int position, PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError(function + "() argument " + position
                    + " must be a unicode character, not " + o.type().getName());
        }
        if (s.length() != 1) {
            throw PyExceptions.typeError(function + "() argument " + position
                    + " must be a unicode character, not str");
        }
        return s.codePointAt(0);
    }

    // CPython: Modules/arraymodule.c array__array_reconstructor_impl
    @Exposed(value = "_array_reconstructor($module, arraytype, typecode, mformat_code, items,"
            + " /)", doc = "Internal. Used for pickling support.")
    public static PyObject _array_reconstructor(PyObject arraytype, PyObject typecodeArg,
            PyObject mformatArg, PyObject items) {
        int typecode = charArg("_array_reconstructor", 2, typecodeArg);
        long mformat = CArgs.asInt(mformatArg);
        if (!(arraytype instanceof PyType cls)) {
            throw PyExceptions.typeError("first argument must be a type object, not "
                    + arraytype.type().getName());
        }
        if (!cls.isSubtypeOf(PyArray.TYPE)) {
            throw PyExceptions.typeError(cls.getName() + " is not a subtype of array.array");
        }
        TypeCode code = TypeCode.of(typecode);
        if (code == null) {
            throw PyExceptions.valueError("second argument must be a valid type code");
        }
        if (mformat < 0 || mformat >= MFORMATS.length) {
            throw PyExceptions.valueError("third argument must be a valid machine format code.");
        }
        if (!(items instanceof PyBytes b)) {
            throw PyExceptions.typeError("fourth argument should be bytes, not "
                    + items.type().getName());
        }
        if (mformat == code.mformat) {
            return PyArray.make(cls, typecode, items);
        }
        int[] mf = MFORMATS[(int) mformat];
        byte[] s = b.array();
        if (s.length % mf[0] != 0) {
            throw PyExceptions.valueError("string length not a multiple of item size");
        }
        PyObject converted;
        if (mformat >= 14 && mformat <= 17) {
            converted = floats(s, mf[0], mf[2] == 1);
        } else if (mformat >= 18) {
            boolean big = mf[2] == 1;
            String codec = mformat <= 19 ? (big ? "utf-16-be" : "utf-16-le")
                    : (big ? "utf-32-be" : "utf-32-le");
            converted = StrCodecs.decodeText(s, codec, "strict");
        } else {
            // Integers come back in the code of this machine with the pickled item size and
            // signedness (the last such code in the table, as CPython picks it).
            for (char c : TypeCode.TYPECODES.toCharArray()) {
                TypeCode t = TypeCode.of(c);
                if (t.isInteger() && t.itemsize == mf[0] && t.signed == (mf[1] == 1)) {
                    typecode = c;
                }
            }
            converted = integers(s, mf[0], mf[1] == 1, mf[2] == 1);
        }
        return PyArray.make(cls, typecode, converted);
    }

    private static PyObject floats(byte[] s, int size, boolean big) {
        List<PyObject> out = new ArrayList<>(s.length / size);
        for (int p = 0; p < s.length; p += size) {
            long bits = 0;
            for (int k = 0; k < size; k++) {
                int at = big ? p + k : p + size - 1 - k;
                bits = (bits << 8) | (s[at] & 0xFF);
            }
            out.add(new PyFloat(size == 4 ? Float.intBitsToFloat((int) bits)
                    : Double.longBitsToDouble(bits)));
        }
        return new PyList(out);
    }

    private static PyObject integers(byte[] s, int size, boolean signed, boolean big) {
        List<PyObject> out = new ArrayList<>(s.length / size);
        byte[] be = new byte[size + 1];
        for (int p = 0; p < s.length; p += size) {
            be[0] = 0;
            for (int k = 0; k < size; k++) {
                be[k + 1] = s[big ? p + k : p + size - 1 - k];
            }
            BigInteger v = signed ? new BigInteger(be, 1, size) : new BigInteger(be);
            out.add(PyInt.of(v));
        }
        return new PyList(out);
    }
}
