package dev.krait.modules.ctypes;

import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyType;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * {@code CArgObject}: one argument of a C call, ready to pass: what {@code byref()} and the
 * {@code from_param} class methods return. It holds a type tag (a simple type code, or 'P' for
 * a pointer), the Java value the downcall passes with its FFM layout, and the object that must
 * stay alive while the call runs.
 *
 * <p>CPython counterpart: Modules/_ctypes/callproc.c {@code PyCArg_Type}, PyCArg_repr.
 */
public final class PyCArg extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("CArgObject", PyCArg.class, null)
            .withModule("_ctypes");

    final char tag;
    /** The value the downcall passes: Byte, Short, Integer, Long, Float, Double or segment. */
    final Object value;
    final MemoryLayout layout;
    /** What the argument points into or came from ({@code obj}), or null. */
    final PyObject obj;

    PyCArg(char tag, Object value, MemoryLayout layout, PyObject obj) {
        super(TYPE);
        this.tag = tag;
        this.value = value;
        this.layout = layout;
        this.obj = obj;
    }

    /** A pointer argument. */
    static PyCArg pointer(char tag, long address, PyObject obj) {
        return new PyCArg(tag, MemorySegment.ofAddress(address), ValueLayout.ADDRESS, obj);
    }

    /** The argument for the value of simple type {@code code} stored at {@code m}. */
    static PyCArg fromMemory(char code, MemorySegment m, PyObject keep) {
        if (code == 'g') {
            // no FFM carrier: the argument exists (and shows), a call with it is refused
            return new PyCArg(code, null, null, keep);
        }
        return new PyCArg(code, CallLayouts.javaValue(code, m, 0), CallLayouts.ofCode(code),
                keep);
    }

    /** The address a pointer argument holds. */
    long address() {
        return value instanceof MemorySegment s ? s.address() : 0;
    }

    @Exposed.Getter("_obj")
    public PyObject getObj() {
        return obj == null ? dev.krait.objects.PyNone.NONE : obj;
    }

    // CPython: callproc.c PyCArg_repr
    @Exposed("__repr__($self, /)")
    public String __repr__() {
        switch (tag) {
            case 'b', 'B', 'h', 'H', 'i', 'I', 'l', 'L', 'q', 'Q' -> {
                long v = ((Number) value).longValue();
                if (tag == 'B') {
                    v &= 0xFF;
                } else if (tag == 'H') {
                    v &= 0xFFFF;
                } else if (tag == 'I') {
                    v &= 0xFFFFFFFFL;
                }
                String s = tag == 'Q' || tag == 'L' ? Long.toUnsignedString(v) : Long.toString(v);
                return "<cparam '" + tag + "' (" + s + ")>";
            }
            case 'd', 'f' -> {
                double d = ((Number) value).doubleValue();
                return "<cparam '" + tag + "' (" + Ops.repr(new PyFloat(d)) + ")>";
            }
            case 'c' -> {
                int c = ((Number) value).intValue() & 0xFF;
                if (Character.isLetter(c) && c < 128) {
                    return "<cparam 'c' ('" + (char) c + "')>";
                }
                return String.format("<cparam 'c' ('\\x%02x')>", c);
            }
            case 'z', 'Z', 'P' -> {
                return "<cparam '" + tag + "' (0x" + Long.toHexString(address()) + ")>";
            }
            default -> {
                return "<cparam '" + tag + "' at 0x" + Long.toHexString(Ops.id(this)) + ">";
            }
        }
    }
}
