package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.BufferExporter;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.TypeMethods;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * The metaclasses of ctypes ({@code PyCSimpleType}, {@code PyCStructType}, {@code UnionType},
 * {@code PyCArrayType}, {@code PyCPointerType}, {@code PyCFuncPtrType}): subclasses of
 * {@code type} whose instances are PyType objects (they share type's layout), each making the
 * {@link StgInfo} of the classes it creates. Here too are the methods all of them share, which
 * make instances of a C type from memory: {@code from_address}, {@code from_buffer},
 * {@code from_buffer_copy}, {@code in_dll}, and {@code type * n} for array types.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c {@code CDataType_methods},
 * {@code CDataType_as_sequence} and the metatypes' type objects.
 */
public final class CDataTypes {
    private CDataTypes() {}

    public static final PyType SIMPLE_META = meta("PyCSimpleType", SimpleType.class);
    public static final PyType STRUCT_META = meta("PyCStructType", StructType.class);
    public static final PyType UNION_META = meta("UnionType", StructType.UnionMethods.class);
    public static final PyType ARRAY_META = meta("PyCArrayType", ArrayType.class);
    public static final PyType POINTER_META = meta("PyCPointerType", PointerType.class);
    public static final PyType FUNCPTR_META = meta("PyCFuncPtrType", FuncPtrType.class);

    static {
        PySimpleCData.TYPE.setType(SIMPLE_META);
        PyCStructure.TYPE.setType(STRUCT_META);
        PyCStructure.UNION_TYPE.setType(UNION_META);
        PyCArray.TYPE.setType(ARRAY_META);
        PyCPointer.TYPE.setType(POINTER_META);
        PyCFuncPtr.TYPE.setType(FUNCPTR_META);
    }

    private static PyType meta(String name, Class<?> methods) {
        return PyType.builtin(name, dev.krait.objects.PyType.class, PyType.TYPE,
                CDataTypes.class, methods).withModule("_ctypes");
    }

    /** Makes the class {@code type.__new__} makes, for a metaclass's own {@code __new__}. */
    static PyType newType(PyType meta, PyObject[] args, String[] kwnames) {
        PyObject t = TypeMethods.__new__(meta, args, kwnames);
        if (!(t instanceof PyType type)) {
            throw PyExceptions.typeError("type.__new__ did not return a type");
        }
        return type;
    }

    // ---- methods every ctypes metaclass has --------------------------------------------------

    // CPython: _ctypes.c CDataType_from_address
    @Exposed("from_address($self, value, /)")
    public static PyObject from_address(PyObject self, PyObject value) {
        if (!(value instanceof PyInt)) {
            throw PyExceptions.typeError("integer expected");
        }
        long address = Values.pointerValue(value);
        CtypesModule.audit("ctypes.cdata", PyCData.addressInt(address));
        Memory.checkMapped(address, StgInfo.require(self).size);
        return PyCData.atAddress((PyType) self, address);
    }

    // CPython: _ctypes.c CDataType_from_buffer
    @Exposed("from_buffer($self, obj, offset=0, /)")
    public static PyObject from_buffer(PyObject self, PyObject obj, PyObject offset) {
        StgInfo info = StgInfo.require(self);
        long off = CArgs.asSsizeT(offset);
        if (!(obj instanceof PyCData src)) {
            if (obj instanceof BufferExporter) {
                throw PyExceptions.typeError("ctypes: from_buffer() needs a ctypes object's "
                        + "memory or a writable native buffer; Krait's "
                        + obj.type().getName() + " buffers are Java arrays");
            }
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + obj.type().getName() + "'");
        }
        if (off < 0) {
            throw PyExceptions.valueError("offset cannot be negative");
        }
        if (info.size > src.mem.byteSize() - off) {
            throw PyExceptions.valueError("Buffer size too small (" + src.mem.byteSize()
                    + " instead of at least " + (info.size + off) + " bytes)");
        }
        CtypesModule.audit("ctypes.cdata/buffer", PyCData.addressInt(src.address()),
                PyInt.of(src.mem.byteSize()), PyInt.of(off));
        PyCData result = PyCData.atAddress((PyType) self, src.address() + off);
        result.base = src;
        result.mem = src.mem.asSlice(off, info.size);
        result.keepRef(-1, src);
        return result;
    }

    // CPython: _ctypes.c CDataType_from_buffer_copy
    @Exposed("from_buffer_copy($self, buffer, offset=0, /)")
    public static PyObject from_buffer_copy(PyObject self, PyObject buffer, PyObject offset) {
        StgInfo info = StgInfo.require(self);
        long off = CArgs.asSsizeT(offset);
        byte[] data = buffer instanceof PyCData c ? Memory.read(c.mem, 0,
                (int) c.mem.byteSize()) : PyBytes.requireBytesLike(buffer);
        if (off < 0) {
            throw PyExceptions.valueError("offset cannot be negative");
        }
        if (info.size > data.length - off) {
            throw PyExceptions.valueError("Buffer size too small (" + data.length
                    + " instead of at least " + (info.size + off) + " bytes)");
        }
        CtypesModule.audit("ctypes.cdata/buffer", PyCData.addressInt(0), PyInt.of(data.length),
                PyInt.of(off));
        PyCData result = PyCData.create((PyType) self);
        MemorySegment.copy(data, (int) off, result.mem, ValueLayout.JAVA_BYTE, 0,
                (int) info.size);
        return result;
    }

    // CPython: _ctypes.c CDataType_in_dll
    @Exposed("in_dll($self, dll, name, /)")
    public static PyObject in_dll(PyObject self, PyObject dll, PyObject name) {
        if (!(name instanceof PyStr)) {
            throw PyExceptions.typeError("in_dll() argument 2 must be str, not "
                    + name.type().getName());
        }
        String sym = name.toString();
        PyObject handleObj = Attributes.getAttr(dll, "_handle");
        if (!(handleObj instanceof PyInt)) {
            throw PyExceptions.typeError("the _handle attribute of the second argument must be "
                    + "an integer");
        }
        long handle = Values.pointerValue(handleObj);
        long address = Dl.sym(handle, sym);
        if (address == 0) {
            throw PyExceptions.valueError(Dl.lastError());
        }
        return PyCData.atAddress((PyType) self, address);
    }

    // CPython: _ctypes.c CDataType_repeat
    @Exposed("__mul__($self, value, /)")
    public static PyObject __mul__(PyObject self, PyObject value) {
        if (!(value instanceof PyInt)) {
            return dev.krait.objects.PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyInt n = Numbers.index(value);
        if (n.signum() < 0) {
            throw PyExceptions.valueError("Array length must be >= 0, not " + n);
        }
        return ArrayType.arrayOf((PyType) self, n);
    }

    @Exposed("__rmul__($self, value, /)")
    public static PyObject __rmul__(PyObject self, PyObject value) {
        return __mul__(self, value);
    }
}
