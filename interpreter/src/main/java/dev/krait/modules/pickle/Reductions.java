package dev.krait.modules.pickle;

import dev.krait.objects.Attributes;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyNotImplemented;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyPickleBuffer;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.ThreadState;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How the pickler writes what is not a builtin container or atom: a reduce value (the tuple
 * {@code __reduce_ex__}, a dispatch table or {@code reducer_override} returned -- with
 * NEWOBJ/NEWOBJ_EX for {@code copyreg.__newobj__}, state by BUILD or a state setter, list and
 * dict items), a global by module and qualified name (found through {@code __module__} or a
 * search of {@code sys.modules}, checked to be the same object, written as an EXT code,
 * STACK_GLOBAL, GLOBAL with protocol 2's name mappings, or {@code getattr} of its parent for
 * nested names before protocol 4), and protocol 5's PickleBuffer, in band or out of band.
 *
 * <p>CPython counterpart: Modules/_pickle.c {@code save_reduce}, {@code save_global},
 * {@code whichmodule}, {@code get_dotted_path}, {@code get_deep_attribute},
 * {@code fix_imports}, {@code save_type}, {@code save_picklebuffer}.
 */
final class Reductions {
    private Reductions() {
    }

    // CPython: Modules/_pickle.c save_reduce
    static void saveReduce(PyPickler p, PyTuple args, PyObject obj) {
        PickleState st = p.st;
        int size = args.size();
        if (size < 2 || size > 6) {
            throw st.picklingError("tuple returned by __reduce__ must contain 2 through 6 "
                    + "elements");
        }
        PyObject callable = args.get(0);
        PyObject argtup = args.get(1);
        PyObject state = size > 2 ? args.get(2) : PyNone.NONE;
        PyObject listitems = size > 3 ? args.get(3) : PyNone.NONE;
        PyObject dictitems = size > 4 ? args.get(4) : PyNone.NONE;
        PyObject stateSetter = size > 5 ? args.get(5) : PyNone.NONE;
        if (!Ops.isCallable(callable)) {
            throw st.picklingError("first item of the tuple returned by __reduce__ must be "
                    + "callable");
        }
        if (!(argtup instanceof PyTuple argTuple)) {
            throw st.picklingError("second item of the tuple returned by __reduce__ must be "
                    + "a tuple");
        }
        if (listitems != PyNone.NONE && !isIterator(listitems)) {
            throw st.picklingError("fourth element of the tuple returned by __reduce__ must "
                    + "be an iterator, not " + listitems.type().getName());
        }
        if (dictitems != PyNone.NONE && !isIterator(dictitems)) {
            throw st.picklingError("fifth element of the tuple returned by __reduce__ must "
                    + "be an iterator, not " + dictitems.type().getName());
        }
        if (stateSetter != PyNone.NONE && !Ops.isCallable(stateSetter)) {
            throw st.picklingError("sixth element of the tuple returned by __reduce__ must "
                    + "be a function, not " + stateSetter.type().getName());
        }
        boolean useNewobj = false;
        boolean useNewobjEx = false;
        if (p.proto >= 2) {
            PyObject name = Attributes.lookupAttrOrNull(callable, "__name__");
            if (name instanceof PyStr s) {
                useNewobjEx = s.value().equals("__newobj_ex__");
                useNewobj = !useNewobjEx && s.value().equals("__newobj__");
            }
        }
        if (useNewobjEx) {
            saveNewobjEx(p, argTuple);
        } else if (useNewobj) {
            saveNewobj(p, argTuple, obj);
        } else {
            Saver.save(p, callable, false);
            Saver.save(p, argTuple, false);
            p.out.writeByte(Opcodes.REDUCE);
        }
        if (obj != null) {
            if (p.memo.get(obj) >= 0) {
                p.out.writeByte(Opcodes.POP);
                Saver.memoGetObject(p, obj);
                return;
            }
            Saver.memoPut(p, obj);
        }
        if (listitems != PyNone.NONE) {
            ContainerSavers.batchList(p, listitems);
        }
        if (dictitems != PyNone.NONE) {
            ContainerSavers.batchDict(p, dictitems);
        }
        if (state != PyNone.NONE) {
            if (stateSetter == PyNone.NONE) {
                Saver.save(p, state, false);
                p.out.writeByte(Opcodes.BUILD);
            } else {
                // The setter is called as setter(obj, state) by REDUCE; its result is popped.
                Saver.save(p, stateSetter, false);
                Saver.save(p, obj, false);
                Saver.save(p, state, false);
                p.out.writeByte(Opcodes.TUPLE2);
                p.out.writeByte(Opcodes.REDUCE);
                p.out.writeByte(Opcodes.POP);
            }
        }
    }

