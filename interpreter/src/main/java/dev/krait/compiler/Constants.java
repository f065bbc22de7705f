package dev.krait.compiler;

import dev.krait.ast.ConstantValue;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * Turns the literal values of the AST into the runtime's objects, once, at compile time, and
 * objects (of a tree built in Python, or folded) back into values of the tree.
 */
public final class Constants {
    private Constants() {}

    /** The object a literal stands for. */
    public static PyObject of(ConstantValue v) {
        return switch (v) {
            case ConstantValue.None n -> PyNone.NONE;
            case ConstantValue.Ellipsis e -> PyEllipsis.ELLIPSIS;
            case ConstantValue.Bool b -> PyBool.of(b.value());
            case ConstantValue.Int i -> PyInt.of(i.value());
            case ConstantValue.Float f -> new PyFloat(f.value());
            case ConstantValue.Imaginary im -> new PyComplex(0.0, im.imag());
            case ConstantValue.Complex z -> new PyComplex(z.real(), z.imag());
            // the tree's own object when it has one, as CPython compiles it, except that
            // a non-empty frozenset is made anew (Python/compile.c merge_consts_recursive)
            case ConstantValue.Tuple t -> t.object() instanceof PyObject o ? o : items(t.items());
            case ConstantValue.FrozenSet f -> f.object() instanceof PyObject o
                    && f.items().isEmpty() ? o : PyFrozenSet.of(items(f.items()));
            case ConstantValue.Str s -> s.codePoints() != null
                    ? PyStr.fromCodePoints(s.codePoints()) : str(s.value());
            case ConstantValue.Bytes b -> bytesFactory.apply(b.value());
        };
    }

    /**
     * The value of the tree that stands for an object (the reverse of {@link #of}): the literal
     * types, any complex number, and tuples and frozensets of such values, which is what
     * CPython's AST optimizer folds constants to and what a Constant of an AST built in Python
     * may hold. The TypeError for another object names the type of the innermost value refused.
     * CPython: Python/ast.c validate_constant.
     */
    public static ConstantValue valueOf(PyObject v) {
        if (v == PyNone.NONE) {
            return ConstantValue.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return ConstantValue.ELLIPSIS;
        }
        PyType t = v.type();
        if (t == PyBool.TYPE) {
            return v == PyBool.TRUE ? ConstantValue.TRUE : ConstantValue.FALSE;
        }
        if (t == PyInt.TYPE) {
            return new ConstantValue.Int(((PyInt) v).bigValue());
        }
        if (t == PyFloat.TYPE) {
            return new ConstantValue.Float(((PyFloat) v).value);
        }
        if (t == PyComplex.TYPE) {
            PyComplex z = (PyComplex) v;
            // +0.0 real part: the value an imaginary literal makes
            return Double.doubleToRawLongBits(z.getReal()) == 0
                    ? new ConstantValue.Imaginary(z.getImag())
                    : new ConstantValue.Complex(z.getReal(), z.getImag());
        }
        if (t == PyStr.TYPE) {
            PyStr s = (PyStr) v;
            int[] cps = s.codePoints();
            return new ConstantValue.Str(s.value(),
                    s.value().codePointCount(0, s.value().length()) != cps.length ? cps : null);
        }
        if (t == PyBytes.TYPE) {
            return new ConstantValue.Bytes(((PyBytes) v).array().clone());
        }
        if (t == PyTuple.TYPE) {
            return new ConstantValue.Tuple(constants(((PyTuple) v).items()), v);
        }
        if (t == PyFrozenSet.TYPE) {
            return new ConstantValue.FrozenSet(constants(((PyFrozenSet) v).toArray()), v);
        }
        throw PyExceptions.typeError("got an invalid type in Constant: " + t.getName());
    }

    private static List<ConstantValue> constants(PyObject[] items) {
        ConstantValue[] values = new ConstantValue[items.length];
        for (int i = 0; i < items.length; i++) {
            values[i] = valueOf(items[i]);
        }
        return List.of(values);
    }

    private static PyTuple items(List<ConstantValue> items) {
        PyObject[] objects = new PyObject[items.size()];
        for (int i = 0; i < objects.length; i++) {
            objects[i] = of(items.get(i));
        }
        return new PyTuple(objects);
    }

    /**
     * A str constant: interned when made of name characters, as CPython's code objects intern
     * them (Objects/codeobject.c intern_string_constants), so equal such literals compiled
     * apart are one object.
     */
    private static PyStr str(String value) {
        return PyStr.isNameLike(value) ? PyStr.intern(value) : PyStr.of(value);
    }

    /** How bytes literals become objects. */
    static java.util.function.Function<byte[], PyObject> bytesFactory =
            dev.krait.objects.PyBytes::of;
}
