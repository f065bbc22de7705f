package dev.krait.objects;

/**
 * {@code Ellipsis} ({@code ...}), the one instance of {@code ellipsis}.
 *
 * <p>CPython counterpart: Objects/sliceobject.c {@code _Py_EllipsisObject}.
 */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("ellipsis", PyEllipsis.class, null);
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
        super(TYPE);
    }

    @Exposed(value = "__new__($type, /)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls) {
        return ELLIPSIS;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "Ellipsis";
    }

    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public String __reduce__() {
        return "Ellipsis";
    }
}
