package dev.krait.modules.ctypes;

import dev.krait.objects.BufferExporter;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code _ctypes._CData}: an instance of a C data type, a block of native memory read and
 * written through its type's layout. The memory is either the object's own (allocated zeroed
 * from an automatic arena, freed when the object is collected, as {@code b_needsfree}) or
 * borrowed: a part of another C data object's memory ({@link #base}, which it keeps alive) or
 * memory at an address the program named ({@code from_address}).
 *
 * <p>{@link #objects} is CPython's {@code b_objects}: the Python objects the memory points
 * into (bytes given to a {@code c_char_p}, the target of a pointer...), kept alive as long as
 * the memory is; the root of a tree of objects holds them all in one dict.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code PyCData_Type} and the
 * {@code CDataObject} helpers (KeepRef, PyCData_GetContainer, PyCData_FromBaseObj).
 */
public class PyCData extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("_CData", PyCData.class, null)
            .withModule("_ctypes");

    /** The memory: {@code b_ptr} and {@code b_size}. */
    MemorySegment mem;
    /** The object whose memory this is a part of ({@code b_base}), or null. */
    PyCData base;
    /** The index of this object in its base ({@code b_index}). */
    long index;
    /** {@code b_objects}: null, None, a dict, or a single kept object. */
    PyObject objects;
    /** Whether the memory is this object's own ({@code b_needsfree}). */
    boolean owns;

    PyCData(PyType type) {
        super(type);
    }

    /** Gives this object fresh zeroed memory of its type's size. */
    final void allocate(StgInfo info) {
        long size = Math.max(info.size, 0);
        int align = Math.max(info.align, 1);
        mem = Arena.ofAuto().allocate(Math.max(size, 1), align).asSlice(0, size);
        owns = true;
    }

    /** Makes this object a view of {@code size} bytes at {@code address}. */
    final void borrow(long address, long size) {
        mem = MemorySegment.ofAddress(address).reinterpret(size);
        owns = false;
    }

    final StgInfo info() {
        return StgInfo.require(type());
    }

    final long address() {
        return mem.address();
    }

    // ---- creating instances ----------------------------------------------------------------

    /** A new instance of {@code type} with its own zeroed memory. */
    static PyCData create(PyType type) {
        StgInfo info = StgInfo.require(type);
        info.isFinal = true;
        PyCData obj = blank(type, info);
        obj.allocate(info);
        return obj;
    }

    /** An instance without memory, of the Java class the type's kind uses. */
    static PyCData blank(PyType type, StgInfo info) {
        return switch (info.kind) {
            case SIMPLE -> new PySimpleCData(type);
            case STRUCT, UNION -> new PyCStructure(type);
            case ARRAY -> new PyCArray(type);
            case POINTER -> new PyCPointer(type);
            case FUNCPTR -> new PyCFuncPtr(type);
        };
    }

    /** An instance viewing memory at {@code address}, not owning it. */
    // CPython: _ctypes.c PyCData_AtAddress
    static PyCData atAddress(PyType type, long address) {
        StgInfo info = StgInfo.require(type);
        PyCData obj = blank(type, info);
        obj.borrow(address, info.size);
        return obj;
    }

    /** An instance viewing a part of {@code base}'s memory, keeping it alive. */
    // CPython: _ctypes.c PyCData_FromBaseObj
    static PyCData fromBase(PyType type, PyCData base, long index, long offset) {
        return fromBase(type, base, index, base == null ? null : base.mem, offset);
    }

    /** As above, viewing {@code region} (the base's memory or memory it points at). */
    static PyCData fromBase(PyType type, PyCData base, long index, MemorySegment region,
            long offset) {
        StgInfo info = StgInfo.require(type);
        info.isFinal = true;
        PyCData obj = blank(type, info);
        if (base != null) {
            obj.mem = region.asSlice(offset, info.size);
            obj.base = base;
            obj.index = index;
        } else {
            obj.allocate(info);
        }
        return obj;
    }

    // ---- the buffer protocol ----------------------------------------------------------------

    /**
     * A copy of the memory taken at each access, with writes into it stored back at once
     * ({@link #bufferWritten}), as for an {@code mmap}: Krait's buffers are Java arrays, which
     * cannot alias native memory (see docs/DIFFERENCES.md). Writable, as CPython's
     * (_ctypes.c PyCData_NewGetBuffer sets readonly = 0), so that {@code readinto} and
     * {@code memoryview(obj)[:] = data} fill a C object.
     */
    @Override
    public byte[] bufferStorage() {
        return Memory.read(mem, 0, (int) mem.byteSize());
    }

    @Override
    public int bufferLength() {
        return (int) mem.byteSize();
    }

    @Override
    public boolean bufferReadonly() {
        return mem.isReadOnly();
    }

    @Override
    public void bufferWritten(byte[] storage, int from, int n) {
        if (from < 0 || n <= 0 || from + (long) n > mem.byteSize() || mem.isReadOnly()) {
            return;
        }
        MemorySegment.copy(storage, from, mem, ValueLayout.JAVA_BYTE, from, n);
    }

    // ---- keeping objects alive --------------------------------------------------------------

    /** The object at the root of this one's base chain, with its container made. */
    // CPython: _ctypes.c PyCData_GetContainer
    final PyCData container() {
        PyCData self = this;
        while (self.base != null) {
            self = self.base;
        }
        if (self.objects == null) {
            StgInfo info = StgInfo.ofInstance(self);
            self.objects = info != null && info.length > 0 ? new PyDict() : PyNone.NONE;
        }
        return self;
    }

    /** Keeps {@code keep} alive for as long as this object's memory, under its index key. */
    // CPython: _ctypes.c KeepRef
    final void keepRef(long idx, PyObject keep) {
        if (keep == null || keep == PyNone.NONE) {
            return;
        }
        PyCData root = container();
        if (!(root.objects instanceof PyDict d)) {
            root.objects = keep;
            return;
        }
        d.setItem(uniqueKey(idx), keep);
    }

    // CPython: _ctypes.c unique_key
    private PyStr uniqueKey(long idx) {
        StringBuilder sb = new StringBuilder(Long.toHexString(idx));
        for (PyCData t = this; t.base != null; t = t.base) {
            sb.append(':').append(Long.toHexString(t.index));
        }
        return PyStr.of(sb.toString());
    }

    /** What assigning this object elsewhere must keep alive: its {@code _objects}. */
    // CPython: _ctypes.c GetKeepedObjects
    final PyObject keptObjects() {
        PyObject o = container().objects;
        return o == null ? PyNone.NONE : o;
    }

    // ---- attributes and methods -------------------------------------------------------------

    @Exposed.Getter("_b_base_")
    public PyObject getBBase() {
        return base == null ? PyNone.NONE : base;
    }

    @Exposed.Getter("_b_needsfree_")
    public long getBNeedsfree() {
        return owns ? 1 : 0;
    }

    @Exposed.Getter("_objects")
    public PyObject getObjects() {
        return objects == null ? PyNone.NONE : objects;
    }

    @Exposed("__hash__($self, /)")
    public PyObject __hash__() {
        throw PyExceptions.typeError("unhashable type: '" + type().getName() + "'");
    }

    @Exposed("__ctypes_from_outparam__($self, /)")
    public PyObject __ctypes_from_outparam__() {
        return this;
    }

    // CPython: _ctypes.c PyCData_reduce
    @Exposed("__reduce__($self, /)")
    public PyObject __reduce__() {
        StgInfo info = info();
        if ((info.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
            throw PyExceptions.valueError("ctypes objects containing pointers cannot be "
                    + "pickled");
        }
        PyObject unpickle = dev.krait.objects.Attributes.getAttr(CtypesModule.module(),
                "_unpickle");
        PyObject dict = getDict();
        return PyTuple.of(unpickle, PyTuple.of(type(), PyTuple.of(
                dict == null ? new PyDict() : dict, PyBytes.of(Memory.read(mem, 0,
                (int) mem.byteSize())))));
    }

    // CPython: _ctypes.c PyCData_setstate
    @Exposed("__setstate__($self, dict, data, /)")
    public void __setstate__(PyObject dict, PyObject data) {
        if (!(dict instanceof PyDict d)) {
            throw PyExceptions.typeError("__setstate__ argument 1 must be dict, not "
                    + dict.type().getName());
        }
        byte[] b = PyBytes.requireBytesLike(data);
        int n = (int) Math.min(b.length, mem.byteSize());
        MemorySegment.copy(b, 0, mem, ValueLayout.JAVA_BYTE, 0, n);
        PyDict mine = getDict();
        if (mine != null) {
            mine.mergeFrom(d);
        }
    }

    /** A Python int of an address, unsigned as CPython's PyLong_FromVoidPtr. */
    static PyInt addressInt(long address) {
        return address >= 0 ? PyInt.of(address)
                : PyInt.of(java.math.BigInteger.valueOf(address).add(
                java.math.BigInteger.ONE.shiftLeft(64)));
    }

    static void checkType(PyObject o, String what) {
        if (!(o instanceof PyCData)) {
            throw PyExceptions.typeError(what);
        }
    }

    static String typeName(PyObject o) {
        return Ops.repr(o).toString();
    }
}