    private static boolean isIterator(PyObject o) {
        return o.type().lookup("__next__") != null;
    }

    private static void saveNewobjEx(PyPickler p, PyTuple argtup) {
        PickleState st = p.st;
        if (argtup.size() != 3) {
            throw st.picklingError("length of the NEWOBJ_EX argument tuple must be exactly "
                    + "3, not " + argtup.size());
        }
        PyObject cls = argtup.get(0);
        if (!(cls instanceof PyType)) {
            throw st.picklingError("first item from NEWOBJ_EX argument tuple must be a "
                    + "class, not " + cls.type().getName());
        }
        PyObject args = argtup.get(1);
        if (!(args instanceof PyTuple argsTuple)) {
            throw st.picklingError("second item from NEWOBJ_EX argument tuple must be a "
                    + "tuple, not " + args.type().getName());
        }
        PyObject kwargs = argtup.get(2);
        if (!(kwargs instanceof PyDict kw)) {
            throw st.picklingError("third item from NEWOBJ_EX argument tuple must be a "
                    + "dict, not " + kwargs.type().getName());
        }
        if (p.proto >= 4) {
            Saver.save(p, cls, false);
            Saver.save(p, args, false);
            Saver.save(p, kwargs, false);
            p.out.writeByte(Opcodes.NEWOBJ_EX);
            return;
        }
        // Before protocol 4: partial(cls.__new__, cls, *args, **kwargs)().
        PyObject[] items = argsTuple.items();
        int nk = kw.size();
        PyObject[] callArgs = new PyObject[2 + items.length + nk];
        String[] names = new String[nk];
        callArgs[0] = Attributes.getAttr(cls, "__new__");
        callArgs[1] = cls;
        System.arraycopy(items, 0, callArgs, 2, items.length);
        int k = 0;
        for (Map.Entry<PyObject, PyObject> e : kw.entries()) {
            if (!(e.getKey() instanceof PyStr key)) {
                throw PyExceptions.typeError("keywords must be strings");
            }
            names[k] = key.value();
            callArgs[2 + items.length + k] = e.getValue();
            k++;
        }
        PyObject callable = Ops.call(st.partial, callArgs, names);
        Saver.save(p, callable, false);
        Saver.save(p, PyTuple.EMPTY, false);
        p.out.writeByte(Opcodes.REDUCE);
    }

    private static void saveNewobj(PyPickler p, PyTuple argtup, PyObject obj) {
        PickleState st = p.st;
        if (argtup.size() < 1) {
            throw st.picklingError("__newobj__ arglist is empty");
        }
        PyObject cls = argtup.get(0);
        if (!(cls instanceof PyType)) {
            throw st.picklingError("args[0] from __newobj__ args is not a type");
        }
        if (obj != null) {
            PyObject objClass = Attributes.lookupAttrOrNull(obj, "__class__");
            if (objClass == null) {
                objClass = obj.type();
            }
            if (objClass != cls) {
                throw st.picklingError("args[0] from __newobj__ args has the wrong class");
            }
        }
        Saver.save(p, cls, false);
        PyObject[] items = argtup.items();
        Saver.save(p, new PyTuple(java.util.Arrays.copyOfRange(items, 1, items.length)), false);
        p.out.writeByte(Opcodes.NEWOBJ);
    }

