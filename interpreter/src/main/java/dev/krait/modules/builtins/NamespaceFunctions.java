package dev.krait.modules.builtins;

import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;

/**
 * The builtins about names and attributes: {@code getattr}/{@code setattr}/{@code delattr}/
 * {@code hasattr}, {@code dir}, {@code vars}, {@code globals}, {@code locals},
 * {@code isinstance} and {@code issubclass}. The no-argument forms read the calling Python frame,
 * which is the thread's current frame: calling a builtin pushes no frame.
 *
 * <p>CPython counterpart: Python/bltinmodule.c and Objects/object.c {@code PyObject_Dir}.
 */
public final class NamespaceFunctions {
    private NamespaceFunctions() {}

    /** The frame of the Python code calling the builtin. */
    static PyFrame callerFrame(String function) {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.frame == null) {
            throw PyExceptions.systemError(function + "(): no current frame");
        }
        return ts.frame;
    }

    /** The caller's locals mapping: a module or class namespace, or a function's snapshot. */
    static PyObject callerLocals(String function) {
        PyFrame f = callerFrame(function);
        return f.locals != null ? f.locals : f.localsSnapshot();
    }

    @Exposed(value = "getattr($module, object, name, default=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    // CPython: Python/bltinmodule.c builtin_getattr passes the name object on as given (a str
    // subclass instance reaches __getattribute__ and __getattr__ itself)
    public static PyObject getattr(PyObject object, PyObject name, PyObject dflt) {
        String n = Attributes.attributeName(name);
        if (dflt == null) {
            return name.type() == PyStr.TYPE ? Attributes.getAttr(object, n)
                    : Attributes.getAttrNamed(object, (PyStr) name);
        }
        PyObject v = name.type() == PyStr.TYPE ? Attributes.lookupAttrOrNull(object, n)
                : Attributes.lookupAttrNamedOrNull(object, (PyStr) name);
        return v == null ? dflt : v;
    }

    @Exposed(value = "setattr($module, obj, name, value, /)")
    public static void setattr(PyObject obj, PyObject name, PyObject value) {
        String n = Attributes.attributeName(name);
        if (name.type() == PyStr.TYPE) {
            Attributes.setAttr(obj, n, value);
        } else {
            Attributes.setAttrNamed(obj, (PyStr) name, value);
        }
    }

    @Exposed(value = "delattr($module, obj, name, /)")
    public static void delattr(PyObject obj, PyObject name) {
        String n = Attributes.attributeName(name);
        if (name.type() == PyStr.TYPE) {
            Attributes.delAttr(obj, n);
        } else {
            Attributes.delAttrNamed(obj, (PyStr) name);
        }
    }

    @Exposed(value = "hasattr($module, obj, name, /)")
    public static boolean hasattr(PyObject obj, PyObject name) {
        String n = Attributes.attributeName(name);
        return (name.type() == PyStr.TYPE ? Attributes.lookupAttrOrNull(obj, n)
                : Attributes.lookupAttrNamedOrNull(obj, (PyStr) name)) != null;
    }

    // CPython: Objects/object.c _dir_locals and _dir_object
    @Exposed(value = "dir($module, arg=<unrepresentable>, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject dir(PyObject arg) {
        PyList names;
        if (arg == null) {
            PyObject locals = callerLocals("dir");
            names = new PyList(Iteration.toList(Ops.callMethod(locals, "keys")));
        } else {
            PyObject m = arg.type().lookup("__dir__");
            if (m == null) {
                throw PyExceptions.typeError("object does not provide __dir__");
            }
            names = new PyList(Iteration.toList(Ops.callDescriptor(m, arg)));
        }
        names.sort(PyNone.NONE, PyBool.FALSE);
        return names;
    }

    // CPython: Python/bltinmodule.c builtin_vars
    @Exposed(value = "vars($module, object=<unrepresentable>, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject vars(PyObject object) {
        if (object == null) {
            return callerLocals("vars");
        }
        PyObject d = Attributes.lookupAttrOrNull(object, "__dict__");
        if (d == null && !(object instanceof PyType)) {
            // an instance that has a dict has the __dict__ attribute CPython's classes give
            d = object.getDict();
        }
        if (d == null) {
            throw PyExceptions.typeError("vars() argument must have __dict__ attribute");
        }
        return d;
    }

    @Exposed(value = "globals($module, /)")
    public static PyDict globals() {
        return callerFrame("globals").globals;
    }

    @Exposed(value = "locals($module, /)")
    public static PyObject locals() {
        return callerLocals("locals");
    }

    @Exposed(value = "isinstance($module, obj, class_or_tuple, /)")
    public static boolean isinstance(PyObject obj, PyObject cls) {
        return Ops.isInstance(obj, cls);
    }

    @Exposed(value = "issubclass($module, cls, class_or_tuple, /)")
    public static boolean issubclass(PyObject cls, PyObject classOrTuple) {
        return Ops.isSubclass(cls, classOrTuple);
    }
}
