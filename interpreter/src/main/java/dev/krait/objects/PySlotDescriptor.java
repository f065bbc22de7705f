package dev.krait.objects;

/**
 * A {@code __slots__} member ({@code member_descriptor}): reads and writes one entry of the
 * instance's slot array. A builtin type's struct member ({@code complex.real},
 * {@code OSError.errno}) is one too, read (and, unless read-only, written) through Java
 * accessors instead of a slot.
 *
 * <p>CPython counterpart: Objects/descrobject.c {@code member_get}/{@code member_set}.
 */
public final class PySlotDescriptor extends PyObject implements Descriptor {
    public static final PyType TYPE =
            PyType.builtinFinal("member_descriptor", PySlotDescriptor.class, null);

    private final PyType owner;
    private final String name;
    private final int index;
    /** A builtin's member: its Java getter (index is then unused); else null. */
    private final PyGetSetDescriptor.Getter getter;
    /**
     * A builtin's writable member: its Java setter, which receives null for {@code del} (as
     * CPython's PyMember_SetOne decides by the member's C type); null when read-only.
     */
    private final PyGetSetDescriptor.Setter setter;
    private final String doc;

    PySlotDescriptor(PyType owner, String name, int index) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = index;
        this.getter = null;
        this.setter = null;
        this.doc = "";
    }

    /**
     * A member of builtin type {@code owner}, read by {@code getter} and written by
     * {@code setter} (null: read-only).
     */
    PySlotDescriptor(PyType owner, String name, PyGetSetDescriptor.Getter getter,
            PyGetSetDescriptor.Setter setter, String doc) {
        super(TYPE);
        this.owner = owner;
        this.name = name;
        this.index = -1;
        this.getter = getter;
        this.setter = setter;
        this.doc = doc;
    }

    /**
     * A read-only member of builtin type {@code owner}, read by {@code read}: a struct
     * sequence's field (CPython: Objects/structseq.c, its PyMemberDef entries, READONLY).
     */
    public static PySlotDescriptor readOnly(PyType owner, String name,
            java.util.function.Function<PyObject, PyObject> read) {
        return new PySlotDescriptor(owner, name, read::apply, null, "");
    }

    /**
     * The index in the instance's slot array of a {@code __slots__} member, or -1 for a
     * builtin's read-only member (read through its getter).
     */
    public int slotIndex() {
        return getter == null ? index : -1;
    }

    // CPython: Objects/descrobject.c member_get, descr_check
    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        if (getter != null) {
            checkOwner(obj);
            try {
                return PyGetSetDescriptor.toPython(getter.get(obj));
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        PyObject v = slotsOf(obj)[index];
        if (v == null) {
            // CPython: Python/structmember.c PyMember_GetOne, by tp_name
            throw PyExceptions.attributeError("'" + obj.type().tpName() + "' object has no "
                    + "attribute '" + name + "'");
        }
        return v;
    }

    /**
     * The instance's slot array, after checking that this member applies to it; instances of
     * subclasses of builtins other than object get theirs on first use.
     */
    private PyObject[] slotsOf(PyObject obj) {
        checkOwner(obj);
        if (getter != null) {
            // CPython: Python/structmember.c PyMember_SetOne (READONLY)
            throw PyExceptions.attributeError("readonly attribute");
        }
        PyObject[] slots = obj.slots;
        if (slots == null || slots.length <= index) {
            slots = java.util.Arrays.copyOf(slots == null ? new PyObject[0] : slots,
                    Math.max(index + 1, obj.type().slotNames().length));
            obj.slots = slots;
        }
        return slots;
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtypeOf(owner) && !(getter != null && owner.javaClass().isInstance(obj)
                && owner.javaClass() != PyBaseObject.class)) {
            throw PyExceptions.typeError("descriptor '" + name + "' for '" + owner.tpName()
                    + "' objects doesn't apply to a '" + obj.type().getName() + "' object");
        }
    }

    @Override
    public boolean isData() {
        return true;
    }

    // CPython: Objects/descrobject.c member_set
    @Override
    public void set(PyObject obj, PyObject value) {
        if (setter != null) {
            setMember(obj, value);
            return;
        }
        slotsOf(obj)[index] = value;
    }

    /** Writes a builtin's member through its setter; {@code value} null deletes. */
    private void setMember(PyObject obj, PyObject value) {
        checkOwner(obj);
        try {
            setter.set(obj, value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(PyObject obj) {
        if (setter != null) {
            setMember(obj, null);
            return;
        }
        PyObject[] slots = slotsOf(obj);
        if (slots[index] == null) {
            // CPython: Python/structmember.c PyMember_SetOne names only the member
            throw PyExceptions.attributeError(name);
        }
        slots[index] = null;
    }

    @Exposed("__get__($self, instance, owner=None, /)")
    public PyObject __get__(PyObject instance, PyObject ownerArg) {
        return get(instance == PyNone.NONE ? null : instance, null);
    }

    @Exposed("__set__($self, instance, value, /)")
    public void __set__(PyObject instance, PyObject value) {
        set(instance, value);
    }

    @Exposed("__delete__($self, instance, /)")
    public void __delete__(PyObject instance) {
        delete(instance);
    }

    @Exposed.Getter("__name__")
    public String getName() {
        return name;
    }

    @Exposed.Getter("__qualname__")
    public String getQualname() {
        return owner.getQualname() + "." + name;
    }

    @Exposed.Getter("__doc__")
    public PyObject getDoc() {
        return doc.isEmpty() ? PyNone.NONE : PyStr.of(doc);
    }

    @Exposed.Getter("__objclass__")
    public PyObject getObjclass() {
        return owner;
    }

    /** A member pickles as {@code getattr(owner, name)}. */
    // CPython: Objects/descrobject.c descr_reduce
    @Exposed(value = "__reduce__($self, /)", signature = Exposed.Signature.HIDDEN)
    public PyObject __reduce__() {
        return PyTuple.of(ObjectReduce.builtin("getattr"), PyTuple.of(owner, PyStr.of(name)));
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<member '" + name + "' of '" + owner.tpName() + "' objects>";
    }
}