    // CPython: Modules/_pickle.c save_type, save_singleton_type
    static void saveType(PyPickler p, PyType obj) {
        PyObject singleton = obj == PyNone.TYPE ? PyNone.NONE
                : obj == PyEllipsis.TYPE ? PyEllipsis.ELLIPSIS
                : obj == PyNotImplemented.TYPE ? PyNotImplemented.NOT_IMPLEMENTED : null;
        if (singleton != null) {
            saveReduce(p, PyTuple.of(PyType.TYPE, PyTuple.of(singleton)), obj);
        } else {
            saveGlobal(p, obj, null);
        }
    }

    /** The parts of a dotted name; a {@code <locals>} part cannot be pickled. */
    // CPython: Modules/_pickle.c get_dotted_path
    static List<PyStr> dottedPath(PyObject obj, PyStr name) {
        if (name.value().indexOf('.') < 0 && !name.value().equals("<locals>")) {
            // As str.split does, an unsplit str is its own only part.
            return List.of(name);
        }
        String[] parts = name.value().split("\\.", -1);
        List<PyStr> path = new ArrayList<>(parts.length);
        for (String part : parts) {
            if (part.equals("<locals>")) {
                if (obj == null) {
                    throw PyExceptions.attributeError("Can't pickle local object "
                            + Ops.repr(name).value());
                }
                throw PyExceptions.attributeError("Can't pickle local attribute "
                        + Ops.repr(name).value() + " on " + Ops.repr(obj).value());
            }
            path.add(PyStr.of(part));
        }
        return path;
    }

    /** Follows the path from {@code obj}; null when an attribute is missing. */
    // CPython: Modules/_pickle.c get_deep_attribute
    static PyObject deepAttribute(PyObject obj, List<PyStr> path, PyObject[] parent) {
        PyObject current = obj;
        PyObject up = null;
        for (PyStr name : path) {
            up = current;
            current = Attributes.lookupAttrOrNull(up, name.value());
            if (current == null) {
                return null;
            }
        }
        if (parent != null) {
            parent[0] = up;
        }
        return current;
    }

    // CPython: Modules/_pickle.c whichmodule, _checkmodule
    private static PyObject whichModule(PyObject global, List<PyStr> path) {
        PyObject moduleName = Attributes.lookupAttrOrNull(global, "__module__");
        if (moduleName != null && moduleName != PyNone.NONE) {
            return moduleName;
        }
        PyObject modules = ThreadState.current().interpreter.sysAttribute("modules");
        if (modules instanceof PyDict d) {
            for (Map.Entry<PyObject, PyObject> e : new ArrayList<>(listEntries(d))) {
                if (checkModule(e.getKey(), e.getValue(), global, path)) {
                    return e.getKey();
                }
            }
        } else {
            PyObject it = Iteration.iter(modules);
            for (PyObject name = Iteration.next(it); name != null; name = Iteration.next(it)) {
                if (checkModule(name, Containers.getItem(modules, name), global, path)) {
                    return name;
                }
            }
        }
        return PyStr.of("__main__");
    }

    private static List<Map.Entry<PyObject, PyObject>> listEntries(PyDict d) {
        List<Map.Entry<PyObject, PyObject>> out = new ArrayList<>(d.size());
        for (Map.Entry<PyObject, PyObject> e : d.entries()) {
            out.add(Map.entry(e.getKey(), e.getValue()));
        }
        return out;
    }

    private static boolean checkModule(PyObject name, PyObject module, PyObject global,
            List<PyStr> path) {
        if (module == PyNone.NONE) {
            return false;
        }
        if (name instanceof PyStr s && s.value().equals("__main__")) {
            return false;
        }
        return deepAttribute(module, path, null) == global;
    }

