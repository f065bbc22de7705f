package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Attribute access on any object: {@code getattr}/{@code setattr}/{@code delattr} as the data
 * model defines them — the type's {@code __getattribute__} (with {@code object}'s generic lookup
 * taken directly: data descriptors, then the instance dict, then the rest), the
 * {@code __getattr__} fallback, {@code __setattr__}/{@code __delattr__} — and the default
 * {@code dir()}. The attribute half of the abstract protocol; {@link Ops} has the rest.
 *
 * <p>CPython counterpart: Objects/object.c ({@code PyObject_GetAttr},
 * {@code _PyObject_GenericGetAttrWithDict}, {@code _PyObject_GenericSetAttrWithDict}) and
 * Objects/typeobject.c {@code slot_tp_getattr_hook}.
 */
public final class Attributes {
    private Attributes() {}

    public static String attributeName(PyObject name) {
        if (!(name instanceof PyStr s)) {
            throw PyExceptions.typeError("attribute name must be string, not '"
                    + name.type.getName() + "'");
        }
        return s.value();
    }

    private static volatile PyObject objectGetattribute;

    private static PyObject objectGetattribute() {
        PyObject g = objectGetattribute;
        if (g == null) {
            g = PyType.OBJECT.lookup("__getattribute__");
            objectGetattribute = g;
        }
        return g;
    }

    /** Whether instances of {@code t} read attributes with object's generic lookup. */
    public static boolean hasGenericGetattr(PyType t) {
        return t.lookupGetattribute() == objectGetattribute();
    }

    private static volatile PyObject objectClass;

    /**
     * Whether {@code obj.__class__} is {@code type(obj)} for every instance of {@code t}: its
     * attributes are read with object's generic lookup and its {@code __class__} is object's
     * (a data descriptor, so no instance dict can hide it), as for every builtin type. Then
     * {@code isinstance} need not look the attribute up to learn nothing new.
     */
    public static boolean classIsType(PyType t) {
        PyObject c = objectClass;
        if (c == null) {
            c = PyType.OBJECT.lookup("__class__");
            objectClass = c;
        }
        return hasGenericGetattr(t) && t.lookupSlot(TypeSlot.CLASS) == c;
    }

    /** Whether instances of {@code t} write attributes with object's generic setattr. */
    public static boolean hasGenericSetattr(PyType t) {
        return t.lookupSetattr() == OBJECT_SETATTR.get();
    }

    /** {@code getattr(obj, name)}. */
    public static PyObject getAttr(PyObject obj, String name) {
        return getAttrRaising(obj, name, null);
    }

    /**
     * {@code getattr(obj, name)} with the name object as given, which may be an instance of a
     * str subclass: {@code __getattribute__} and {@code __getattr__} receive that very object,
     * as CPython's PyObject_GetAttr passes it on.
     */
    public static PyObject getAttrNamed(PyObject obj, PyStr name) {
        return getAttrRaising(obj, name.value(), name);
    }

    /** {@link #lookupAttrOrNull(PyObject, String)} with the name object as given. */
    public static PyObject lookupAttrNamedOrNull(PyObject obj, PyStr name) {
        return getAttrOrNull(obj, name.value(), name, false);
    }

    private static PyObject getAttrRaising(PyObject obj, String name, PyStr nameObject) {
        PyObject v;
        try {
            v = getAttrOrNull(obj, name, nameObject, true);
        } catch (PyException e) {
            throw withAttributeContext(e, obj, name);
        }
        if (v == null) {
            throw PyExceptions.noAttribute(obj, name);
        }
        return v;
    }

    /**
     * An AttributeError raised without name and obj (by a {@code __getattr__} or a property)
     * gets those of the failed lookup, so that its report can suggest a close name.
     * CPython: Objects/object.c set_attribute_error_context.
     */
    public static PyException withAttributeContext(PyException e, PyObject obj, String name) {
        // only an exception not augmented yet (CPython checks the fields for NULL)
        if (e.value instanceof PyAttributeError value && value.name == null
                && value.obj == null) {
            value.name = PyStr.of(name);
            value.obj = obj;
        }
        return e;
    }

    /**
     * {@code getattr(obj, name)} for an attribute node that keeps {@code key}, the interned
     * {@code name}: an instance attribute of an object with the generic {@code __getattribute__}
     * and no class attribute of that name (so no descriptor to consult) comes straight from the
     * instance dict; everything else takes {@link #getAttr(PyObject, String)}.
     */
    public static PyObject getAttr(PyObject obj, String name, PyStr key) {
        PyType t = obj.type;
        if (t.lookupGetattribute() == objectGetattribute() && t.lookup(name) == null) {
            PyDict dict = obj.getDict();
            if (dict != null) {
                PyObject v = dict.getItem(key);
                if (v != null) {
                    return v;
                }
            }
        }
        return getAttr(obj, name);
    }

