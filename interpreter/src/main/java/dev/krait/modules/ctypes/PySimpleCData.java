package dev.krait.modules.ctypes;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;

/**
 * {@code _ctypes._SimpleCData}: the base of the simple C types; an instance is one C value
 * ({@code c_int(5)}) in its own memory, read and written through {@code value} by its type's
 * code.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code Simple_Type} (Simple_init,
 * Simple_get_value, Simple_set_value, Simple_repr, Simple_bool, Simple_from_outparm).
 */
public final class PySimpleCData extends PyCData {
    public static final PyType TYPE = PyType.builtin("_SimpleCData", PySimpleCData.class,
            PyCData.TYPE).withModule("_ctypes");

    PySimpleCData(PyType type) {
        super(type);
    }

    // CPython: _ctypes.c GenericPyCData_new
    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return PyCData.create(cls);
    }

    // CPython: _ctypes.c Simple_init
    @Exposed("__init__($self, value=<unrepresentable>, /)")
    public void __init__(PyObject value) {
        if (value != null) {
            setValue(value);
        }
    }

    // CPython: _ctypes.c Simple_get_value
    @Exposed.Getter("value")
    public PyObject getValue() {
        StgInfo info = info();
        return Values.get(mem, 0, info.code, info.swapped, 0, 0);
    }

    // CPython: _ctypes.c Simple_set_value
    @Exposed.Setter("value")
    public void setValue(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("can't delete attribute");
        }
        StgInfo info = info();
        PyObject keep = Values.set(mem, 0, info.code, value, info.swapped, 0, 0);
        keepRef(0, keep);
    }

    // CPython: _ctypes.c Simple_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        if (type().getBase() != TYPE) {
            return "<" + type().getName() + " object at 0x" + Long.toHexString(Ops.id(this))
                    + ">";
        }
        return type().getName() + "(" + Ops.repr(getValue()) + ")";
    }

    // CPython: _ctypes.c Simple_bool
    @Exposed("__bool__($self, /)")
    public boolean __bool__() {
        for (long i = 0; i < mem.byteSize(); i++) {
            if (mem.get(Values.B, i) != 0) {
                return true;
            }
        }
        return false;
    }

    // CPython: _ctypes.c Simple_from_outparm
    @Override
    @Exposed(value = "__ctypes_from_outparam__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __ctypes_from_outparam__() {
        if (isSimpleSubclass(type())) {
            return this;
        }
        return getValue();
    }

    /** Whether a simple type derives from a concrete simple type (CPython:
     *  _ctypes_simple_instance): its values stay instances when C returns them. */
    static boolean isSimpleSubclass(PyType t) {
        return StgInfo.of(t) != null && StgInfo.of(t).kind == StgInfo.Kind.SIMPLE
                && t.getBase() != TYPE;
    }
}