    // CPython: Modules/_pickle.c save_global
    static void saveGlobal(PyPickler p, PyObject obj, PyObject name) {
        PickleState st = p.st;
        PyObject globalName = name;
        if (globalName == null) {
            globalName = Attributes.lookupAttrOrNull(obj, "__qualname__");
            if (globalName == null) {
                globalName = Attributes.getAttr(obj, "__name__");
            }
        }
        if (!(globalName instanceof PyStr gname)) {
            throw PyExceptions.typeError("descriptor 'split' for 'str' objects doesn't apply "
                    + "to a '" + globalName.type().getName() + "' object");
        }
        List<PyStr> path = dottedPath(null, gname);
        PyObject moduleName = moduleIdentity(obj, whichModule(obj, path));
        PyObject module;
        try {
            module = importModule(moduleName);
        } catch (PyException e) {
            throw st.picklingError("Can't pickle " + Ops.repr(obj).value()
                    + ": import of module " + Ops.repr(moduleName).value() + " failed");
        }
        PyStr lastName = path.get(path.size() - 1);
        PyObject[] parent = new PyObject[1];
        PyObject cls = deepAttribute(module, path, parent);
        if (cls == null) {
            throw st.picklingError("Can't pickle " + Ops.repr(obj).value()
                    + ": attribute lookup " + Ops.str(gname).value() + " on "
                    + Ops.str(moduleName).value() + " failed");
        }
        if (cls != obj) {
            throw st.picklingError("Can't pickle " + Ops.repr(obj).value()
                    + ": it's not the same object as " + Ops.str(moduleName).value() + "."
                    + Ops.str(gname).value());
        }
        if (p.proto >= 2 && saveExtension(p, obj, moduleName, gname)) {
            return;
        }
        if (parent[0] == module) {
            gname = lastName;
        }
        if (p.proto >= 4) {
            Saver.save(p, moduleName, false);
            Saver.save(p, gname, false);
            p.out.writeByte(Opcodes.STACK_GLOBAL);
        } else if (parent[0] != module) {
            saveReduce(p, PyTuple.of(st.getattr, PyTuple.of(parent[0], lastName)), null);
        } else {
            PyObject mod = moduleName;
            PyObject glob = gname;
            if (p.proto < 3 && p.fixImports) {
                PyObject[] fixed = fixImports(st, mod, glob);
                mod = fixed[0];
                glob = fixed[1];
            }
            p.out.writeByte(Opcodes.GLOBAL);
            p.out.write(encodeName(p, mod, "module"));
            p.out.writeByte((byte) '\n');
            p.out.write(encodeName(p, glob, "global"));
            p.out.writeByte((byte) '\n');
        }
        Saver.memoPut(p, obj);
    }

    /**
     * The module name as the object CPython would have, which decides whether a second use is
     * a memo hit: "builtins" is one interned str; a builtin type's other module names are made
     * afresh from its C name at each lookup, so never shared; a class's or function's is the
     * one in its dict, shared.
     */
    private static PyObject moduleIdentity(PyObject obj, PyObject name) {
        if (name.type() != PyStr.TYPE) {
            return name;
        }
        String v = ((PyStr) name).value();
        if (v.equals("builtins")) {
            return PyStr.intern(v);
        }
        return obj instanceof PyType t && t.isBuiltin() ? new PyStr(v) : name;
    }

    /** The module's {@code PyImport_Import}: the named module, through {@code __import__}. */
    static PyObject importModule(PyObject moduleName) {
        if (!(moduleName instanceof PyStr s)) {
            throw PyExceptions.typeError("module name must be str, not "
                    + moduleName.type().getName());
        }
        ThreadState.current().interpreter.importer().importModule(s.value());
        PyObject modules = ThreadState.current().interpreter.sysAttribute("modules");
        return Containers.getItem(modules, moduleName);
    }