    /** {@code getattr(obj, name, None)}-style: null when the attribute is missing. */
    public static PyObject lookupAttrOrNull(PyObject obj, String name) {
        return getAttrOrNull(obj, name, null, false);
    }

    /** The lookup; {@code nameObject} is the name as the caller gave it, or null. */
    private static PyObject getAttrOrNull(PyObject obj, String name, PyStr nameObject,
            boolean raise) {
        PyType t = obj.type;
        PyObject ga = t.lookupGetattribute();
        PyObject v;
        // A descriptor's AttributeError (an empty slot, a failing property) counts as "missing"
        // too: __getattr__ and getattr's default apply (CPython: slot_tp_getattr_hook).
        try {
            if (ga == objectGetattribute()) {
                v = genericGetAttrOrNull(obj, name);
            } else if (obj instanceof PyType type
                    && ga == PyType.TYPE.lookupGetattribute()) {
                v = TypeMethods.typeGetAttrOrNull(type, name);
            } else if (!raise && obj instanceof PyModule module
                    && ga == PyModule.TYPE.lookupGetattribute()) {
                v = module.attributeOrNull(name, nameObject);
            } else {
                v = Ops.callDescriptor(ga, obj, nameObject != null ? nameObject
                        : PyStr.of(name));
            }
        } catch (PyException e) {
            if (!e.matches(PyExceptions.AttributeError)) {
                throw e;
            }
            PyObject getattr = t.lookup("__getattr__");
            if (getattr == null) {
                if (raise) {
                    throw e;
                }
                return null;
            }
            return callGetattrHook(getattr, obj, name, nameObject, raise);
        }
        if (v == null) {
            PyObject getattr = t.lookup("__getattr__");
            if (getattr != null) {
                return callGetattrHook(getattr, obj, name, nameObject, raise);
            }
            if (raise) {
                if (obj instanceof PyType type) {
                    throw TypeMethods.noTypeAttribute(type, name);
                }
            }
        }
        return v;
    }

    private static PyObject callGetattrHook(PyObject getattr, PyObject obj, String name,
            PyStr nameObject, boolean raise) {
        try {
            return Ops.callDescriptor(getattr, obj, nameObject != null ? nameObject
                    : PyStr.of(name));
        } catch (PyException e) {
            if (!raise && e.matches(PyExceptions.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** object.__getattribute__: data descriptors, then the instance dict, then the rest. */
    public static PyObject genericGetAttr(PyObject obj, String name) {
        PyObject v = genericGetAttrOrNull(obj, name);
        if (v == null) {
            throw PyExceptions.noAttribute(obj, name);
        }
        return v;
    }

    /** CPython: Objects/object.c _PyObject_GenericGetAttrWithDict, null when missing. */
    public static PyObject genericGetAttrOrNull(PyObject obj, String name) {
        PyType t = obj.type;
        PyObject descr = t.lookup(name);
        PyObject getter = null;
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                if (d.isData()) {
                    return d.get(obj, t);
                }
            } else {
                PyType dt = descr.type;
                getter = dt.lookup("__get__");
                if (getter != null && (dt.lookup("__set__") != null
                        || dt.lookup("__delete__") != null)) {
                    return Ops.callDescriptor(getter, descr, obj, t);
                }
            }
        }
        PyDict dict = obj.getDict();
        if (dict != null) {
            PyObject v = dict.getItem(PyStr.intern(name));
            if (v != null) {
                return v;
            }
        } else if (obj.slots != null) {
            // slots are data descriptors found above; nothing more to look at
        }
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                return d.get(obj, t);
            }
            if (getter != null) {
                return Ops.callDescriptor(getter, descr, obj, t);
            }
            return descr;
        }
        return null;
    }

    /**
     * {@code obj.name = value} for an attribute node that keeps {@code key}, the interned
     * {@code name}: on an object with the generic {@code __setattr__} and a {@code __dict__},
     * where no class attribute of that name could be a descriptor, the value goes straight into
     * the instance dict; everything else takes {@link #setAttr(PyObject, String, PyObject)}.
     */
    public static void setAttr(PyObject obj, String name, PyStr key, PyObject value) {
        PyType t = obj.type;
        if (t.lookupSetattr() == OBJECT_SETATTR.get() && !(obj instanceof PyType)
                && t.lookup(name) == null) {
            PyDict dict = obj.getDict();
            if (dict != null) {
                dict.setItem(key, value);
                return;
            }
        }
        setAttr(obj, name, value);
    }

    public static void setAttr(PyObject obj, String name, PyObject value) {
        setAttrAs(obj, name, null, value);
    }

