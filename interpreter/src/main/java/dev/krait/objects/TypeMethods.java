package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * The Python methods of {@code type} itself: calling a class to make an instance, attribute access
 * on classes (which searches the metatype as well as the class's own MRO), and the attributes
 * every class has ({@code __name__}, {@code __mro__}, {@code __dict__}, ...).
 *
 * <p>CPython counterpart: Objects/typeobject.c ({@code type_call}, {@code type_getattro},
 * {@code type_setattro}, {@code type_getsets}).
 */
public final class TypeMethods {
    private TypeMethods() {}

    /** {@code cls(*args)}: {@code __new__}, then {@code __init__} if the result is a cls. */
    public static PyObject callType(PyType cls, PyObject[] args, String[] kwnames) {
        if (cls == PyType.TYPE) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            if (args.length - nkw == 1 && nkw == 0) {
                return args[0].type();
            }
            if (args.length - nkw != 3) {
                throw PyExceptions.typeError("type() takes 1 or 3 arguments");
            }
        }
        PyObject nw = cls.lookupNew();
        if (cls.isBuiltin() && cls != PyType.OBJECT && nw == PyType.OBJECT.lookupNew()) {
            // A builtin type without a constructor of its own (tp_new NULL in CPython).
            // CPython: Objects/typeobject.c type_call
            String module = cls.moduleName();
            throw PyExceptions.typeError("cannot create '" + (module.equals("builtins") ? ""
                    : module + ".") + cls.getName() + "' instances");
        }
        PyObject obj;
        if (nw instanceof PyBuiltinFunction b && b.isNew()) {
            obj = b.callNewFor(cls, args, kwnames);
        } else if (nw instanceof PyStaticMethod sm) {
            obj = Ops.call(sm.callable, prepend(cls, args), kwnames);
        } else if (nw instanceof PyFunction) {
            obj = Ops.call(nw, prepend(cls, args), kwnames);
        } else {
            // CPython: Objects/typeobject.c slot_tp_new -- getattr(cls, '__new__') binds any
            // other descriptor (a classmethod __new__ receives the class twice)
            obj = Ops.call(bindToClass(nw, cls), prepend(cls, args), kwnames);
        }
        if (!obj.type().isSubtypeOf(cls)) {
            return obj;
        }
        PyType made = obj.type();
        PyObject init = made.lookupInit();
        // object.__init__ does nothing but complain about arguments that neither __new__ nor
        // __init__ took; for str(x), int(s) and the like (their own __new__, object's
        // __init__) it is not called at all. CPython: Objects/typeobject.c object_init
        if (init == PyType.OBJECT.lookupInit()
                && (args.length == 0 || made.lookupNew() != PyType.OBJECT.lookupNew())) {
            return obj;
        }
        if (init != null) {
            PyObject r = Ops.callDescriptorWith(init, obj, args, kwnames);
            if (r != PyNone.NONE) {
                throw PyExceptions.typeError("__init__() should return None, not '"
                        + r.type().getName() + "'");
            }
        }
        return obj;
    }

    /** {@code descr.__get__(None, cls)} when descr is a descriptor, else descr. */
    private static PyObject bindToClass(PyObject descr, PyType cls) {
        if (descr instanceof Descriptor d) {
            return d.get(null, cls);
        }
        PyObject get = descr.type().lookup("__get__");
        return get == null ? descr : Ops.callDescriptor(get, descr, PyNone.NONE, cls);
    }

    static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    /** type.__getattribute__: metatype data descriptors, the class's MRO, then the metatype. */
    static PyObject typeGetAttrOrNull(PyType type, String name) {
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr instanceof Descriptor d && d.isData()) {
            return d.get(type, meta);
        }
        PyObject metaGet = null;
        if (metaAttr != null && !(metaAttr instanceof Descriptor)) {
            PyType mt = metaAttr.type();
            metaGet = mt.lookup("__get__");
            if (metaGet != null && mt.lookup("__set__") != null) {
                return Ops.callDescriptor(metaGet, metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            if (attr instanceof Descriptor d) {
                return d.get(null, type);
            }
            PyObject get = attr.type().lookup("__get__");
            if (get != null) {
                return Ops.callDescriptor(get, attr, PyNone.NONE, type);
            }
            return attr;
        }
        if (metaAttr != null) {
            if (metaAttr instanceof Descriptor d) {
                return d.get(type, meta);
            }
            if (metaGet != null) {
                return Ops.callDescriptor(metaGet, metaAttr, type, meta);
            }
            return metaAttr;
        }
        return null;
    }

    static PyException noTypeAttribute(PyType type, String name) {
        // CPython: Objects/typeobject.c type_getattro, by tp_name
        return PyExceptions.attributeError("type object '" + type.tpName()
                + "' has no attribute '" + name + "'", PyStr.of(name), type);
    }

    static void typeSetAttr(PyType type, String name, PyObject value) {
        // CPython: Objects/typeobject.c type_setattro. It refuses an immutable type before
        // looking at any descriptor; Krait's builtin types include some that CPython makes as
        // mutable heap types (PyErr_NewException's: io.py sets UnsupportedOperation's
        // __module__), so the metatype's data descriptors are tried first
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        if (metaAttr instanceof Descriptor d && d.isData()) {
            d.set(type, value);
            return;
        }
        if (metaAttr != null && !(metaAttr instanceof Descriptor)) {
            PyObject set = metaAttr.type().lookup("__set__");
            if (set != null) {
                Ops.callDescriptor(set, metaAttr, type, value);
                return;
            }
        }
        if (type.isBuiltin()) {
            throw immutableType(type, name);
        }
        type.setTypeAttribute(name, value);
    }

    static void typeDelAttr(PyType type, String name) {
        // CPython: Objects/typeobject.c type_setattro, as for a set
        PyObject metaAttr = type.type().lookup(name);
        if (metaAttr instanceof Descriptor d && d.isData()) {
            d.delete(type);
            return;
        }
        if (metaAttr != null && !(metaAttr instanceof Descriptor)) {
            PyObject delete = metaAttr.type().lookup("__delete__");
            if (delete != null) {
                Ops.callDescriptor(delete, metaAttr, type);
                return;
            }
        }
        if (type.isBuiltin()) {
            throw immutableType(type, name);
        }
        if (!type.deleteTypeAttribute(name)) {
            throw noTypeAttribute(type, name);
        }
    }

    /** "cannot set 'x' attribute of immutable type 'T'", as type_setattro words it. */
    private static PyException immutableType(PyType type, String name) {
        return PyExceptions.typeError("cannot set " + Ops.repr(PyStr.of(name)).value()
                + " attribute of immutable type '" + type.tpName() + "'");
    }

    // ---- the Python methods of type ----------------------------------------------------------

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1 && meta == PyType.TYPE && nkw == 0) {
            return args[0].type();
        }
        if (npos != 3) {
            throw PyExceptions.typeError("type.__new__() takes exactly 3 arguments (" + npos
                    + " given)");
        }
        PyStr nameStr = PyStr.requireStr(args[0], "type.__new__() argument 1");
        String name = nameStr.value();
        // CPython: type_new_impl keeps the name as UTF-8 (tp_name)
        if (name.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("type name must not contain null characters");
        }
        requireUtf8(nameStr);
        if (!(args[1] instanceof PyTuple bases)) {
            throw PyExceptions.typeError("type.__new__() argument 2 must be tuple, not "
                    + args[1].type().getName());
        }
        if (!(args[2] instanceof PyDict ns)) {
            throw PyExceptions.typeError("type.__new__() argument 3 must be dict, not "
                    + args[2].type().getName());
        }
        PyObject[] kwargs = new PyObject[nkw];
        System.arraycopy(args, npos, kwargs, 0, nkw);
        return TypeFactory.create(meta, name, bases, ns, kwargs, kwnames);
    }

    @Exposed("__init__($self, /, *args, **kwargs)")
    public static void __init__(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos != 1 && npos != 3) {
            throw PyExceptions.typeError("type.__init__() takes 1 or 3 arguments");
        }
    }

    @Exposed("__call__($self, /, *args, **kwargs)")
    public static PyObject __call__(PyObject self, PyObject[] args, String[] kwnames) {
        return callType((PyType) self, args, kwnames);
    }

    @Exposed("__getattribute__($self, name, /)")
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        String n = Attributes.attributeName(name);
        PyObject v = typeGetAttrOrNull((PyType) self, n);
        if (v == null) {
            throw noTypeAttribute((PyType) self, n);
        }
        return v;
    }

    @Exposed("__setattr__($self, name, value, /)")
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        typeSetAttr((PyType) self, Attributes.attributeName(name), value);
    }

    @Exposed("__delattr__($self, name, /)")
    public static void __delattr__(PyObject self, PyObject name) {
        typeDelAttr((PyType) self, Attributes.attributeName(name));
    }

    @Exposed("__repr__($self, /)")
    public static String __repr__(PyObject self) {
        PyType t = (PyType) self;
        String module = t.moduleName();
        if (module.equals("builtins")) {
            return "<class '" + t.getQualname() + "'>";
        }
        return "<class '" + module + "." + t.getQualname() + "'>";
    }

    @Exposed("mro($self, /)")
    public static PyObject mro(PyObject self) {
        PyType t = (PyType) self;
        return new PyList(new ArrayList<>(List.of((PyObject[]) Mro.compute(t, t.getBases()))));
    }

    @Exposed("__subclasses__($self, /)")
    public static PyObject __subclasses__(PyObject self) {
        return new PyList(new ArrayList<>(((PyType) self).subclasses()));
    }

    // CPython: Objects/typeobject.c type___instancecheck__ (_PyObject_RealIsInstance)
    @Exposed("__instancecheck__($self, instance, /)")
    public static boolean __instancecheck__(PyObject self, PyObject instance) {
        return AbstractClasses.isInstance(instance, self);
    }

    // CPython: Objects/typeobject.c type___subclasscheck__ (_PyObject_RealIsSubclass): a
    // non-type with a __bases__ tuple is a class too
    @Exposed("__subclasscheck__($self, subclass, /)")
    public static boolean __subclasscheck__(PyObject self, PyObject sub) {
        return AbstractClasses.isSubclass(sub, self);
    }

    @Exposed(value = "__prepare__($type, name, bases, /, **kwds)", kind = Exposed.Kind.CLASS,
            signature = Exposed.Signature.HIDDEN)
    public static PyObject __prepare__(PyType meta, PyObject[] args, String[] kwnames) {
        return new PyDict();
    }

    @Exposed("__dir__($self, /)")
    public static PyObject __dir__(PyObject self) {
        return Attributes.defaultDir(self);
    }

    @Exposed("__or__($self, value, /)")
    public static PyObject __or__(PyObject self, PyObject other) {
        return PyUnionType.or(self, other);
    }

    @Exposed("__ror__($self, value, /)")
    public static PyObject __ror__(PyObject self, PyObject other) {
        return PyUnionType.or(other, self);
    }

    @Exposed.Getter("__name__")
    public static PyObject getName(PyObject self) {
        return ((PyType) self).nameObject();
    }

    @Exposed.Setter(value = "__name__", deletes = true)
    public static void setName(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__name__' attribute of immutable type '"
                    + t.tpName() + "'");
        }
        refuseDelete(t, "__name__", v);
        if (!(v instanceof PyStr s)) {
            throw PyExceptions.typeError("can only assign string to " + t.getName()
                    + ".__name__, not '" + v.type().getName() + "'");
        }
        if (s.value().indexOf('\0') >= 0) {
            throw PyExceptions.valueError("type name must not contain null characters");
        }
        requireUtf8(s);
        t.setNameObject(s);
    }

    /**
     * Raises the UnicodeEncodeError of encoding {@code s} to UTF-8 when it holds a lone
     * surrogate: a class's name and docstring are kept as UTF-8 in CPython (tp_name, tp_doc).
     */
    static void requireUtf8(PyStr s) {
        String v = s.value();
        for (int i = 0; i < v.length(); i++) {
            if (Character.isSurrogate(v.charAt(i))) {
                Ops.callMethod(s, "encode", PyStr.of("utf-8"));
                return;
            }
        }
    }

    @Exposed.Getter("__qualname__")
    public static PyObject getQualname(PyObject self) {
        return ((PyType) self).qualnameObject();
    }

    @Exposed.Setter(value = "__qualname__", deletes = true)
    public static void setQualname(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__qualname__' attribute of immutable type '"
                    + t.tpName() + "'");
        }
        refuseDelete(t, "__qualname__", v);
        if (!(v instanceof PyStr s)) {
            throw PyExceptions.typeError("can only assign string to " + t.getName()
                    + ".__qualname__, not '" + v.type().getName() + "'");
        }
        t.setQualnameObject(s);
    }

    /**
     * A class's {@code __module__} is its dict entry; a builtin type's is the module it was
     * made in, "builtins" unless {@link PyType#withModule} said otherwise (type's own dict entry
     * is this descriptor, not a module name).
     */
    // CPython: Objects/typeobject.c type_module
    @Exposed.Getter("__module__")
    public static PyObject getModule(PyObject self) {
        PyType t = (PyType) self;
        PyObject m = t.getTypeDict().getItem(PyStr.of("__module__"));
        if (t.isBuiltin()) {
            return m instanceof PyStr ? m : PyStr.of("builtins");
        }
        if (m == null) {
            throw PyExceptions.attributeError("__module__");
        }
        return m;
    }

    @Exposed.Setter(value = "__module__", deletes = true)
    public static void setModule(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        refuseDelete(t, "__module__", v);
        ((PyType) self).setTypeAttribute("__module__", v);
    }

    @Exposed.Getter("__bases__")
    public static PyObject getBases(PyObject self) {
        return PyTuple.of((PyObject[]) ((PyType) self).getBases().clone());
    }

    // CPython: Objects/typeobject.c type_set_bases
    @Exposed.Setter(value = "__bases__", deletes = true)
    public static void setBases(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__bases__' attribute of immutable type '"
                    + t.tpName() + "'");
        }
        refuseDelete(t, "__bases__", value);
        if (!(value instanceof PyTuple tuple)) {
            throw PyExceptions.typeError("can only assign tuple to " + t.getName()
                    + ".__bases__, not " + value.type().getName());
        }
        if (tuple.size() == 0) {
            throw PyExceptions.typeError("can only assign non-empty tuple to " + t.getName()
                    + ".__bases__, not ()");
        }
        PyType[] newBases = new PyType[tuple.size()];
        for (int i = 0; i < newBases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw PyExceptions.typeError(t.getName() + ".__bases__ must be tuple of classes, "
                        + "not '" + tuple.get(i).type().getName() + "'");
            }
            // a custom mro() may have reentered here and set a base's base already, before
            // the MROs that isSubtypeOf reads were recomputed
            if (b.isSubtypeOf(t) || baseChainReaches(b, t)) {
                throw PyExceptions.typeError("a __bases__ item causes an inheritance cycle");
            }
            newBases[i] = b;
        }
        PyType newBase = TypeFactory.solidBaseOf(newBases);
        TypeFactory.checkCompatible(t.getBase(), newBase, "__bases__");
        PyType[] oldBases = t.getBases();
        t.setBases(newBases);
        List<Object[]> changed = new ArrayList<>();
        try {
            mroHierarchy(t, changed);
        } catch (PyException e) {
            // undo the new MROs, except where a reentrant assignment has set a newer one
            for (int i = changed.size() - 1; i >= 0; i--) {
                Object[] c = changed.get(i);
                PyType cls = (PyType) c[0];
                if (cls.getMro() == c[1]) {
                    cls.setMro((PyType[]) c[2]);
                }
            }
            if (t.getBases() == newBases) {
                t.setBases(oldBases);
            }
            throw e;
        }
        // nothing to do when a custom mro() has assigned __bases__ again meanwhile
        if (t.getBases() == newBases) {
            for (PyType b : oldBases) {
                b.removeSubclass(t);
            }
            for (PyType b : newBases) {
                b.addSubclass(t);
            }
        }
    }

    /** Whether {@code target} is on the chain of first bases from {@code t}. */
    private static boolean baseChainReaches(PyType t, PyType target) {
        for (PyType b = t; b != null; b = b.getBase()) {
            if (b == target) {
                return true;
            }
        }
        return false;
    }

    /**
     * Recomputes the MRO of {@code type} and of its subclasses, recording {type, new MRO, old
     * MRO} for an undo; a type whose MRO was replaced while its mro() ran (reentrance) keeps
     * that one, and its subclasses are left to the reentrant call.
     * CPython: Objects/typeobject.c mro_hierarchy and mro_internal.
     */
    private static void mroHierarchy(PyType type, List<Object[]> changed) {
        PyType[] oldMro = type.getMro();
        PyType[] newMro = TypeFactory.computeMro(type, type.getBases());
        if (type.getMro() != oldMro) {
            return;
        }
        type.setMro(newMro);
        changed.add(new Object[] {type, newMro, oldMro});
        for (PyType sub : type.subclasses()) {
            mroHierarchy(sub, changed);
        }
    }

    @Exposed.Getter(value = "__base__", member = true)
    public static PyObject getBase(PyObject self) {
        PyType b = ((PyType) self).getBase();
        return b == null ? PyNone.NONE : b;
    }

    /** None while the class is being made (its metaclass's mro() runs before it has one). */
    // CPython: Objects/typeobject.c type_get_mro (tp_mro is NULL until mro_internal sets it)
    @Exposed.Getter(value = "__mro__", member = true)
    public static PyObject getMroTuple(PyObject self) {
        PyType[] mro = ((PyType) self).getMro();
        return mro.length == 0 ? PyNone.NONE : PyTuple.of((PyObject[]) mro.clone());
    }

    @Exposed.Getter("__dict__")
    public static PyObject getDictProxy(PyObject self) {
        return new PyMappingProxy(((PyType) self).getTypeDict());
    }

    // CPython: Objects/typeobject.c type_get_doc (a builtin type's doc is its tp_doc)
    @Exposed.Getter("__doc__")
    public static PyObject getDoc(PyObject self) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            String doc = BuiltinDocs.type(t);
            if (doc != null) {
                return PyStr.of(doc);
            }
        }
        PyObject d = t.getTypeDict().getItem(PyStr.of("__doc__"));
        if (d == null) {
            return PyNone.NONE;
        }
        if (d instanceof Descriptor desc) {
            return desc.get(null, (PyType) self);
        }
        PyObject get = d.type().lookup("__get__");
        if (get != null) {
            return Ops.callDescriptor(get, d, PyNone.NONE, self);
        }
        return d;
    }

    /**
     * A builtin class's signature is its constructor's, when that is marked to give it
     * ({@link Exposed.Signature#CLASS}); a class written in Python has the one at the head of
     * its docstring, if that has one.
     */
    // CPython: Objects/typeobject.c type_get_text_signature (from tp_doc)
    @Exposed.Getter("__text_signature__")
    public static PyObject getTextSignature(PyObject self) {
        PyType t = (PyType) self;
        String text = null;
        if (t == PyType.OBJECT) {
            // CPython: object's tp_doc "object()\n--\n\n...": calling object takes no
            // arguments, though its __new__ and __init__ take any for subclasses' sake
            text = "()";
        } else if (t.isBuiltin()) {
            PyObject init = t.getTypeDict().getItem(PyStr.of("__init__"));
            if (t.getTypeDict().getItem(PyStr.of("__new__")) instanceof PyBuiltinFunction n
                    && n.isNew()) {
                text = n.binder.classSignature(t.getName());
            }
            if (text == null && init instanceof PyMethodDescriptor d) {
                text = d.classSignature();
            }
        } else if (t.getTypeDict().getItem(PyStr.of("__doc__")) instanceof PyStr doc) {
            text = DocSignature.fromDoc(t.getName(), doc.value());
        }
        return text == null ? PyNone.NONE : PyStr.of(text);
    }

    // CPython: Objects/typeobject.c type_set_doc and check_set_special_type_attr
    @Exposed.Setter(value = "__doc__", deletes = true)
    public static void setDoc(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__doc__' attribute of immutable type '"
                    + t.tpName() + "'");
        }
        refuseDelete(t, "__doc__", v);
        t.setTypeAttribute("__doc__", v);
    }

    /**
     * The special attributes of a class can be replaced, never deleted (the message says
     * "immutable type" even for a class), and a replacement raises the audit event
     * {@code object.__setattr__}. CPython: Objects/typeobject.c check_set_special_type_attr.
     */
    private static void refuseDelete(PyType t, String name, PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("cannot delete '" + name + "' attribute of immutable "
                    + "type '" + t.getName() + "'");
        }
        // a class's identity changing is what audit hooks watch for (monkeypatching)
        dev.krait.runtime.Audit.audit("object.__setattr__", t, PyStr.of(name), value);
    }

    @Exposed.Getter("__abstractmethods__")
    public static PyObject getAbstractMethods(PyObject self) {
        PyObject v = ((PyType) self).getTypeDict().getItem(PyStr.of("__abstractmethods__"));
        if (v == null || self == PyType.TYPE) {
            throw PyExceptions.attributeError("__abstractmethods__");
        }
        return v;
    }

    // CPython: Objects/typeobject.c type_set_abstractmethods (deletion removes the entry)
    @Exposed.Setter(value = "__abstractmethods__", deletes = true)
    public static void setAbstractMethods(PyObject self, PyObject v) {
        PyType t = (PyType) self;
        if (v == null) {
            if (t.getTypeDict().removeItem(PyStr.of("__abstractmethods__")) == null) {
                throw PyExceptions.attributeError("__abstractmethods__");
            }
            t.isAbstract = false;
        } else {
            t.getTypeDict().setItem(PyStr.of("__abstractmethods__"), v);
            t.isAbstract = Ops.isTrue(v);
        }
        t.invalidateCaches();
    }

    /**
     * The type's {@code tp_flags} bits that describe what a program can observe: a class made
     * by a class statement (HEAPTYPE), subclassable (BASETYPE), abstract, with a managed
     * instance dict, and the fast-subclass, sequence/mapping and match-self bits inherited from
     * builtin bases. Bits about CPython's memory management and caches (a builtin's HAVE_GC,
     * VECTORCALL, VALID_VERSION_TAG, ...) are not set: Krait has no such state.
     */
    // CPython: Include/object.h Py_TPFLAGS_*, Objects/typeobject.c inherit_special
    @Exposed.Getter(value = "__flags__", member = true)
    public static long getFlags(PyObject self) {
        PyType t = (PyType) self;
        long flags = 1L << 12; // READY
        if (!t.isBuiltin()) {
            flags |= 1L << 9 | 1L << 14; // HEAPTYPE, HAVE_GC (every class is collected)
            PyType solid = TypeFactory.solidBase(t);
            if (t.instancesHaveDict() && !solid.isExceptionType() && solid != PyInt.TYPE
                    && solid != PyTuple.TYPE && solid != PyBytes.TYPE && solid != PyType.TYPE) {
                flags |= 1L << 4; // MANAGED_DICT
            }
        } else {
            flags |= 1L << 8; // IMMUTABLETYPE
        }
        if (t.isAcceptableBase()) {
            flags |= 1L << 10; // BASETYPE
        }
        if (t.isAbstract) {
            flags |= 1L << 20; // IS_ABSTRACT
        }
        PyType[][] fast = {{PyInt.TYPE}, {PyList.TYPE}, {PyTuple.TYPE}, {PyBytes.TYPE},
            {PyStr.TYPE}, {PyDict.TYPE}, {PyExceptions.BaseException}, {PyType.TYPE}};
        for (int i = 0; i < fast.length; i++) {
            if (t.isSubtypeOf(fast[i][0])) {
                flags |= 1L << (24 + i); // LONG_SUBCLASS ... TYPE_SUBCLASS
            }
        }
        for (PyType m : new PyType[] {PyBool.TYPE, PyByteArray.TYPE, PyBytes.TYPE, PyDict.TYPE,
            PyFloat.TYPE, PyFrozenSet.TYPE, PyInt.TYPE, PyList.TYPE, PySet.TYPE, PyStr.TYPE,
            PyTuple.TYPE}) {
            if (t.isSubtypeOf(m)) {
                flags |= 1L << 22; // _Py_TPFLAGS_MATCH_SELF
                break;
            }
        }
        flags |= t.collectionFlags();
        return flags;
    }

    /**
     * A class's annotations: its dict's {@code __annotations__}, made empty on first access;
     * builtin types have none.
     */
    // CPython: Objects/typeobject.c type_get_annotations
    @Exposed.Getter("__annotations__")
    public static PyObject getAnnotations(PyObject self) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.attributeError("type object '" + t.getName()
                    + "' has no attribute '__annotations__'");
        }
        PyObject a = t.getTypeDict().getItem(PyStr.of("__annotations__"));
        if (a == null) {
            a = new PyDict();
            t.setTypeAttribute("__annotations__", a);
            return a;
        }
        PyObject get = a.type().lookup("__get__");
        return get == null ? a : Ops.callDescriptor(get, a, PyNone.NONE, t);
    }

    // CPython: Objects/typeobject.c type_set_annotations
    // CPython: Objects/typeobject.c type_set_annotations (deletion removes the entry)
    @Exposed.Setter(value = "__annotations__", deletes = true)
    public static void setAnnotations(PyObject self, PyObject value) {
        PyType t = (PyType) self;
        if (t.isBuiltin()) {
            throw PyExceptions.typeError("cannot set '__annotations__' attribute of immutable "
                    + "type '" + t.getName() + "'");
        }
        if (value == null) {
            if (!t.deleteTypeAttribute("__annotations__")) {
                throw PyExceptions.attributeError("__annotations__");
            }
            return;
        }
        t.setTypeAttribute("__annotations__", value);
    }

    /**
     * {basicsize, itemsize, dictoffset, weakrefoffset} as CPython 3.11 (64-bit) lays the type
     * out: a builtin's from the generated table, a class's computed from its base the way
     * type_new does (slots, then a dict pointer or a managed dict, then a weakref list).
     */
    // CPython: Objects/typeobject.c type_new_descriptors
    static long[] layout(PyType t) {
        if (t.isBuiltin()) {
            long[] known = BuiltinDocs.layout(t.getName());
            if (known == null) {
                throw PyExceptions.attributeError("type object '" + t.getName()
                        + "' has no attribute '__basicsize__'");
            }
            return known;
        }
        PyType base = TypeFactory.solidBaseOf(t.getBases());
        long[] b = layout(base);
        long itemsize = b[1];
        long dictoffset = b[2];
        long weakrefoffset = b[3];
        int ownSlots = t.slotNames().length - base.slotNames().length;
        long offset = b[0] + 8L * Math.max(0, ownSlots);
        boolean addDict = t.instancesHaveDict() && dictoffset == 0;
        boolean addWeak = t.instancesHaveWeakref && weakrefoffset == 0 && itemsize == 0;
        if (addDict && itemsize != 0) {
            dictoffset = -8;
            offset += 8;
        }
        if (addWeak) {
            weakrefoffset = offset;
            offset += 8;
        }
        if (addDict && itemsize == 0) {
            dictoffset = -offset - 24;
        }
        return new long[] {offset, itemsize, dictoffset, weakrefoffset};
    }

    @Exposed.Getter(value = "__basicsize__", member = true)
    public static long getBasicsize(PyObject self) {
        return layout((PyType) self)[0];
    }

    @Exposed.Getter(value = "__itemsize__", member = true)
    public static long getItemsize(PyObject self) {
        return layout((PyType) self)[1];
    }

    @Exposed.Getter(value = "__dictoffset__", member = true)
    public static long getDictoffset(PyObject self) {
        return layout((PyType) self)[2];
    }

    @Exposed.Getter(value = "__weakrefoffset__", member = true)
    public static long getWeakrefoffset(PyObject self) {
        return layout((PyType) self)[3];
    }
}