    /** A name in a GLOBAL: UTF-8 for protocol 3, ASCII before. */
    private static byte[] encodeName(PyPickler p, PyObject name, String what) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("expected str, not " + name.type().getName());
        }
        if (p.proto == 3) {
            return Saver.utf8(s);
        }
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) > 0x7f) {
                throw p.st.picklingError("can't pickle " + what + " identifier '" + v
                        + "' using pickle protocol " + p.proto);
            }
        }
        return v.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes EXT1/EXT2/EXT4 when copyreg registered the global; false when it did not. */
    private static boolean saveExtension(PyPickler p, PyObject obj, PyObject moduleName,
            PyStr globalName) {
        PyObject code = ((PyDict) p.st.extensionRegistry)
                .getItem(PyTuple.of(moduleName, globalName));
        if (code == null) {
            return false;
        }
        if (!(code instanceof PyInt c)) {
            throw p.st.picklingError("Can't pickle " + Ops.repr(obj).value()
                    + ": extension code " + Ops.repr(code).value() + " isn't an integer");
        }
        long v = CArgs.asLong(c);
        if (v <= 0 || v > 0x7fffffffL) {
            throw p.st.picklingError("Can't pickle " + Ops.repr(obj).value()
                    + ": extension code " + v + " is out of range");
        }
        if (v <= 0xff) {
            p.out.write2(Opcodes.EXT1, (byte) v);
        } else if (v <= 0xffff) {
            p.out.writeOpAndLE(Opcodes.EXT2, v, 2);
        } else {
            p.out.writeOpAndLE(Opcodes.EXT4, v, 4);
        }
        return true;
    }

    /** Python 3 names to Python 2's, for protocols below 3. */
    // CPython: Modules/_pickle.c fix_imports
    private static PyObject[] fixImports(PickleState st, PyObject module, PyObject global) {
        PyObject item = ((PyDict) st.nameMapping3to2).getItem(PyTuple.of(module, global));
        if (item != null) {
            if (!(item instanceof PyTuple t) || t.size() != 2) {
                throw PyExceptions.runtimeError("_compat_pickle.REVERSE_NAME_MAPPING values "
                        + "should be 2-tuples, not " + item.type().getName());
            }
            if (!(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyStr)) {
                throw PyExceptions.runtimeError("_compat_pickle.REVERSE_NAME_MAPPING values "
                        + "should be pairs of str, not (" + t.get(0).type().getName() + ", "
                        + t.get(1).type().getName() + ")");
            }
            return new PyObject[] {t.get(0), t.get(1)};
        }
        item = ((PyDict) st.importMapping3to2).getItem(module);
        if (item != null) {
            if (!(item instanceof PyStr)) {
                throw PyExceptions.runtimeError("_compat_pickle.REVERSE_IMPORT_MAPPING values "
                        + "should be strings, not " + item.type().getName());
            }
            return new PyObject[] {item, global};
        }
        return new PyObject[] {module, global};
    }

    // CPython: Modules/_pickle.c save_picklebuffer
    static void savePicklebuffer(PyPickler p, PyPickleBuffer obj) {
        if (p.proto < 5) {
            throw p.st.picklingError("PickleBuffer can only pickled with protocol >= 5");
        }
        obj.checkNotReleased();
        if (!obj.isContiguous()) {
            throw p.st.picklingError("PickleBuffer can not be pickled when pointing to a "
                    + "non-contiguous buffer");
        }
        boolean inBand = true;
        if (p.bufferCallback != null) {
            inBand = Ops.isTrue(Ops.call(p.bufferCallback, obj));
        }
        if (inBand) {
            byte[] data = obj.contiguousBytes();
            if (obj.isReadonly()) {
                Saver.saveBytesData(p, obj, data, 0, data.length);
            } else {
                Saver.saveBytearrayData(p, obj, data, 0, data.length);
            }
        } else {
            p.out.writeByte(Opcodes.NEXT_BUFFER);
            if (obj.isReadonly()) {
                p.out.writeByte(Opcodes.READONLY_BUFFER);
            }
        }
    }
}
