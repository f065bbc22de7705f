package dev.krait.compiler;

import dev.krait.ast.ConstantValue;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/** Turns the literal values of the AST into the runtime's objects, once, at compile time. */
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

    private static PyTuple items(java.util.List<ConstantValue> items) {
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
