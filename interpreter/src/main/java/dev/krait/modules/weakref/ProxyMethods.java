package dev.krait.modules.weakref;

import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * The non-numeric operations of weakref proxies: each unwraps the proxy (and a proxy operand)
 * and performs the operation on the referent.
 *
 * <p>CPython counterpart: Objects/weakrefobject.c ({@code proxy_getattr}, {@code proxy_str},
 * {@code proxy_getitem}, {@code proxy_iter}... built by the {@code WRAP_*} macros).
 */
public final class ProxyMethods {
    private ProxyMethods() {}

    /** The proxy's live referent (ReferenceError when dead). */
    static PyObject target(PyObject self) {
        return ((PyWeakProxy) self).target();
    }

    /** An operand, unwrapped when it is itself a proxy (CPython: UNWRAP). */
    static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy p ? p.target() : o;
    }

    @Exposed("__getattribute__($self, name, /)")
    public static PyObject __getattribute__(PyObject self, PyObject name) {
        return Attributes.getAttr(target(self), Attributes.attributeName(name));
    }

    @Exposed("__setattr__($self, name, value, /)")
    public static void __setattr__(PyObject self, PyObject name, PyObject value) {
        Attributes.setAttr(target(self), Attributes.attributeName(name), value);
    }

    @Exposed("__delattr__($self, name, /)")
    public static void __delattr__(PyObject self, PyObject name) {
        Attributes.delAttr(target(self), Attributes.attributeName(name));
    }

    // CPython: Objects/weakrefobject.c proxy_repr
    @Exposed("__repr__($self, /)")
    public static String __repr__(PyObject self) {
        PyObject o = ((PyWeakProxy) self).get();
        String kind = "<weakproxy at " + Ops.addressOf(self);
        if (o == null) {
            return kind + "; dead>";
        }
        return kind + "; to '" + o.type().getName() + "' at " + Ops.addressOf(o) + ">";
    }

    @Exposed("__str__($self, /)")
    public static PyStr __str__(PyObject self) {
        return Ops.str(target(self));
    }

    @Exposed(value = "__bytes__($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject __bytes__(PyObject self) {
        return Ops.callMethod(target(self), "__bytes__");
    }

    @Exposed("__bool__($self, /)")
    public static boolean __bool__(PyObject self) {
        return Ops.isTrue(target(self));
    }

    // CPython: proxies have no tp_hash; PyObject_HashNotImplemented's message
    @Exposed("__hash__($self, /)")
    public static long __hash__(PyObject self) {
        throw PyExceptions.typeError("unhashable type: '" + PyWeakref.tpName(self.type())
                + "'");
    }

    @Exposed("__len__($self, /)")
    public static long __len__(PyObject self) {
        return Containers.len(target(self));
    }

    @Exposed("__iter__($self, /)")
    public static PyObject __iter__(PyObject self) {
        return Iteration.iter(target(self));
    }

    // CPython: Objects/weakrefobject.c proxy_iternext
    @Exposed("__next__($self, /)")
    public static PyObject __next__(PyObject self) {
        PyObject o = target(self);
        if (o.type().lookup("__next__") == null) {
            throw PyExceptions.typeError("Weakref proxy referenced a non-iterator '"
                    + o.type().getName() + "' object");
        }
        PyObject v = Iteration.next(o);
        if (v == null) {
            throw PyExceptions.stopIteration();
        }
        return v;
    }

    @Exposed(value = "__reversed__($self, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject __reversed__(PyObject self) {
        return Ops.callMethod(target(self), "__reversed__");
    }

    @Exposed("__contains__($self, key, /)")
    public static boolean __contains__(PyObject self, PyObject key) {
        return Containers.contains(target(self), key);
    }

    @Exposed("__getitem__($self, key, /)")
    public static PyObject __getitem__(PyObject self, PyObject key) {
        return Containers.getItem(target(self), key);
    }

    @Exposed("__setitem__($self, key, value, /)")
    public static void __setitem__(PyObject self, PyObject key, PyObject value) {
        Containers.setItem(target(self), key, value);
    }

    @Exposed("__delitem__($self, key, /)")
    public static void __delitem__(PyObject self, PyObject key) {
        Containers.delItem(target(self), key);
    }

    @Exposed("__index__($self, /)")
    public static PyObject __index__(PyObject self) {
        return Numbers.index(target(self));
    }

    @Exposed("__int__($self, /)")
    public static PyObject __int__(PyObject self) {
        return Ops.call(dev.krait.objects.PyInt.TYPE, target(self));
    }

    @Exposed("__float__($self, /)")
    public static PyObject __float__(PyObject self) {
        return Ops.call(dev.krait.objects.PyFloat.TYPE, target(self));
    }

    @Exposed("__abs__($self, /)")
    public static PyObject __abs__(PyObject self) {
        return Numbers.unary(target(self), "__abs__", "abs()");
    }

    @Exposed("__neg__($self, /)")
    public static PyObject __neg__(PyObject self) {
        return Numbers.unary(target(self), "__neg__", "unary -");
    }

    @Exposed("__pos__($self, /)")
    public static PyObject __pos__(PyObject self) {
        return Numbers.unary(target(self), "__pos__", "unary +");
    }

    @Exposed("__invert__($self, /)")
    public static PyObject __invert__(PyObject self) {
        return Numbers.unary(target(self), "__invert__", "unary ~");
    }
}
