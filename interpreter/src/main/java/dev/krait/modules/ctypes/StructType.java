package dev.krait.modules.ctypes;

import dev.krait.objects.Attributes;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.TypeMethods;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PyCStructType} and {@code UnionType}, the metaclasses of structures and unions: they
 * lay out {@code _fields_} (when the class body defines them, or when they are assigned later)
 * as a C compiler (GCC) would, honouring {@code _pack_}, bit fields, a base structure's fields
 * and {@code _anonymous_} members, and put a {@link PyCField} descriptor on the class per field.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes.c StructUnionType_new,
 * PyCStructType_setattro; stgdict.c PyCStructUnionType_update_stgdict, MakeAnonFields;
 * cfield.c PyCField_FromDesc.
 */
public final class StructType {
    private StructType() {}

    /** UnionType's methods: the same, laying out overlapping fields. */
    public static final class UnionMethods {
        private UnionMethods() {}

        @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
        public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
            return create(meta, args, kwnames, false);
        }

        @Exposed("__setattr__($self, name, value, /)")
        public static void __setattr__(PyObject self, PyObject name, PyObject value) {
            setAttr(self, name, value, false);
        }

        @Exposed("from_param($self, value, /)")
        public static PyObject from_param(PyObject self, PyObject value) {
            return StructType.from_param(self, value);
        }
    }

    @Exposed(value = "__new__($type, *args, **kwargs)", kind = Exposed.Kind.STATIC)
    public static PyObject __new__(PyType meta, PyObject[] args, String[] kwnames) {
        return create(meta, args, kwnames, true);
    }

    @Exposed("__setattr__($self, name, value, /)")
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        setAttr(self, name, value, true);
    }

    // CPython: _ctypes.c StructUnionType_new
    static PyObject create(PyType meta, PyObject[] args, String[] kwnames, boolean isStruct) {
        PyType t = CDataTypes.newType(meta, args, kwnames);
        PyDict dict = t.getTypeDict();
        if (dict.getItem(PyStr.of("_abstract_")) != null) {
            return t;
        }
        StgInfo base = StgInfo.of(t.getBase());
        StgInfo info;
        if (base != null && base.kind != StgInfo.Kind.SIMPLE) {
            info = base.copy();
            base.isFinal = true;
            info.isFinal = false;
        } else {
            info = new StgInfo(isStruct ? StgInfo.Kind.STRUCT : StgInfo.Kind.UNION);
            info.align = 1;
            info.format = "B";
        }
        t.setNativeInfo(info);
        PyObject fields = dict.getItem(PyStr.of("_fields_"));
        if (fields != null) {
            Attributes.setAttr(t, "_fields_", fields);
        }
        return t;
    }

    // CPython: _ctypes.c PyCStructType_setattro
    static void setAttr(PyObject self, PyObject name, PyObject value, boolean isStruct) {
        TypeMethods.__setattr__(self, name, value);
        if (name instanceof PyStr s && s.toString().equals("_fields_")) {
            updateLayout((PyType) self, value, isStruct);
        }
    }

    // CPython: _ctypes.c Struct/Union from_param is CDataType_from_param
    @Exposed("from_param($self, value, /)")
    public static PyObject from_param(PyObject self, PyObject value) {
        return ArrayType.genericFromParam((PyType) self, value);
    }

    // CPython: stgdict.c PyCStructUnionType_update_stgdict
    static void updateLayout(PyType type, PyObject fields, boolean isStruct) {
        StgInfo info = StgInfo.of(type);
        if (info == null) {
            throw PyExceptions.typeError("ctypes state is not initialized");
        }
        if (info.isFinal) {
            throw PyExceptions.attributeError("_fields_ is final");
        }
        boolean swapped = Attributes.lookupAttrOrNull(type, "_swappedbytes_") != null;
        PyObject packObj = Attributes.lookupAttrOrNull(type, "_pack_");
        int pack = 0;
        if (packObj != null) {
            long p = -1;
            try {
                PyInt pi = Numbers.index(packObj);
                p = pi.isSmall() && pi.longValue() <= Integer.MAX_VALUE ? pi.longValue() : -1;
            } catch (PyException e) {
                if (!e.matches(PyExceptions.TypeError)) {
                    throw e;
                }
            }
            if (p < 0) {
                throw PyExceptions.valueError("_pack_ must be a non-negative integer");
            }
            pack = (int) p;
        }
        List<PyObject> items;
        try {
            items = Iteration.toList(fields);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError("'_fields_' must be a sequence of pairs");
            }
            throw e;
        }
        StgInfo base = StgInfo.of(type.getBase());
        long size;
        long offset;
        int align;
        int totalAlign;
        List<PyCField> laid = new ArrayList<>();
        if (base != null && base.fields != null && base.kind != StgInfo.Kind.SIMPLE) {
            size = offset = base.size;
            align = base.align;
            totalAlign = Math.max(align, 1);
        } else {
            size = offset = 0;
            align = 0;
            totalAlign = 1;
        }
        long unionSize = 0;
        int flags = info.flags & ~(StgInfo.TYPEFLAG_HASPOINTER);
        if (!isStruct) {
            flags |= StgInfo.TYPEFLAG_HASUNION;
        }
        // PEP 3118 has no unions, and only standard packing: those are bytes. A structure's
        // format names its own fields only; CPython builds it field by field, so a bad field
        // leaves the ones before it in.
        boolean described = isStruct && packObj == null;
        StringBuilder format = described ? new StringBuilder("T{") : null;
        info.format = described ? format.toString() : "B";
        long fieldBits = 0;
        int bitofs = 0;
        int firstIndex = base != null && base.fields != null ? base.fields.size() : 0;
        for (int i = 0; i < items.size(); i++) {
            PyObject pair = items.get(i);
            if (!(pair instanceof PyTuple t) || t.size() < 2 || t.size() > 3
                    || !(t.get(0) instanceof PyStr)) {
                throw PyExceptions.typeError("'_fields_' must be a sequence of (name, C type) "
                        + "pairs");
            }
            String name = t.get(0).toString();
            PyObject desc = t.get(1);
            StgInfo fi = StgInfo.of(desc);
            if (desc == type) {
                throw PyExceptions.attributeError("Structure or union cannot contain itself");
            }
            if (fi == null) {
                throw PyExceptions.typeError("second item in _fields_ tuple (index " + i
                        + ") must be a C type");
            }
            if ((fi.flags & (StgInfo.TYPEFLAG_ISPOINTER | StgInfo.TYPEFLAG_HASPOINTER)) != 0) {
                flags |= StgInfo.TYPEFLAG_HASPOINTER;
            }
            flags |= fi.flags & (StgInfo.TYPEFLAG_HASUNION | StgInfo.TYPEFLAG_HASBITFIELD);
            fi.isFinal = true;
            int bitsize = 0;
            if (t.size() == 3) {
                flags |= StgInfo.TYPEFLAG_HASBITFIELD;
                if (fi.kind != StgInfo.Kind.SIMPLE || !(Values.isInteger(fi.code)
                        || fi.code == '?')) {
                    throw PyExceptions.typeError("bit fields not allowed for type "
                            + ((PyType) desc).getName());
                }
                PyInt b = Numbers.index(t.get(2));
                long bl = b.isSmall() ? b.longValue() : -1;
                if (bl <= 0 || bl > fi.size * 8) {
                    throw PyExceptions.valueError("number of bits invalid for bit field");
                }
                bitsize = (int) bl;
            }
            if (described) {
                format.append(StgInfo.withShape(fi.shape, "", (fi.format != null ? fi.format
                        : "B") + ":" + name + ":"));
                info.format = format.toString();
            }
            if (!isStruct) {
                size = 0;
                offset = 0;
                align = 0;
            }
            // CPython: cfield.c PyCField_FromDesc, GCC's bit field rules
            long fsize = fi.size;
            long fieldOffset;
            int fbits = 0;
            int flow = 0;
            if (bitsize != 0 && fieldBits != 0 && fsize * 8 <= fieldBits
                    && bitofs + bitsize <= fieldBits) {
                // continue the open bit field
                fbits = bitsize;
                flow = swapped ? (int) fieldBits - bitofs - bitsize : bitofs;
                fieldOffset = offset - fsize;
                bitofs += bitsize;
            } else if (bitsize != 0 && fieldBits != 0 && fsize * 8 >= fieldBits
                    && bitofs + bitsize <= fsize * 8) {
                // expand the open bit field to this type's size
                offset += fsize - fieldBits / 8;
                size += fsize - fieldBits / 8;
                fieldBits = fsize * 8;
                fbits = bitsize;
                flow = swapped ? (int) fieldBits - bitofs - bitsize : bitofs;
                fieldOffset = offset - fsize;
                bitofs += bitsize;
            } else {
                if (bitsize != 0) {
                    bitofs = 0;
                    fieldBits = fsize * 8;
                    fbits = bitsize;
                    flow = swapped ? (int) fieldBits - bitsize : 0;
                    bitofs = bitsize;
                } else {
                    bitofs = 0;
                    fieldBits = 0;
                }
                int a = pack != 0 ? Math.min(pack, fi.align) : fi.align;
                if (a != 0 && offset % a != 0) {
                    long delta = a - offset % a;
                    size += delta;
                    offset += delta;
                }
                size += fsize;
                fieldOffset = offset;
                offset += fsize;
                align = a;
            }
            PyCField field = new PyCField((PyType) desc, fieldOffset, fsize, firstIndex + i,
                    fbits, flow);
            if (!isStruct) {
                unionSize = Math.max(size, unionSize);
            }
            totalAlign = Math.max(align, totalAlign);
            laid.add(field);
            Attributes.setAttr(type, name, field);
        }
        if (described) {
            info.format = format.append('}').toString();
        }
        if (!isStruct) {
            size = unionSize;
        }
        size = (size + totalAlign - 1) / totalAlign * totalAlign;
        List<PyCField> all = new ArrayList<>();
        if (base != null && base.fields != null && base.kind != StgInfo.Kind.SIMPLE) {
            all.addAll(base.fields);
        }
        all.addAll(laid);
        info.fields = all;
        info.size = size;
        info.align = totalAlign;
        info.length = all.size();
        info.flags = flags;
        info.isFinal = true;
        makeAnonymousFields(type);
    }

    // CPython: stgdict.c MakeAnonFields
    private static void makeAnonymousFields(PyType type) {
        PyObject anon = Attributes.lookupAttrOrNull(type, "_anonymous_");
        if (anon == null) {
            return;
        }
        List<PyObject> names;
        try {
            names = Iteration.toList(anon);
        } catch (PyException e) {
            if (e.matches(PyExceptions.TypeError)) {
                throw PyExceptions.typeError("_anonymous_ must be a sequence");
            }
            throw e;
        }
        for (PyObject fname : names) {
            PyObject descr = Attributes.getAttr(type, Attributes.attributeName(fname));
            if (!(descr instanceof PyCField f)) {
                throw PyExceptions.attributeError("'" + fname + "' is specified in _anonymous_ "
                        + "but not in _fields_");
            }
            f.anonymous = true;
            liftFields(type, f, f.index, f.offset);
        }
    }

    // CPython: stgdict.c MakeFields
    private static void liftFields(PyType type, PyCField descr, int index, long offset) {
        PyObject fields = Attributes.getAttr(descr.proto, "_fields_");
        for (PyObject pair : Iteration.toList(fields)) {
            PyTuple t = (PyTuple) pair;
            String fname = t.get(0).toString();
            PyObject inner = Attributes.getAttr(descr.proto, fname);
            if (!(inner instanceof PyCField fd)) {
                throw PyExceptions.typeError("unexpected type");
            }
            if (fd.anonymous) {
                liftFields(type, fd, index + fd.index, offset + fd.offset);
                continue;
            }
            PyCField lifted = new PyCField(fd.proto, offset + fd.offset, fd.byteSize,
                    index + fd.index, fd.bits, fd.low);
            Attributes.setAttr(type, fname, lifted);
        }
    }
}
