package dev.krait.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python's {@code type}: the type of every class, builtin or defined by a program. It holds the
 * class namespace ({@code __dict__}), the bases and the method resolution order, and answers the
 * question every attribute access asks: "which object does name N resolve to along the MRO?"
 * ({@link #lookup}). Answers are cached per type and the caches of a type and all its subclasses
 * are dropped when any of their dictionaries change, as CPython's method cache does with version
 * tags.
 *
 * <p>A builtin type is made from its Java class: the first lookup scans the class's
 * {@link Exposed} methods into the type's dictionary ({@link TypeBuilder}). Classes created by
 * programs ({@code class C: ...}) are "heap types", made by {@link TypeFactory} as
 * {@code type.__new__} makes them.
 *
 * <p>CPython counterpart: Objects/typeobject.c.
 */
public final class PyType extends PyObject implements Weakrefable {
    /** {@code type}, the type of types. */
    public static final PyType TYPE;
    /** {@code object}, the root of every MRO; its instances are {@link PyBaseObject}s. */
    static final PyType OBJECT;
    /** Where {@link #versionTag}s come from; before the types below are made. */
    private static final AtomicLong VERSION_TAGS = new AtomicLong();

    static {
        OBJECT = new PyType(null, "object", PyBaseObject.class, new PyType[0], true);
        TYPE = new PyType(null, "type", PyType.class, new PyType[] {OBJECT}, true);
        OBJECT.type = TYPE;
        TYPE.type = TYPE;
        TYPE.methodClasses = new Class<?>[] {TypeMethods.class};
    }

    /** Classes beyond the type's own whose {@link Exposed} static methods join its dictionary. */
    private Class<?>[] methodClasses = new Class<?>[0];
    private String name;
    private String qualname;
    private PyType[] bases;
    private PyType base;
    private PyType[] mro;
    private final Class<? extends PyObject> javaClass;
    private final boolean builtin;
    /** The namespace; for builtin types filled lazily from the Java class. */
    private PyDict typeDict;
    private volatile boolean ready;
    private final Map<String, PyObject> lookupCache = new HashMap<>();
    /** {@link #lookupAfter}'s answers, by the position of its start in the MRO; null when none. */
    private Map<String, PyObject>[] afterCaches;
    /**
     * What each {@link TypeSlot} resolves to along the MRO, asked by the object protocol on
     * nearly every operation: kept apart from {@link #lookupCache} to spare a map lookup each
     * time; an element is null until asked, and all are cleared with it.
     */
    private final PyObject[] slotCache = new PyObject[TypeSlot.ALL.length];
    /**
     * A number that changes whenever {@link #invalidateCaches} runs (this type's namespace, a
     * base's namespace, the bases or the MRO changed): the evaluator's per-node attribute and
     * method caches remember the type and this tag, and trust what they found while both match.
     * CPython: {@code tp_version_tag}, checked by the specialised LOAD_ATTR/LOAD_METHOD. Tags
     * are unique over all types and never reused (a long does not run out, where CPython's
     * 32-bit tags stop being assigned), so a tag alone names one type in one state: the caches
     * need not hold the type, which would keep a dropped class alive.
     */
    private long versionTag = VERSION_TAGS.incrementAndGet();
    private final List<WeakReference<PyType>> subclasses = new ArrayList<>();
    /**
     * The length of {@link #subclasses} at which adding one next drops the references whose
     * class is gone: twice the live count after the last sweep, so that a base with many
     * subclasses ({@code object} gains every class a program makes) pays a constant amount per
     * class made, not a scan of all its subclasses (CPython removes each entry of
     * {@code tp_subclasses} when its class dies, Objects/typeobject.c remove_subclass).
     */
    private int sweepAt = 8;

    /** Whether a program may subclass this type (CPython: Py_TPFLAGS_BASETYPE). */
    boolean acceptableBase = true;
    /** Whether instances of this (heap) type carry a {@code __dict__}. */
    boolean instancesHaveDict;
    /**
     * The attribute names this class's instance dicts share ({@link PyDict#forInstance}); made
     * with the first instance dict of a class statement's class, null for builtin types.
     * CPython: {@code ht_cached_keys}.
     */
    private volatile SharedKeys sharedKeys;
    /** Whether instances of this (heap) type have a {@code __weakref__} (tp_weaklistoffset). */
    boolean instancesHaveWeakref;
    /** Names of {@code __slots__} declared along this type's MRO, in slot-index order. */
    String[] slotNames = new String[0];
    /** CPython's Py_TPFLAGS_HAVE_GC-free cousin: true for exception types, for except clauses. */
    boolean isException;
    /** Whether abstract methods forbid instantiation (set by {@code abc}). */
    boolean isAbstract;
    /**
     * {@link #SEQUENCE} / {@link #MAPPING}: what a match statement's sequence and mapping
     * patterns accept; -1 until first asked for a builtin type.
     */
    private int collectionFlags = -1;
    /**
     * What a native module knows about the C layout of this type's instances (ctypes' StgDict,
     * set by its metaclasses); null for other types.
     */
    private volatile Object nativeInfo;

    /** CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING bits (COLLECTION_FLAGS). */
    public static final int SEQUENCE = 1 << 5;
    public static final int MAPPING = 1 << 6;

    private PyType(PyType metatype, String name, Class<? extends PyObject> javaClass,
            PyType[] bases, boolean builtin) {
        super(metatype);
        this.name = name;
        this.qualname = name;
        this.javaClass = javaClass;
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.builtin = builtin;
        this.mro = builtinMro(bases);
        for (PyType b : bases) {
            b.addSubclass(this);
        }
    }

    private PyType[] builtinMro(PyType[] bases) {
        // Builtin types have single inheritance, so their MRO is the chain of bases.
        List<PyType> chain = new ArrayList<>();
        chain.add(this);
        for (PyType b = bases.length == 0 ? null : bases[0]; b != null; b = b.base) {
            chain.add(b);
        }
        return chain.toArray(new PyType[0]);
    }

    /**
     * Makes the type object of a builtin type whose instances are {@code javaClass} objects and
     * whose Python methods are that class's {@link Exposed} methods.
     */
    public static PyType builtin(String name, Class<? extends PyObject> javaClass, PyType base,
            Class<?>... methodClasses) {
        PyType t = new PyType(TYPE, name, javaClass, new PyType[] {base == null ? OBJECT : base},
                true);
        t.methodClasses = methodClasses;
        t.isException = base != null && base.isException;
        t.instancesHaveDict = t.isException;
        return t;
    }


    Class<?>[] methodClasses() {
        return methodClasses;
    }

    /** A builtin type that programs cannot subclass ({@code bool}, {@code NoneType}, ...). */
    public static PyType builtinFinal(String name, Class<? extends PyObject> javaClass,
            PyType base, Class<?>... methodClasses) {
        PyType t = builtin(name, javaClass, base, methodClasses);
        t.acceptableBase = false;
        return t;
    }

    /**
     * A builtin type that shares its base's instance layout and Java class (most exception
     * types): its dictionary starts empty instead of being scanned from the Java class.
     */
    public static PyType sharedLayout(String name, PyType... bases) {
        PyType t = new PyType(TYPE, name, bases[0].javaClass, bases, true);
        if (bases.length > 1) {
            t.mro = Mro.compute(t, bases);
        }
        t.typeDict = new PyDict();
        t.ready = true;
        t.isException = bases[0].isException;
        // CPython: every exception has a dict (BaseException's tp_dictoffset), made on first use
        t.instancesHaveDict = t.isException;
        return t;
    }

    /** A heap type, made by {@link TypeFactory}: the MRO is computed by the caller. */
    static PyType heap(PyType metatype, String name, PyType[] bases, PyType solidBaseType,
            PyDict namespace, PyType[] mro) {
        PyType t = new PyType(metatype, name, solidBaseType.javaClass, bases, false);
        t.mro = mro;
        t.typeDict = namespace;
        t.ready = true;
        t.isException = solidBaseType.isException || anyException(bases);
        return t;
    }

    /**
     * The type's {@link #SEQUENCE} and {@link #MAPPING} flags: builtin sequences and mappings
     * have them, a class inherits its first base's, and {@code abc} sets them on
     * {@code collections.abc.Sequence}/{@code Mapping}, their subclasses and the classes
     * registered with them.
     */
    public int collectionFlags() {
        int f = collectionFlags;
        if (f < 0) {
            if (builtin) {
                f = builtinCollectionFlags();
            } else if (mro.length == 0) {
                return 0; // still being made
            } else {
                f = inheritedCollectionFlags();
            }
            collectionFlags = f;
        }
        return f;
    }

    /**
     * A class's flags: those of the first class along its MRO that has any.
     * CPython: Objects/typeobject.c type_ready_inherit and inherit_patma_flags.
     */
    private int inheritedCollectionFlags() {
        for (int i = 1; i < mro.length; i++) {
            int f = mro[i].collectionFlags();
            if (f != 0) {
                return f;
            }
        }
        return 0;
    }

    private int builtinCollectionFlags() {
        for (PyType t = this; t != null; t = t.base) {
            if (!t.builtin) {
                continue;
            }
            String qualified = t.moduleName() + "." + t.name;
            switch (qualified) {
                case "builtins.list", "builtins.tuple", "builtins.range", "builtins.memoryview",
                        "collections.deque", "array.array":
                    return SEQUENCE;
                case "builtins.dict", "builtins.mappingproxy":
                    return MAPPING;
                default:
                    break;
            }
        }
        return 0;
    }

    /** {@code abc}'s {@code __abc_tpflags__}: adds collection flags to this class. */
    public void addCollectionFlags(int flags) {
        collectionFlags = collectionFlags() | (flags & (SEQUENCE | MAPPING));
    }

    /**
     * Registering a class with a collection ABC flags it and its subclasses, except builtin
     * types and classes that have a collection flag already.
     * CPython: Objects/typeobject.c _PyType_SetFlagsRecursive.
     */
    public void setCollectionFlagsRecursive(int flags) {
        if (builtin || collectionFlags() != 0) {
            return;
        }
        collectionFlags = flags & (SEQUENCE | MAPPING);
        for (PyType sub : subclasses()) {
            sub.setCollectionFlagsRecursive(flags);
        }
    }

    private static boolean anyException(PyType[] bases) {
        for (PyType b : bases) {
            if (b.isException) {
                return true;
            }
        }
        return false;
    }

    /** Marks this builtin type as an exception type (a BaseException subclass). */
    PyType markException() {
        isException = true;
        instancesHaveDict = true;
        return this;
    }

    /**
     * Gives a builtin type that CPython makes as a class at run time (ExceptionGroup,
     * io.UnsupportedOperation) what a class statement gives: instances that can be weakly
     * referenced, with their {@code __weakref__} attribute, and a {@code __doc__} of None.
     */
    public PyType asRuntimeClass() {
        ensureReady();
        instancesHaveWeakref = true;
        typeDict.setItem(PyStr.of("__weakref__"), TypeFactory.weakrefDescriptor(this));
        typeDict.setItem(PyStr.of("__doc__"), PyNone.NONE);
        return this;
    }

    /** Sets the module shown in the type's repr and {@code __module__} ("builtins" otherwise). */
    /** See {@link #nativeInfo}: a native module's per-type data, or null. */
    public Object nativeInfo() {
        return nativeInfo;
    }

    public void setNativeInfo(Object info) {
        this.nativeInfo = info;
    }

    public PyType withModule(String module) {
        ensureReady();
        // interned, as CPython's type_module interns it: pickle memoizes the module name of
        // several classes of one module as one string
        typeDict.setItem(PyStr.of("__module__"), PyStr.intern(module));
        // the dict was built before the module was known: the doc of a class of another
        // module is the table's "module.name" entry (types.UnionType)
        String doc = BuiltinDocs.type(module + "." + getName());
        if (doc != null && typeDict.getItem(PyStr.of("__doc__")) == PyNone.NONE) {
            typeDict.setItem(PyStr.of("__doc__"), PyStr.of(doc));
        }
        return this;
    }

    // ---- the type's attributes, as Java sees them ---------------------------------------------

    public String getName() {
        return name;
    }

    /**
     * CPython's {@code tp_name}, which error messages show: "datetime.date" for a builtin type
     * of a module other than builtins, the bare name for builtins and programs' classes.
     */
    public String tpName() {
        if (!builtin) {
            return name;
        }
        String module = moduleName();
        return "builtins".equals(module) ? name : module + "." + name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getQualname() {
        return qualname;
    }

    /**
     * The str objects a class's {@code __name__} and {@code __qualname__} last returned or
     * were given, so that reading one twice gives the same object, as CPython's heap type
     * keeps them ({@code ht_name}, {@code ht_qualname}; inspect.classify_class_attrs finds
     * where an attribute lives by identity); a stale one (the Java field changed) is made again.
     */
    private PyStr nameObject;
    private PyStr qualnameObject;

    /** {@code __name__}: the kept object of a class, a new str for a builtin (tp_name). */
    // CPython: Objects/typeobject.c type_name
    PyStr nameObject() {
        if (isBuiltin()) {
            return PyStr.of(name);
        }
        PyStr n = nameObject;
        if (n == null || n.value() != name) {
            n = PyStr.of(name);
            nameObject = n;
        }
        return n;
    }

    /** {@code __qualname__}: the kept object of a class, a new str for a builtin. */
    // CPython: Objects/typeobject.c type_qualname
    PyStr qualnameObject() {
        if (isBuiltin()) {
            return PyStr.of(qualname);
        }
        PyStr n = qualnameObject;
        if (n == null || n.value() != qualname) {
            n = PyStr.of(qualname);
            qualnameObject = n;
        }
        return n;
    }

    /** Sets {@code __name__} from Python, keeping the str object given. */
    void setNameObject(PyStr s) {
        name = s.value();
        nameObject = s;
    }

    /** Sets {@code __qualname__} from Python, keeping the str object given. */
    void setQualnameObject(PyStr s) {
        qualname = s.value();
        qualnameObject = s;
    }

    public void setQualname(String qualname) {
        this.qualname = qualname;
    }

    public PyType[] getBases() {
        return bases;
    }

    /** CPython's {@code tp_base}: the first base, or the solid base the layout comes from. */
    public PyType getBase() {
        return base;
    }

    void setBases(PyType[] bases, PyType[] mro) {
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        this.mro = mro;
        invalidateCaches();
    }

    /** Sets {@code __base__} to the base that decides the instance layout (best_base). */
    void setBestBase(PyType best) {
        this.base = best;
    }

    /** Replaces the bases, keeping the MRO (until {@link #setMro}), as __bases__ = does first. */
    void setBases(PyType[] bases) {
        this.bases = bases;
        this.base = bases.length == 0 ? null : bases[0];
        invalidateCaches();
    }

    void setMro(PyType[] mro) {
        this.mro = mro;
        invalidateCaches();
    }

    public PyType[] getMro() {
        return mro;
    }

    /**
     * Whether {@code weakref.ref} accepts instances of this type (CPython:
     * {@code tp_weaklistoffset != 0}); see {@link Weakrefable}.
     */
    public boolean supportsWeakrefs() {
        return instancesHaveWeakref
                || isBuiltin() && Weakrefable.class.isAssignableFrom(javaClass);
    }

    /** Whether this type is a builtin (made from a Java class) rather than a program's class. */
    public boolean isBuiltin() {
        return builtin;
    }

    public Class<? extends PyObject> javaClass() {
        return javaClass;
    }

    public boolean isAcceptableBase() {
        return acceptableBase;
    }

    public boolean instancesHaveDict() {
        return instancesHaveDict;
    }

    public boolean isExceptionType() {
        return isException;
    }

    public String[] slotNames() {
        return slotNames;
    }

    /** The type's own namespace ({@code C.__dict__} is a read-only proxy of it). */
    public PyDict getTypeDict() {
        ensureReady();
        return typeDict;
    }

    /** The module name the type claims ({@code __module__}), "builtins" for most builtins. */
    public String moduleName() {
        PyObject m = getTypeDict().getItem(PyStr.of("__module__"));
        if (m instanceof PyStr s) {
            return s.toString();
        }
        return "builtins";
    }

    /** {@code issubclass(this, other)} by the MRO, without {@code __subclasscheck__}. */
    public boolean isSubtypeOf(PyType other) {
        if (this == other || other == OBJECT) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    public List<PyType> subclasses() {
        List<PyType> result = new ArrayList<>();
        synchronized (subclasses) {
            for (WeakReference<PyType> ref : subclasses) {
                PyType t = ref.get();
                if (t != null) {
                    result.add(t);
                }
            }
        }
        return result;
    }

    void addSubclass(PyType sub) {
        synchronized (subclasses) {
            if (subclasses.size() >= sweepAt) {
                subclasses.removeIf(r -> r.get() == null);
                sweepAt = Math.max(8, 2 * subclasses.size());
            }
            subclasses.add(new WeakReference<>(sub));
        }
    }

    void removeSubclass(PyType sub) {
        synchronized (subclasses) {
            subclasses.removeIf(r -> r.get() == null || r.get() == sub);
        }
    }

    // ---- lookup along the MRO -----------------------------------------------------------------

    /**
     * The object that {@code name} resolves to in this type's MRO, or null: CPython's
     * {@code _PyType_Lookup}, used for every special method and every attribute access.
     */
    public PyObject lookup(String name) {
        Map<String, PyObject> cache = lookupCache;
        PyObject hit = cache.get(name);
        if (hit != null) {
            return hit == NOT_FOUND ? null : hit;
        }
        PyObject found = lookupUncached(name);
        cache.put(name, found == null ? NOT_FOUND : found);
        return found;
    }

    /** The key table of this class's instance dicts; null for a builtin type. */
    public SharedKeys sharedKeys() {
        SharedKeys k = sharedKeys;
        if (k == null && !builtin) {
            synchronized (this) {
                k = sharedKeys;
                if (k == null) {
                    k = new SharedKeys();
                    sharedKeys = k;
                }
            }
        }
        return k;
    }

    /** The type's version tag: see {@link #versionTag}. */
    public long versionTag() {
        return versionTag;
    }

    /** {@code lookup(slot.method)}, without a map lookup after the first time. */
    public PyObject lookupSlot(TypeSlot slot) {
        PyObject m = slotCache[slot.ordinal()];
        if (m == null) {
            m = lookup(slot.method);
            slotCache[slot.ordinal()] = m == null ? NOT_FOUND : m;
        }
        return m == NOT_FOUND ? null : m;
    }

    /** {@code lookup("__getattribute__")}, without a map lookup after the first time. */
    public PyObject lookupGetattribute() {
        return lookupSlot(TypeSlot.GETATTRIBUTE);
    }

    /** {@code lookup("__setattr__")}, without a map lookup after the first time. */
    public PyObject lookupSetattr() {
        return lookupSlot(TypeSlot.SETATTR);
    }

    /** {@code lookup("__new__")}, without a map lookup after the first time. */
    public PyObject lookupNew() {
        return lookupSlot(TypeSlot.NEW);
    }

    /** {@code lookup("__init__")}, without a map lookup after the first time. */
    public PyObject lookupInit() {
        return lookupSlot(TypeSlot.INIT);
    }

    /**
     * {@code lookup("__del__")}, without a map lookup after the first time: asked at every
     * instance creation of a program's class (see {@link Finalization}).
     */
    public PyObject lookupDel() {
        return lookupSlot(TypeSlot.DEL);
    }

    /** Marks a cached miss; never escapes this class. */
    private static final PyObject NOT_FOUND = new PyObject(null) {};

    private PyObject lookupUncached(String name) {
        PyStr key = PyStr.intern(name);
        for (PyType t : mro) {
            PyObject v = t.getTypeDict().getItem(key);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /**
     * Where along the MRO after {@code start} a name resolves: {@code super()}'s lookup
     * (CPython: Objects/typeobject.c super_getattro's walk). Remembered per position of
     * {@code start} in the MRO and name, as {@link #lookup} remembers its answers, and dropped
     * with them: every dictionary walked belongs to this type's MRO, whose changes invalidate
     * this type. {@code super().__init__(...)} in a class's constructor asks it at every
     * instance creation.
     */
    public PyObject lookupAfter(PyType start, String name) {
        PyType[] order = mro;
        int at = 0;
        while (at < order.length && order[at] != start) {
            at++;
        }
        if (at >= order.length - 1) {
            return null;
        }
        Map<String, PyObject>[] caches = afterCaches;
        if (caches == null || caches.length != order.length) {
            @SuppressWarnings("unchecked")
            Map<String, PyObject>[] fresh = new Map[order.length];
            caches = fresh;
            afterCaches = caches;
        }
        Map<String, PyObject> cache = caches[at];
        if (cache == null) {
            cache = new HashMap<>();
            caches[at] = cache;
        }
        PyObject hit = cache.get(name);
        if (hit != null) {
            return hit == NOT_FOUND ? null : hit;
        }
        PyStr key = PyStr.intern(name);
        PyObject found = null;
        for (int i = at + 1; i < order.length && found == null; i++) {
            found = order[i].getTypeDict().getItem(key);
        }
        cache.put(name, found == null ? NOT_FOUND : found);
        return found;
    }

    /** Drops cached lookups of this type and every subclass: a namespace changed. */
    public void invalidateCaches() {
        lookupCache.clear();
        afterCaches = null;
        java.util.Arrays.fill(slotCache, null);
        versionTag = VERSION_TAGS.incrementAndGet();
        for (PyType sub : subclasses()) {
            sub.invalidateCaches();
        }
    }

    /** Sets a name in the type's namespace ({@code C.x = v}), keeping caches right. */
    public void setTypeAttribute(String attr, PyObject value) {
        getTypeDict().setItem(PyStr.intern(attr), value);
        invalidateCaches();
    }

    /** Deletes a name from the namespace; false when it was not there. */
    public boolean deleteTypeAttribute(String attr) {
        boolean had = getTypeDict().delItem(PyStr.of(attr));
        invalidateCaches();
        return had;
    }

    private void ensureReady() {
        if (!ready) {
            synchronized (this) {
                if (!ready) {
                    typeDict = TypeBuilder.buildDict(this);
                    ready = true;
                }
            }
        }
    }

    @Override
    public PyDict getDict() {
        return getTypeDict();
    }

    @Override
    public String toString() {
        return "<class '" + name + "'>";
    }
}
