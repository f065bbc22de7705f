package dev.krait.modules.ctypes;

import dev.krait.objects.PyExceptions;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The Foreign Function and Memory layouts of C types in calls (what libffi's {@code ffi_type}
 * is to CPython), and the Java values a downcall passes and returns for them: a simple type is
 * its carrier (byte, short, int, long, float, double, or a pointer segment), a structure or
 * union passed by value is a group layout built from its fields, an array or pointer is an
 * address.
 *
 * <p>CPython counterpart: Modules/_ctypes/cfield.c's {@code ffi_type} per format code and
 * stgdict.c's {@code ffi_type_pointer} of structures.
 */
final class CallLayouts {
    private CallLayouts() {}

    /** The layout a value of simple type {@code code} travels in. */
    static MemoryLayout ofCode(char code) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> ValueLayout.JAVA_BYTE;
            case 'h', 'H', 'v' -> ValueLayout.JAVA_SHORT;
            case 'i', 'I', 'u' -> ValueLayout.JAVA_INT;
            case 'l', 'L', 'q', 'Q' -> ValueLayout.JAVA_LONG;
            case 'f' -> ValueLayout.JAVA_FLOAT;
            case 'd' -> ValueLayout.JAVA_DOUBLE;
            case 'z', 'Z', 'P', 'O' -> ValueLayout.ADDRESS;
            default -> throw PyExceptions.notImplementedError("ctypes: values of type code '"
                    + code + "' (long double) cannot be passed to or returned from C "
                    + "functions in Krait (the Foreign Function API has no long double)");
        };
    }

    /** The Java value of the simple value stored at {@code m + off}, as its layout carries it. */
    static Object javaValue(char code, MemorySegment m, long off) {
        return switch (code) {
            case 'b', 'B', 'c', '?' -> m.get(Values.B, off);
            case 'h', 'H', 'v' -> m.get(Values.S, off);
            case 'i', 'I', 'u' -> m.get(Values.I, off);
            case 'l', 'L', 'q', 'Q' -> m.get(Values.L, off);
            case 'f' -> m.get(Values.F, off);
            case 'd' -> m.get(Values.D, off);
            case 'z', 'Z', 'P', 'O' -> MemorySegment.ofAddress(m.get(Values.L, off));
            default -> ofCode(code);
        };
    }

    /** Stores a Java value a downcall returned (or an upcall received) into memory. */
    static void store(char code, MemorySegment m, long off, Object v) {
        switch (code) {
            case 'b', 'B', 'c', '?' -> m.set(Values.B, off, (Byte) v);
            case 'h', 'H', 'v' -> m.set(Values.S, off, (Short) v);
            case 'i', 'I', 'u' -> m.set(Values.I, off, (Integer) v);
            case 'l', 'L', 'q', 'Q' -> m.set(Values.L, off, (Long) v);
            case 'f' -> m.set(Values.F, off, (Float) v);
            case 'd' -> m.set(Values.D, off, (Double) v);
            default -> m.set(Values.L, off, ((MemorySegment) v).address());
        }
    }

    /** The layout of a value of any C type in a call. */
    static MemoryLayout of(StgInfo info) {
        return switch (info.kind) {
            case SIMPLE -> ofCode(info.code);
            case POINTER, ARRAY, FUNCPTR -> ValueLayout.ADDRESS;
            case STRUCT, UNION -> group(info);
        };
    }

    /** A structure or union by value: its fields as FFM members, padded to its C layout. */
    static MemoryLayout group(StgInfo info) {
        if (info.fields == null) {
            throw PyExceptions.typeError("ctypes: a structure or union without _fields_ cannot "
                    + "be passed by value");
        }
        List<MemoryLayout> members = new ArrayList<>();
        long cur = 0;
        for (PyCField f : info.fields) {
            StgInfo fi = StgInfo.of(f.proto);
            MemoryLayout l = fieldLayout(fi);
            if (info.kind == StgInfo.Kind.UNION) {
                if (f.bits == 0) {
                    members.add(l);
                }
                continue;
            }
            if (f.offset < cur) {
                continue;
            }
            if (f.offset > cur) {
                members.add(MemoryLayout.paddingLayout(f.offset - cur));
                cur = f.offset;
            }
            if (f.offset % l.byteAlignment() != 0) {
                throw PyExceptions.notImplementedError("ctypes: a packed structure with "
                        + "misaligned fields cannot be passed by value in Krait");
            }
            members.add(l);
            cur += l.byteSize();
        }
        MemoryLayout g;
        if (info.kind == StgInfo.Kind.UNION) {
            g = MemoryLayout.unionLayout(members.toArray(new MemoryLayout[0]));
            if (g.byteSize() < info.size) {
                g = MemoryLayout.structLayout(g, MemoryLayout.paddingLayout(info.size
                        - g.byteSize()));
            }
        } else {
            if (cur < info.size) {
                members.add(MemoryLayout.paddingLayout(info.size - cur));
            }
            g = MemoryLayout.structLayout(members.toArray(new MemoryLayout[0]));
        }
        return g;
    }

    private static MemoryLayout fieldLayout(StgInfo fi) {
        if (fi.kind == StgInfo.Kind.ARRAY) {
            StgInfo item = StgInfo.require(fi.proto);
            return MemoryLayout.sequenceLayout(fi.length, fieldLayout(item));
        }
        if (fi.kind == StgInfo.Kind.POINTER || fi.kind == StgInfo.Kind.FUNCPTR) {
            return ValueLayout.ADDRESS;
        }
        return of(fi);
    }
}
