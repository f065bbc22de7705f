package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * Makes the classes that programs define: {@code type(name, bases, ns)} and the class
 * statement (through {@code __build_class__}). It checks the bases, finds the most derived
 * metaclass and the instance layout ("solid base"), computes the MRO, lays out
 * {@code __slots__}, applies the implicit rules of the data model ({@code __hash__ = None} next
 * to {@code __eq__}, {@code __new__} as a static method, {@code __init_subclass__} as a class
 * method), then calls {@code __set_name__} and the parent's {@code __init_subclass__}.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code type_new} and its helpers.
 */
public final class TypeFactory {
    private TypeFactory() {}

    static PyObject create(PyType meta, String name, PyTuple basesTuple, PyDict ns,
            PyObject[] kwargs, String[] kwnames) {
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesTuple.get(i);
            if (!(b instanceof PyType t)) {
                throw PyExceptions.typeError("bases must be types");
            }
            if (!t.acceptableBase) {
                throw PyExceptions.typeError("type '" + t.getName()
                        + "' is not an acceptable base type");
            }
            bases[i] = t;
        }
        PyType winner = mostDerivedMetaclass(meta, bases);
        if (winner != meta) {
            PyObject nw = winner.lookup("__new__");
            if (nw != PyType.TYPE.lookup("__new__")) {
                PyObject[] all = {winner, PyStr.of(name), basesTuple, ns};
                return Ops.call(nw, concat(all, kwargs), kwnames);
            }
            meta = winner;
        }
        if (bases.length == 0) {
            bases = new PyType[] {PyType.OBJECT};
        }
        for (int i = 0; i < bases.length; i++) {
            for (int j = i + 1; j < bases.length; j++) {
                if (bases[i] == bases[j]) {
                    throw PyExceptions.typeError("duplicate base class " + bases[i].getName());
                }
            }
        }
        PyType solid = solidBaseOf(bases);
        PyDict dict = new PyDict();
        dict.mergeFrom(ns);
        PyObject qualname = dict.removeItem(PyStr.of("__qualname__"));
        if (qualname != null && !(qualname instanceof PyStr)) {
            throw PyExceptions.typeError("type __qualname__ must be a str, not "
                    + qualname.type().getName());
        }
        PyObject classcell = dict.removeItem(PyStr.of("__classcell__"));
        if (dict.getItem(PyStr.of("__doc__")) == null) {
            dict.setItem(PyStr.of("__doc__"), PyNone.NONE);
        }
        wrapImplicit(dict, "__new__", false);
        wrapImplicit(dict, "__init_subclass__", true);
        wrapImplicit(dict, "__class_getitem__", true);
        if (dict.getItem(PyStr.of("__eq__")) != null && dict.getItem(PyStr.of("__hash__")) == null) {
            dict.setItem(PyStr.of("__hash__"), PyNone.NONE);
        }
        PyType type = PyType.heap(meta, name, bases, solid, dict, new PyType[0]);
        type.setQualname(qualname != null ? qualname.toString() : name);
        PyType[] mro;
        try {
            mro = Mro.compute(type, bases);
        } catch (PyException e) {
            for (PyType b : bases) {
                b.removeSubclass(type);
            }
            throw e;
        }
        type.setBases(bases, mro);
        layOutSlots(type, dict, bases);
        if (classcell instanceof PyCell cell) {
            cell.set(type);
        } else if (classcell != null) {
            throw PyExceptions.typeError("__classcell__ must be a nonlocal cell, not "
                    + classcell.type());
        }
        type.invalidateCaches();
        for (var entry : new ArrayList<>(dict.map.entrySet())) {
            PyObject setName = entry.getValue().type().lookup("__set_name__");
            if (setName != null) {
                try {
                    Ops.callDescriptor(setName, entry.getValue(), type, entry.getKey());
                } catch (PyException e) {
                    // 3.11 adds a note rather than wrapping (CPython: type_new_set_names).
                    e.value.add_note(PyStr.of("Error calling __set_name__ on '"
                            + entry.getValue().type().getName() + "' instance "
                            + Ops.repr(entry.getKey()) + " in '" + name + "'"));
                    throw e;
                }
            }
        }
        PyObject initSubclass = type.lookupAfter(type, "__init_subclass__");
        if (initSubclass != null) {
            PyObject bound = initSubclass instanceof Descriptor d ? d.get(null, type)
                    : Ops.bind(initSubclass, type);
            Ops.call(bound, kwargs, kwnames);
        }
        return type;
    }

    private static PyObject[] concat(PyObject[] a, PyObject[] b) {
        PyObject[] r = new PyObject[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static void wrapImplicit(PyDict dict, String name, boolean asClassMethod) {
        PyObject f = dict.getItem(PyStr.of(name));
        if (f instanceof PyFunction) {
            dict.setItem(PyStr.of(name), asClassMethod ? new PyClassMethod(f)
                    : new PyStaticMethod(f));
        }
    }

    /** CPython: Objects/typeobject.c _PyType_CalculateMetaclass. */
    public static PyType mostDerivedMetaclass(PyType meta, PyType[] bases) {
        PyType winner = meta;
        for (PyType b : bases) {
            PyType bt = b.type();
            if (winner.isSubtypeOf(bt)) {
                continue;
            }
            if (bt.isSubtypeOf(winner)) {
                winner = bt;
                continue;
            }
            throw PyExceptions.typeError("metaclass conflict: the metaclass of a derived class "
                    + "must be a (non-strict) subclass of the metaclasses of all its bases");
        }
        return winner;
    }

    /** The base whose instance layout the new class uses; "lay-out conflict" if none. */
    static PyType solidBaseOf(PyType[] bases) {
        PyType best = null;
        PyType bestSolid = null;
        for (PyType b : bases) {
            PyType s = solidBase(b);
            if (bestSolid == null || s.javaClass().isAssignableFrom(bestSolid.javaClass())
                    && bestSolid.isSubtypeOf(s)) {
                if (bestSolid == null) {
                    bestSolid = s;
                    best = b;
                }
            } else if (bestSolid.javaClass().isAssignableFrom(s.javaClass())
                    && s.isSubtypeOf(bestSolid)) {
                bestSolid = s;
                best = b;
            } else if (s != bestSolid) {
                throw PyExceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** The nearest builtin ancestor that defines the instance layout. */
    public static PyType solidBase(PyType t) {
        PyType s = t;
        while (!s.isBuiltin() || (s.getBase() != null
                && s.javaClass() == s.getBase().javaClass() && s != PyType.OBJECT
                && !s.isExceptionType())) {
            s = s.getBase();
        }
        return s;
    }

    private static void layOutSlots(PyType type, PyDict dict, PyType[] bases) {
        boolean baseHasDict = false;
        List<String> inherited = new ArrayList<>();
        for (PyType m : type.getMro()) {
            if (m == type) {
                continue;
            }
            if (!m.isBuiltin() && m.instancesHaveDict) {
                baseHasDict = true;
            }
        }
        for (PyType b : bases) {
            if (b.slotNames.length > inherited.size()) {
                inherited = new ArrayList<>(List.of(b.slotNames));
            }
            if (b.isBuiltin() && b != PyType.OBJECT && PyBaseObject.class.isAssignableFrom(
                    b.javaClass()) && b.javaClass() != PyBaseObject.class) {
                baseHasDict = true;
            }
        }
        PyObject slots = dict.getItem(PyStr.of("__slots__"));
        if (slots == null) {
            type.instancesHaveDict = PyBaseObject.class == type.javaClass() || true;
            type.slotNames = inherited.toArray(new String[0]);
            return;
        }
        List<PyObject> names = slots instanceof PyStr ? List.of(slots) : Ops.toList(slots);
        boolean wantDict = baseHasDict;
        List<String> all = new ArrayList<>(inherited);
        for (PyObject n : names) {
            if (!(n instanceof PyStr s)) {
                throw PyExceptions.typeError("__slots__ items must be strings, not '"
                        + n.type().getName() + "'");
            }
            String slot = s.value;
            if (slot.equals("__dict__")) {
                wantDict = true;
                continue;
            }
            if (slot.equals("__weakref__")) {
                continue;
            }
            String mangled = slot.startsWith("__") && !slot.endsWith("__")
                    ? "_" + type.getName().replaceFirst("^_+", "") + slot : slot;
            if (dict.getItem(PyStr.of(mangled)) != null) {
                throw PyExceptions.valueError(Ops.repr(s) + " in __slots__ conflicts with class "
                        + "variable");
            }
            all.add(mangled);
            dict.setItem(PyStr.of(mangled), new PySlotDescriptor(type, mangled, all.size() - 1));
        }
        if (!all.isEmpty() && type.javaClass() != PyBaseObject.class) {
            throw PyExceptions.typeError("nonempty __slots__ not supported for subtype of '"
                    + solidBase(type).getName() + "'");
        }
        type.slotNames = all.toArray(new String[0]);
        type.instancesHaveDict = wantDict;
    }

    /** "Can't instantiate abstract class C with abstract methods a, b". */
    static String abstractMessage(PyType cls) {
        PyObject am = cls.getTypeDict().getItem(PyStr.of("__abstractmethods__"));
        List<String> names = new ArrayList<>();
        if (am != null) {
            for (PyObject n : Ops.toList(am)) {
                names.add(n.toString());
            }
        }
        java.util.Collections.sort(names);
        return "Can't instantiate abstract class " + cls.getName() + " with abstract method"
                + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names);
    }
}
