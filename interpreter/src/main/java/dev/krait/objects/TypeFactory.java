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

    // The names a class statement's namespace is searched for, interned once: a str made per
    // lookup would be hashed per class made (SipHash), and a namespace's keys are the interned
    // strs its class body stored, which these then meet by identity.
    private static final PyStr KEY_ABSTRACTMETHODS = PyStr.intern("__abstractmethods__");
    private static final PyStr KEY_CLASSCELL = PyStr.intern("__classcell__");
    private static final PyStr KEY_DICT = PyStr.intern("__dict__");
    private static final PyStr KEY_DOC = PyStr.intern("__doc__");
    private static final PyStr KEY_EQ = PyStr.intern("__eq__");
    private static final PyStr KEY_HASH = PyStr.intern("__hash__");
    private static final PyStr KEY_MODULE = PyStr.intern("__module__");
    private static final PyStr KEY_QUALNAME = PyStr.intern("__qualname__");
    private static final PyStr KEY_SLOTS = PyStr.intern("__slots__");
    private static final PyStr KEY_WEAKREF = PyStr.intern("__weakref__");

    private TypeFactory() {}

    /**
     * The {@code __name__} of the calling Python frame's globals, or null: what {@code type(name,
     * bases, ns)} takes as the new class's {@code __module__}. The runtime, which knows the
     * frames, installs it (this package does not look upward).
     */
    public static volatile java.util.function.Supplier<PyObject> callerModule = () -> null;

    static PyObject create(PyType meta, String name, PyTuple basesTuple, PyDict ns,
            PyObject[] kwargs, String[] kwnames) {
        PyType[] metatypes = new PyType[basesTuple.size()];
        for (int i = 0; i < metatypes.length; i++) {
            metatypes[i] = basesTuple.get(i).type();
        }
        // The metaclass is settled first, over the types of whatever the bases are.
        PyType winner = mostDerivedMetaclassOf(meta, metatypes);
        PyType[] bases = new PyType[basesTuple.size()];
        for (int i = 0; i < bases.length; i++) {
            PyObject b = basesTuple.get(i);
            if (!(b instanceof PyType t)) {
                throw PyExceptions.typeError("bases must be types");
            }
            requireAcceptableBase(t);
            bases[i] = t;
        }
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
        // CPython: type_new_init's PyDict_Copy merges a dict subclass that overrides __iter__
        // (an OrderedDict) in its own iteration order
        if (ns.type() != PyDict.TYPE && ns.type().lookup("__iter__") != PyDict.TYPE.lookup(
                "__iter__")) {
            for (PyObject key : Iteration.toList(Ops.callMethod(ns, "keys"))) {
                dict.setItem(key, Containers.getItem(ns, key));
            }
        } else {
            dict.mergeFrom(ns);
        }
        if (dict.getItem(KEY_MODULE) == null) {
            // CPython: type_new_set_module — the calling frame's globals' __name__.
            PyObject module = callerModule.get();
            if (module != null) {
                dict.setItem(KEY_MODULE, module);
            }
        }
        PyObject qualname = dict.removeItem(KEY_QUALNAME);
        if (qualname != null && !(qualname instanceof PyStr)) {
            throw PyExceptions.typeError("type __qualname__ must be a str, not "
                    + qualname.type().getName());
        }
        PyObject classcell = dict.removeItem(KEY_CLASSCELL);
        wrapImplicit(dict, "__new__", false);
        wrapImplicit(dict, "__init_subclass__", true);
        wrapImplicit(dict, "__class_getitem__", true);
        if (dict.getItem(KEY_EQ) != null && dict.getItem(KEY_HASH) == null) {
            dict.setItem(KEY_HASH, PyNone.NONE);
        }
        PyType type = PyType.heap(meta, name, bases, solid, dict, new PyType[0]);
        type.setQualname(qualname != null ? qualname.toString() : name);
        // CPython: type_new_set_classcell runs before PyType_Ready computes the MRO, so a
        // metaclass's mro() can already call methods that use __class__ (bpo-23722)
        if (classcell instanceof PyCell cell) {
            cell.set(type);
        } else if (classcell != null) {
            throw PyExceptions.typeError("__classcell__ must be a nonlocal cell, not "
                    + classcell.type());
        }
        try {
            type.setBases(bases, computeMro(type, bases));
            // CPython: tp_base (__base__) is best_base, the base with the most derived layout
            type.setBestBase(solid);
        } catch (PyException e) {
            for (PyType b : bases) {
                b.removeSubclass(type);
            }
            throw e;
        }
        layOutSlots(type, dict, solid);
        PyObject doc = dict.getItem(KEY_DOC);
        if (doc == null) {
            dict.setItem(KEY_DOC, PyNone.NONE);
        } else if (doc instanceof PyStr docStr) {
            // CPython: type_new_set_doc copies a str docstring as UTF-8 (tp_doc)
            TypeMethods.requireUtf8(docStr);
        }
        type.invalidateCaches();
        for (var entry : dict.entryList()) {
            PyObject setName = entry.getValue().type().lookup("__set_name__");
            if (setName != null) {
                try {
                    Ops.callDescriptor(setName, entry.getValue(), type, entry.getKey());
                } catch (PyException e) {
                    // 3.11 raises RuntimeError from the error (3.12 adds a note instead).
                    // CPython: Objects/typeobject.c type_new_set_names, _PyErr_FormatFromCause
                    throw PyExceptions.fromCause(PyExceptions.runtimeError("Error calling "
                            + "__set_name__ on '" + entry.getValue().type().getName()
                            + "' instance " + Ops.repr(entry.getKey()) + " in '" + name + "'"),
                            e);
                }
            }
        }
        // CPython calls super(type, type).__init_subclass__, whose supercheck refuses a class
        // that a custom mro() left out of its own MRO (Objects/typeobject.c init_subclass)
        if (!java.util.Arrays.asList(type.getMro()).contains(type)) {
            throw PyExceptions.typeError("super(type, obj): obj must be an instance or subtype "
                    + "of type");
        }
        PyObject initSubclass = type.lookupAfter(type, "__init_subclass__");
        if (initSubclass != null) {
            PyObject bound = initSubclass instanceof Descriptor d ? d.get(null, type)
                    : Ops.bind(initSubclass, type);
            Ops.call(bound, kwargs, kwnames);
        }
        return type;
    }

    /**
     * The MRO of {@code type}: C3 over {@code bases}, or what the metaclass's own {@code mro()}
     * returns when it overrides {@code type.mro}. CPython: Objects/typeobject.c mro_internal,
     * mro_invoke, mro_check.
     */
    static PyType[] computeMro(PyType type, PyType[] bases) {
        PyType meta = type.type();
        PyObject custom = meta == PyType.TYPE ? null : meta.lookup("mro");
        if (custom == null || custom == PyType.TYPE.lookup("mro")) {
            return Mro.compute(type, bases);
        }
        List<PyObject> items = Iteration.toList(Ops.callDescriptor(custom, type));
        PyType[] mro = new PyType[items.size()];
        PyType solid = layoutBase(type);
        for (int i = 0; i < mro.length; i++) {
            if (!(items.get(i) instanceof PyType t)) {
                throw PyExceptions.typeError("mro() returned a non-class ('"
                        + items.get(i).type().getName() + "')");
            }
            if (!solid.isSubtypeOf(layoutBase(t))) {
                throw PyExceptions.typeError("mro() returned base with unsuitable layout ('"
                        + t.getName() + "')");
            }
            mro[i] = t;
        }
        return mro;
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
        PyType[] metatypes = new PyType[bases.length];
        for (int i = 0; i < bases.length; i++) {
            metatypes[i] = bases[i].type();
        }
        return mostDerivedMetaclassOf(meta, metatypes);
    }

    /** The most derived of {@code meta} and the bases' types {@code metatypes}. */
    public static PyType mostDerivedMetaclassOf(PyType meta, PyType[] metatypes) {
        PyType winner = meta;
        for (PyType bt : metatypes) {
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

    /**
     * The base whose instance layout the new class extends: the one whose layout base is the
     * most derived, or "lay-out conflict" when two layouts are unrelated. CPython:
     * Objects/typeobject.c best_base.
     */
    static PyType solidBaseOf(PyType[] bases) {
        PyType best = null;
        PyType bestSolid = null;
        for (PyType b : bases) {
            requireAcceptableBase(b);
            PyType s = layoutBase(b);
            if (bestSolid == null) {
                best = b;
                bestSolid = s;
            } else if (bestSolid.isSubtypeOf(s)) {
                continue;
            } else if (s.isSubtypeOf(bestSolid)) {
                best = b;
                bestSolid = s;
            } else {
                throw PyExceptions.typeError("multiple bases have instance lay-out conflict");
            }
        }
        return best;
    }

    /** "type 'X' is not an acceptable base type" for a class that cannot be subclassed. */
    // CPython: Objects/typeobject.c best_base (Py_TPFLAGS_BASETYPE)
    private static void requireAcceptableBase(PyType t) {
        if (!t.acceptableBase) {
            // CPython names the type by its tp_name, module included outside builtins
            String module = t.moduleName();
            throw PyExceptions.typeError("type '" + (module.equals("builtins") ? ""
                    : module + ".") + t.getName() + "' is not an acceptable base type");
        }
    }

    /**
     * Whether instances laid out for {@code oldBase} may become instances of {@code newBase}:
     * the check behind assigning {@code __class__} and {@code __bases__}. CPython:
     * Objects/typeobject.c compatible_for_assignment.
     */
    static void checkCompatible(PyType oldto, PyType newto, String attr) {
        if (trackedByCollector(oldto) != trackedByCollector(newto)) {
            // CPython compares tp_free: PyObject_GC_Del for collected types, PyObject_Free
            // for the others
            throw PyExceptions.typeError(attr + " assignment: '" + newto.getName()
                    + "' deallocator differs from '" + oldto.getName() + "'");
        }
        PyType newBase = layoutBase(newto);
        PyType oldBase = layoutBase(oldto);
        boolean sameLayout = newBase == oldBase || newBase.getBase() == oldBase.getBase()
                && java.util.Arrays.equals(newBase.slotNames, oldBase.slotNames);
        if (!sameLayout || newto.javaClass() != oldto.javaClass()
                || hasDict(newto) != hasDict(oldto) || !newto.isBuiltin() && !oldto.isBuiltin()
                && hasWeakref(newto) != hasWeakref(oldto)) {
            throw PyExceptions.typeError(attr + " assignment: '" + newto.getName()
                    + "' object layout differs from '" + oldto.getName() + "'");
        }
    }

    /**
     * Whether CPython's cyclic collector tracks instances of {@code t} (Py_TPFLAGS_HAVE_GC):
     * every class a program makes, and the builtins the generated table says so of; a builtin
     * the table does not know (a native module's) is taken as collected, as most are.
     */
    private static boolean trackedByCollector(PyType t) {
        if (!t.isBuiltin()) {
            return true;
        }
        long[] layout = BuiltinDocs.layout(t.getName());
        return layout == null || layout[4] != 0;
    }

    /**
     * The class whose instance layout {@code t} shares: a class that declares its own
     * {@code __slots__} members, else the builtin whose Java class lays its instances out.
     * CPython: Objects/typeobject.c solid_base and extra_ivars.
     */
    private static PyType layoutBase(PyType t) {
        PyType s = t;
        while (s.getBase() != null) {
            if (!s.isBuiltin()) {
                if (s.slotNames.length > s.getBase().slotNames.length) {
                    return s;
                }
            } else if (s.javaClass() != s.getBase().javaClass()) {
                return s;
            }
            s = s.getBase();
        }
        return s;
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

    /**
     * Lays out the instance: {@code __slots__} members (sorted, mangled, as member
     * descriptors), and the {@code __dict__} and {@code __weakref__} attributes a class adds when
     * its base has none. CPython: Objects/typeobject.c type_new_slots, type_new_copy_slots,
     * type_new_descriptors.
     */
    private static void layOutSlots(PyType type, PyDict dict, PyType best) {
        boolean baseDict = hasDict(best);
        boolean varSized = isVarSized(best);
        boolean baseWeak = hasWeakref(best) || varSized;
        List<String> all = new ArrayList<>();
        for (PyType m : best.getMro()) {
            if (m.slotNames.length > all.size()) {
                all = new ArrayList<>(List.of(m.slotNames));
            }
        }
        PyObject slots = dict.getItem(KEY_SLOTS);
        boolean addDict;
        boolean addWeak;
        if (slots == null) {
            addDict = !baseDict;
            addWeak = !baseWeak;
        } else {
            addDict = false;
            addWeak = false;
            List<PyObject> names = slots instanceof PyStr ? List.of(slots) : Iteration.toList(slots);
            List<String> own = new ArrayList<>();
            for (PyObject n : names) {
                if (!(n instanceof PyStr s)) {
                    throw PyExceptions.typeError("__slots__ items must be strings, not '"
                            + n.type().getName() + "'");
                }
                String slot = s.value();
                if (!isIdentifier(slot)) {
                    throw PyExceptions.typeError("__slots__ must be identifiers");
                }
                if (slot.equals("__dict__")) {
                    if (baseDict || addDict) {
                        throw PyExceptions.typeError("__dict__ slot disallowed: we already got "
                                + "one");
                    }
                    addDict = true;
                    continue;
                }
                if (slot.equals("__weakref__")) {
                    if (baseWeak || addWeak) {
                        throw PyExceptions.typeError("__weakref__ slot disallowed: either we "
                                + "already got one, or __itemsize__ != 0");
                    }
                    addWeak = true;
                    continue;
                }
                String mangled = mangle(type.getName(), slot);
                if (dict.getItem(PyStr.of(mangled)) != null) {
                    throw PyExceptions.valueError(Ops.repr(PyStr.of(mangled))
                            + " in __slots__ conflicts with class variable");
                }
                own.add(mangled);
            }
            java.util.Collections.sort(own);
            if (!own.isEmpty() && varSized) {
                // CPython: Objects/typeobject.c type_new_slots_impl (itemsize != 0)
                throw PyExceptions.typeError("nonempty __slots__ not supported for subtype of '"
                        + solidBase(type).getName() + "'");
            }
            for (String slot : own) {
                all.add(slot);
                dict.setItem(PyStr.of(slot), new PySlotDescriptor(type, slot, all.size() - 1));
            }
            // CPython: Objects/typeobject.c type_new_slots_impl -- secondary bases may provide
            // the dict or the weakref list the best base lacks
            for (PyType b : type.getBases()) {
                if (b == best) {
                    continue;
                }
                if (!baseDict && !addDict && hasDict(b)) {
                    addDict = true;
                }
                if (!baseWeak && !addWeak && hasWeakref(b)) {
                    addWeak = true;
                }
            }
        }
        // CPython: PyType_Ready's add_getset keeps what the class body defines under the name
        if (addDict && dict.getItem(KEY_DICT) == null) {
            dict.setItem(KEY_DICT, dictDescriptor(type));
        }
        if (addWeak && dict.getItem(KEY_WEAKREF) == null) {
            dict.setItem(KEY_WEAKREF, weakrefDescriptor(type));
        }
        type.slotNames = all.toArray(new String[0]);
        type.instancesHaveDict = baseDict || addDict;
        type.instancesHaveWeakref = baseWeak && !varSized || addWeak;
    }

    /** Whether instances of {@code t} (and so of its subclasses) carry a {@code __dict__}. */
    private static boolean hasDict(PyType t) {
        if (!t.isBuiltin()) {
            return t.instancesHaveDict;
        }
        PyObject d = t.lookup("__dict__");
        return t.isExceptionType() || d instanceof PyGetSetDescriptor
                || d instanceof PySlotDescriptor;
    }

    /** CPython's tp_weaklistoffset != 0: the builtins that programs subclass and weakly refer to. */
    private static boolean hasWeakref(PyType t) {
        if (!t.isBuiltin()) {
            return t.instancesHaveWeakref;
        }
        return solidBase(t).supportsWeakrefs();
    }

    /** CPython's tp_itemsize != 0: variable-size builtins admit no slots and no weakrefs. */
    private static boolean isVarSized(PyType t) {
        String n = solidBase(t).getName();
        return n.equals("int") || n.equals("tuple") || n.equals("bytes");
    }

    /** Private-name mangling of a slot ({@code __x} in class {@code _C} is {@code _C__x}). */
    static String mangle(String className, String name) {
        if (!name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        String stripped = className.replaceFirst("^_+", "");
        return stripped.isEmpty() ? name : "_" + stripped + name;
    }

    private static boolean isIdentifier(String s) {
        if (s.isEmpty()) {
            return false;
        }
        int first = s.codePointAt(0);
        if (!(Character.isUnicodeIdentifierStart(first) || first == '_')) {
            return false;
        }
        for (int i = Character.charCount(first); i < s.length(); ) {
            int c = s.codePointAt(i);
            if (!Character.isUnicodeIdentifierPart(c) || Character.isIdentifierIgnorable(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }

    /**
     * The {@code __dict__} attribute a class adds for its instances (subtype_dict); its doc
     * is 3.11.7's (earlier 3.11 releases added " (if defined)").
     */
    private static PyObject dictDescriptor(PyType type) {
        return new PyGetSetDescriptor(type, "__dict__", TypeFactory::instanceDict,
                TypeFactory::setInstanceDict,
                "dictionary for instance variables", true);
    }

    /** The {@code __weakref__} attribute: the first weak reference to the object, or None. */
    static PyObject weakrefDescriptor(PyType type) {
        return new PyGetSetDescriptor(type, "__weakref__", TypeFactory::weakrefList, null,
                "list of weak references to the object");
    }

    // CPython: Objects/typeobject.c subtype_dict
    private static PyObject instanceDict(PyObject self) {
        Descriptor own = builtinDictDescriptor(self.type());
        return own != null ? own.get(self, self.type()) : self.getDict();
    }

    /**
     * The {@code __dict__} descriptor of a builtin base that keeps its own dict (type,
     * module), which the class's {@code __dict__} defers to; else null.
     * CPython: Objects/typeobject.c get_builtin_base_with_dict, get_dict_descriptor.
     */
    private static Descriptor builtinDictDescriptor(PyType type) {
        for (PyType t : type.getMro()) {
            if (t.isBuiltin() && t != PyType.OBJECT
                    && t.getTypeDict().getItem(KEY_DICT) instanceof Descriptor own) {
                return own;
            }
        }
        return null;
    }

    // CPython: Objects/typeobject.c subtype_setdict
    private static void setInstanceDict(PyObject self, PyObject value) {
        // A builtin base that keeps its own dict (type, module) decides, through its descriptor
        Descriptor own = builtinDictDescriptor(self.type());
        if (own != null) {
            if (value == null) {
                own.delete(self);
            } else {
                own.set(self, value);
            }
            return;
        }
        if (value == null) {
            self.setDict(null); // del obj.__dict__: a new empty one appears on next use
            return;
        }
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '"
                    + value.type().getName() + "'");
        }
        self.setDict(d);
    }

    private static PyObject weakrefList(PyObject self) {
        return Weakrefable.Head.of(self);
    }

    /** "Can't instantiate abstract class C with abstract methods a, b". */
    static String abstractMessage(PyType cls) {
        PyObject am = cls.getTypeDict().getItem(KEY_ABSTRACTMETHODS);
        List<String> names = new ArrayList<>();
        if (am != null) {
            for (PyObject n : Iteration.toList(am)) {
                names.add(n.toString());
            }
        }
        java.util.Collections.sort(names);
        return "Can't instantiate abstract class " + cls.getName() + " with abstract method"
                + (names.size() == 1 ? "" : "s") + " " + String.join(", ", names);
    }
}
