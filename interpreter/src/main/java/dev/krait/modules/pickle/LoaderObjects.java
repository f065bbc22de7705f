package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The unpickler's opcodes that make objects rather than data: globals (through
 * {@code find_class}), REDUCE, OBJ/INST, NEWOBJ and NEWOBJ_EX, BUILD (a {@code __setstate__} or
 * the instance dict and slots), extension codes, and persistent ids.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code load_global}, {@code load_stack_global},
 * {@code load_reduce}, {@code load_obj}, {@code load_inst}, {@code instantiate},
 * {@code load_newobj}, {@code load_build}, {@code load_extension}, {@code load_persid},
 * {@code load_binpersid}.
 */
final class LoaderObjects {
    private LoaderObjects() {
    }

    private static final String NO_PERSISTENT_LOAD = "A load persistent id instruction was "
            + "encountered,\nbut no persistent_load function was specified.";

    /** A line of a GLOBAL or INST, decoded strictly. */
    private static PyStr nameLine(PyUnpickler u, String encoding) {
        String raw = Loader.line(u, 2);
        byte[] b = raw.getBytes(StandardCharsets.ISO_8859_1);
        return dev.krait.objects.StrCodecs.decodeText(b, encoding, "strict");
    }

    // CPython: Modules/_pickle.c load_global
    static void loadGlobal(PyUnpickler u) {
        PyStr module = nameLine(u, "utf-8");
        PyStr name = nameLine(u, "utf-8");
        u.stack.push(u.callFindClass(module, name));
    }

    // CPython: Modules/_pickle.c load_stack_global
    static void loadStackGlobal(PyUnpickler u) {
        PyObject name = u.stack.pop();
        PyObject module = u.stack.pop();
        if (module.type() != PyStr.TYPE || name.type() != PyStr.TYPE) {
            throw u.st.unpicklingError("STACK_GLOBAL requires str");
        }
        u.stack.push(u.callFindClass(module, name));
    }

    // CPython: Modules/_pickle.c load_reduce
    static void loadReduce(PyUnpickler u) {
        PyObject argtup = u.stack.pop();
        PyObject callable = u.stack.pop();
        if (!(argtup instanceof PyTuple args)) {
            throw PyExceptions.typeError("argument list must be a tuple");
        }
        u.stack.push(Ops.call(callable, args.items()));
    }

    // CPython: Modules/_pickle.c instantiate
    private static PyObject instantiate(PyObject cls, PyTuple args) {
        if (args.size() == 0 && cls instanceof PyType) {
            if (Attributes.lookupAttrOrNull(cls, "__getinitargs__") == null) {
                return Ops.callMethod(cls, "__new__", cls);
            }
        }
        return Ops.call(cls, args.items());
    }

    // CPython: Modules/_pickle.c load_obj
    static void loadObj(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        int i = stack.marker();
        if (stack.size - i < 1) {
            throw stack.underflow();
        }
        PyTuple args = stack.popTuple(i + 1);
        PyObject cls = stack.pop();
        stack.push(instantiate(cls, args));
    }

    // CPython: Modules/_pickle.c load_inst
    static void loadInst(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        int i = stack.marker();
        PyStr module = nameLine(u, "ascii");
        PyStr name = nameLine(u, "ascii");
        PyObject cls = u.callFindClass(module, name);
        stack.push(instantiate(cls, stack.popTuple(i)));
    }

    // CPython: Modules/_pickle.c load_newobj
    static void loadNewobj(PyUnpickler u, boolean useKwargs) {
        String op = useKwargs ? "NEWOBJ_EX" : "NEWOBJ";
        PyObject kwargs = useKwargs ? u.stack.pop() : null;
        PyObject args = u.stack.pop();
        PyObject cls = u.stack.pop();
        if (!(cls instanceof PyType)) {
            throw u.st.unpicklingError(op + " class argument must be a type, not "
                    + cls.type().getName());
        }
        if (!(args instanceof PyTuple argTuple)) {
            throw u.st.unpicklingError(op + " args argument must be a tuple, not "
                    + args.type().getName());
        }
        if (useKwargs && !(kwargs instanceof PyDict)) {
            throw u.st.unpicklingError(op + " kwargs argument must be a dict, not "
                    + kwargs.type().getName());
        }
        PyObject[] items = argTuple.items();
        PyObject[] callArgs = new PyObject[items.length + 1];
        callArgs[0] = cls;
        System.arraycopy(items, 0, callArgs, 1, items.length);
        String[] names = null;
        if (useKwargs) {
            PyDict kw = (PyDict) kwargs;
            names = new String[kw.size()];
            PyObject[] all = new PyObject[callArgs.length + names.length];
            System.arraycopy(callArgs, 0, all, 0, callArgs.length);
            int k = 0;
            for (Map.Entry<PyObject, PyObject> e : kw.entries()) {
                if (!(e.getKey() instanceof PyStr key)) {
                    throw PyExceptions.typeError("keywords must be strings");
                }
                names[k] = key.value();
                all[callArgs.length + k] = e.getValue();
                k++;
            }
            callArgs = all;
        }
        PyObject newMethod = Attributes.getAttr(cls, "__new__");
        u.stack.push(Ops.call(newMethod, callArgs, names));
    }

