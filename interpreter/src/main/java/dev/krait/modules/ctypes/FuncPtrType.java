package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.util.List;

/**
 * {@code PyCFuncPtrType}, the metaclass of function pointer types ({@code CFUNCTYPE(...)}
 * and each {@code CDLL}'s {@code _FuncPtr}): it reads the prototype from {@code _flags_},
 * {@code _argtypes_} and {@code _restype_}, and checks that each argument type can convert
 * arguments ({@code from_param}) and that the result type is a C type or a callable.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c PyCFuncPtrType_new, make_funcptrtype_dict,
 * converters_from_argtypes.
 */
public final class FuncPtrType {
    private FuncPtrType() {}

    // CPython: _ctypes.c PyCFuncPtrType_new, make_funcptrtype_dict
    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        PyType t = CDataTypes.newType(meta, args, kwnames);
        StgInfo info = new StgInfo(StgInfo.Kind.FUNCPTR);
        info.size = 8;
        info.align = 8;
        info.flags = StgInfo.TYPEFLAG_ISPOINTER;
        // CPython does not show the signature in the format
        info.format = "X{}";
        PyDict ns = t.getTypeDict();
        PyObject flags = ns.getItem(PyStr.of("_flags_"));
        if (flags != null) {
            if (!(flags instanceof PyInt fi)) {
                throw PyExceptions.typeError("class must define _flags_ which must be an "
                        + "integer");
            }
            info.callFlags = (int) fi.longValue();
            PyObject argtypes = ns.getItem(PyStr.of("_argtypes_"));
            if (argtypes != null && argtypes != PyNone.NONE) {
                info.argtypes = argtypesOf(argtypes);
                info.converters = converters(info.argtypes);
            }
            PyObject restype = ns.getItem(PyStr.of("_restype_"));
            if (restype != null) {
                if (restype != PyNone.NONE && StgInfo.of(restype) == null
                        && !Ops.isCallable(restype)) {
                    throw PyExceptions.typeError("_restype_ must be a type, a callable, or "
                            + "None");
                }
                info.restype = restype;
                info.checker = Attributes.lookupAttrOrNull(restype, "_check_retval_");
            }
        } else {
            throw PyExceptions.typeError("class must define _flags_ which must be an integer");
        }
        t.setNativeInfo(info);
        return t;
    }

    /** The argument types as an array; TypeError unless a sequence. */
    static PyObject[] argtypesOf(PyObject argtypes) {
        if (!(argtypes instanceof dev.krait.objects.PyTuple)
                && !(argtypes instanceof dev.krait.objects.PyList)) {
            try {
                Containers.len(argtypes);
            } catch (PyException e) {
                throw PyExceptions.typeError("_argtypes_ must be a sequence of types");
            }
        }
        List<PyObject> list = Iteration.toList(argtypes);
        return list.toArray(new PyObject[0]);
    }

    // CPython: _ctypes.c converters_from_argtypes
    static PyObject[] converters(PyObject[] argtypes) {
        PyObject[] cnv = new PyObject[argtypes.length];
        for (int i = 0; i < argtypes.length; i++) {
            PyObject c = Attributes.lookupAttrOrNull(argtypes[i], "from_param");
            if (c == null) {
                throw PyExceptions.typeError("item " + (i + 1) + " in _argtypes_ has no "
                        + "from_param method");
            }
            cnv[i] = c;
        }
        return cnv;
    }

    @Exposed("from_param($self, value, /)")
    public static PyObject from_param(PyObject self, PyObject value) {
        return ArrayType.genericFromParam((PyType) self, value);
    }
}