    /**
     * {@code setattr(obj, name, value)} with the name object as given (a str subclass instance
     * reaches {@code __setattr__} itself, as in CPython's PyObject_SetAttr).
     */
    public static void setAttrNamed(PyObject obj, PyStr name, PyObject value) {
        setAttrAs(obj, name.value(), name, value);
    }

    /** The setattr of both; {@code nameObject} is the name as the caller gave it, or null. */
    private static void setAttrAs(PyObject obj, String name, PyStr nameObject, PyObject value) {
        PyObject sa = obj.type.lookupSetattr();
        if (sa == OBJECT_SETATTR.get()) {
            genericSetAttr(obj, name, value);
        } else {
            Ops.callDescriptor(sa, obj, nameObject != null ? nameObject : PyStr.of(name), value);
        }
    }

    public static void delAttr(PyObject obj, String name) {
        delAttrAs(obj, name, null);
    }

    /** {@code delattr(obj, name)} with the name object as given (see {@link #setAttrNamed}). */
    public static void delAttrNamed(PyObject obj, PyStr name) {
        delAttrAs(obj, name.value(), name);
    }

    private static void delAttrAs(PyObject obj, String name, PyStr nameObject) {
        PyObject da = obj.type.lookup("__delattr__");
        if (da == OBJECT_DELATTR.get()) {
            genericDelAttr(obj, name);
        } else {
            Ops.callDescriptor(da, obj, nameObject != null ? nameObject : PyStr.of(name));
        }
    }

    private static final Lazy OBJECT_SETATTR = new Lazy(() -> PyType.OBJECT.lookup("__setattr__"));
    private static final Lazy OBJECT_DELATTR = new Lazy(() -> PyType.OBJECT.lookup("__delattr__"));

    /** A value looked up once, after the types exist. */
    private static final class Lazy {
        private final Supplier<PyObject> supplier;
        private volatile PyObject value;

        Lazy(Supplier<PyObject> supplier) {
            this.supplier = supplier;
        }

        PyObject get() {
            PyObject v = value;
            if (v == null) {
                v = supplier.get();
                value = v;
            }
            return v;
        }
    }

    /** object.__setattr__: a data descriptor's __set__, else the instance dict. */
    public static void genericSetAttr(PyObject obj, String name, PyObject value) {
        PyType t = obj.type;
        if (obj instanceof PyType type) {
            TypeMethods.typeSetAttr(type, name, value);
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                if (d.isData()) {
                    d.set(obj, value);
                    return;
                }
            } else {
                PyObject setter = descr.type.lookup("__set__");
                if (setter != null) {
                    Ops.callDescriptor(setter, descr, obj, value);
                    return;
                }
            }
        }
        PyDict dict = obj.getDict();
        if (dict == null) {
            if (descr == null) {
                if (t.isBuiltin() || !t.instancesHaveDict) {
                    // CPython: _PyObject_GenericSetAttrWithDict names the type by tp_name
                    throw PyExceptions.attributeError("'" + t.tpName() + "' object has no "
                            + "attribute '" + name + "'");
                }
            }
            throw PyExceptions.attributeError("'" + t.tpName() + "' object attribute '" + name
                    + "' is read-only");
        }
        dict.setItem(PyStr.intern(name), value);
    }

    public static void genericDelAttr(PyObject obj, String name) {
        PyType t = obj.type;
        if (obj instanceof PyType type) {
            TypeMethods.typeDelAttr(type, name);
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof Descriptor d) {
                if (d.isData()) {
                    d.delete(obj);
                    return;
                }
            } else {
                PyObject deleter = descr.type.lookup("__delete__");
                if (deleter != null) {
                    Ops.callDescriptor(deleter, descr, obj);
                    return;
                }
            }
        }
        PyDict dict = obj.getDict();
        if (dict == null && descr != null) {
            // CPython: Objects/object.c _PyObject_GenericSetAttrWithDict (no dict, a class attr)
            throw PyExceptions.attributeError("'" + t.tpName() + "' object attribute '" + name
                    + "' is read-only");
        }
        if (dict == null || !dict.delItem(PyStr.of(name))) {
            throw PyExceptions.noAttribute(obj, name);
        }
    }

    /** dir(obj) without __dir__ overrides: instance dict plus the class's attributes. */
    public static PyObject defaultDir(PyObject obj) {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        PyDict d = obj.getDict();
        if (d != null && !(obj instanceof PyType)) {
            for (PyObject k : d.keyList()) {
                names.add(k.toString());
            }
        }
        PyType t = obj instanceof PyType ty ? ty : obj.type;
        for (PyType m : t.getMro()) {
            for (PyObject k : m.getTypeDict().keyList()) {
                names.add(k.toString());
            }
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) {
            out.add(PyStr.of(n));
        }
        return new PyList(out);
    }
}
