package dev.krait.objects;

/**
 * The root of every Python object Krait creates. Each object knows its Python type, and may carry
 * an instance dictionary: together these are CPython's {@code ob_type} and the {@code __dict__}
 * slot that {@code tp_dictoffset} locates.
 *
 * <p>A Python type is one Java class ({@code PyInt} is {@code int}); an instance of a Python
 * subclass of a builtin ({@code class MyList(list)}) is an instance of the builtin's Java class
 * whose {@code type} points at the subclass, as CPython lays a subclass out over its "solid base".
 * The type field is not final because {@code obj.__class__ = Other} may change it.
 *
 * <p>CPython counterpart: Include/object.h {@code PyObject}.
 */
public abstract class PyObject {
    /** The Python type of this object; see {@link #type()}. */
    PyType type;

    /** The instance dictionary, for objects whose type gives them one; otherwise null. */
    PyDict dict;

    /**
     * Values of {@code __slots__} members, indexed as {@link PyType#slotNames()}, for instances
     * of classes with slots (made at creation for subclasses of object, on first use for
     * subclasses of other builtins such as {@code list}); otherwise null. The field usually
     * costs no memory: objects are padded to 8 bytes and the header and two fields leave room.
     */
    public PyObject[] slots;

    /**
     * True while {@code tracemalloc} traces allocations ({@link AllocationHook}): a plain static
     * field of this class, so that the check costs every constructor one load and one branch.
     */
    static boolean traceAllocations;

    protected PyObject(PyType type) {
        this.type = type;
        if (traceAllocations) {
            AllocationHook.allocated(this);
        }
    }

    /** The object's Python type ({@code type(obj)}). */
    public final PyType type() {
        return type;
    }

    /** {@code obj.__class__ = cls}; the caller has checked that the layouts agree. */
    public final void setType(PyType newType) {
        this.type = newType;
    }

    /**
     * The instance dictionary, or null when the object has none. Instances of classes deriving
     * from a builtin ({@code class Named(list)}) get theirs on first use, so that builtin
     * constructors need not know about subclasses.
     */
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null && type != null && type.instancesHaveDict) {
            d = PyDict.forInstance(type);
            dict = d;
        }
        return d;
    }

    /**
     * The instance dictionary if one was made already, else null, without making one as
     * {@link #getDict} would: null then means the object has no instance attributes (every
     * override of {@code getDict} makes an empty dict when there is none). For lookups that only
     * ask whether the instance shadows a class attribute, such as a method call. Not for type
     * objects, whose namespace is not this field.
     */
    public final PyDict existingDict() {
        return dict;
    }

    /** Replaces the instance dictionary ({@code obj.__dict__ = d}). */
    public void setDict(PyDict newDict) {
        this.dict = newDict;
    }

    /**
     * {@code obj.__dict__ = value} (or {@code del}, as null) for an object whose dictionary
     * cannot be deleted: only a dict will do (CPython: Objects/object.c PyObject_GenericSetDict).
     */
    public final void setDictFromPython(PyObject value) {
        if (value == null) {
            throw PyExceptions.typeError("cannot delete __dict__");
        }
        if (!(value instanceof PyDict d)) {
            throw PyExceptions.typeError("__dict__ must be set to a dictionary, not a '"
                    + value.type().getName() + "'");
        }
        setDict(d);
    }

    /**
     * Python's hash, so that Java hash tables keyed by Python objects follow Python's rules
     * ({@code 1 == 1.0 == True} are one key). Unhashable objects raise TypeError.
     */
    @Override
    public final int hashCode() {
        long h = Ops.hash(this);
        return (int) (h ^ (h >>> 32));
    }

    /** Python's {@code ==} for use as a key: identity first, then {@code __eq__}. */
    @Override
    public final boolean equals(Object other) {
        return other == this || other instanceof PyObject o && Ops.eqBool(this, o);
    }

    /** A Java-side description, for debugging only; Python's repr is {@code Ops.repr}. */
    @Override
    public String toString() {
        return "<" + type.getName() + " object>";
    }
}
