package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * {@code _ctypes.Structure} and {@code _ctypes.Union}: instances of C structures and unions,
 * whose fields are the {@link PyCField} descriptors their metaclass put on the class.
 * Positional arguments fill the fields in order, the base structure's first; keyword
 * arguments set fields by name.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code Struct_Type}, {@code Union_Type}
 * (Struct_init, _init_pos_args).
 */
public final class PyCStructure extends PyCData {
    public static final PyType TYPE = PyType.builtin("Structure", PyCStructure.class,
            PyCData.TYPE).withModule("_ctypes");
    public static final PyType UNION_TYPE = PyType.builtin("Union", PyCStructure.class,
            PyCData.TYPE).withModule("_ctypes");

    PyCStructure(PyType type) {
        super(type);
    }

    // CPython: _ctypes.c GenericPyCData_new
    @Exposed(value = "__new__($type, /, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType cls, PyObject[] args, String[] kwnames) {
        return PyCData.create(cls);
    }

    // CPython: _ctypes.c Struct_init
    @Exposed("__init__($self, /, *args, **kwargs)")
    public void __init__(PyObject[] args, String[] kwnames) {
        int nk = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nk;
        if (npos > 0) {
            int used = initPositional(type(), args, npos, kwnames, 0);
            if (used < npos) {
                throw PyExceptions.typeError("too many initializers");
            }
        }
        for (int k = 0; k < nk; k++) {
            Attributes.setAttr(this, kwnames[k], args[npos + k]);
        }
    }

    // CPython: _ctypes.c _init_pos_args
    private int initPositional(PyType type, PyObject[] args, int npos, String[] kwnames,
            int index) {
        if (StgInfo.of(type.getBase()) != null) {
            index = initPositional(type.getBase(), args, npos, kwnames, index);
        }
        PyDict dict = type.getTypeDict();
        PyObject fields = dict.getItem(PyStr.of("_fields_"));
        if (fields == null) {
            return index;
        }
        List<PyObject> list = Iteration.toList(fields);
        for (int i = index; i < Math.min(list.size() + index, npos); i++) {
            PyObject pair = list.get(i - index);
            if (!(pair instanceof PyTuple t) || t.size() < 1) {
                throw PyExceptions.typeError("'_fields_' must be a sequence of (name, C type) "
                        + "pairs");
            }
            String name = Attributes.attributeName(t.get(0));
            if (kwnames != null) {
                for (String k : kwnames) {
                    if (k.equals(name)) {
                        throw PyExceptions.typeError("duplicate values for field "
                                + Ops.repr(t.get(0)));
                    }
                }
            }
            Attributes.setAttr(this, name, args[i]);
        }
        return index + list.size();
    }
}