    // CPython: Modules/_pickle.c load_build
    static void loadBuild(PyUnpickler u) {
        UnpickleStack stack = u.stack;
        if (stack.size - 2 < stack.fence) {
            throw stack.underflow();
        }
        PyObject state = stack.pop();
        PyObject inst = stack.peek();
        PyObject setstate = Attributes.lookupAttrOrNull(inst, "__setstate__");
        if (setstate != null) {
            Ops.call(setstate, state);
            return;
        }
        PyObject slotstate = null;
        if (state instanceof PyTuple t && t.size() == 2) {
            state = t.get(0);
            slotstate = t.get(1);
        }
        if (state != PyNone.NONE) {
            if (!(state instanceof PyDict d)) {
                throw u.st.unpicklingError("state is not a dictionary");
            }
            PyObject dict = Attributes.getAttr(inst, "__dict__");
            for (Map.Entry<PyObject, PyObject> e : Loader.entries(d)) {
                PyObject key = e.getKey();
                if (key.type() == PyStr.TYPE) {
                    key = PyStr.intern(((PyStr) key).value());
                }
                Containers.setItem(dict, key, e.getValue());
            }
        }
        if (slotstate != null) {
            if (!(slotstate instanceof PyDict d)) {
                throw u.st.unpicklingError("slot state is not a dictionary");
            }
            for (Map.Entry<PyObject, PyObject> e : Loader.entries(d)) {
                Attributes.setAttr(inst, Attributes.attributeName(e.getKey()), e.getValue());
            }
        }
    }

    // CPython: Modules/_pickle.c load_extension
    static void loadExtension(PyUnpickler u, int n) {
        long code = Loader.littleEndian(u.input, n);
        if (code <= 0) {
            throw u.st.unpicklingError("EXT specifies code <= 0");
        }
        PyInt key = PyInt.of(code);
        PyDict cache = (PyDict) u.st.extensionCache;
        PyObject obj = cache.getItem(key);
        if (obj != null) {
            u.stack.push(obj);
            return;
        }
        PyObject pair = ((PyDict) u.st.invertedRegistry).getItem(key);
        if (pair == null) {
            throw PyExceptions.valueError("unregistered extension code " + code);
        }
        if (!(pair instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr)
                || !(t.get(1) instanceof PyStr)) {
            throw PyExceptions.valueError("_inverted_registry[" + code
                    + "] isn't a 2-tuple of strings");
        }
        obj = u.callFindClass(t.get(0), t.get(1));
        cache.setItem(key, obj);
        u.stack.push(obj);
    }

    // CPython: Modules/_pickle.c load_persid
    static void loadPersid(PyUnpickler u) {
        if (u.persFunc == null) {
            throw u.st.unpicklingError(NO_PERSISTENT_LOAD);
        }
        String raw = Loader.line(u, 1);
        for (int i = 0; i < raw.length(); i++) {
            if (raw.charAt(i) > 0x7f) {
                throw u.st.unpicklingError("persistent IDs in protocol 0 must be ASCII "
                        + "strings");
            }
        }
        u.stack.push(Ops.call(u.persFunc, PyStr.of(raw)));
    }

    // CPython: Modules/_pickle.c load_binpersid
    static void loadBinpersid(PyUnpickler u) {
        if (u.persFunc == null) {
            throw u.st.unpicklingError(NO_PERSISTENT_LOAD);
        }
        PyObject pid = u.stack.pop();
        u.stack.push(Ops.call(u.persFunc, pid));
    }
}
