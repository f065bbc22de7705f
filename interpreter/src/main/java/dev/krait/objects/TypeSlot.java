package dev.krait.objects;

/**
 * The special methods that the abstract object protocol ({@link Ops}, {@link Attributes}) asks
 * a type for on nearly every operation. A type remembers what each resolves to along its MRO
 * ({@link PyType#lookupSlot}) until its namespace, a base's, its bases or its MRO change, so
 * that a truth test, a loop or a subscript on an instance of a user class costs a field read
 * instead of a map lookup by name.
 *
 * <p>CPython counterpart: the {@code tp_*}, {@code nb_*}, {@code sq_*} and {@code mp_*} slots
 * of Include/cpython/object.h, which Objects/typeobject.c's {@code update_slot} refreshes when
 * a class's namespace changes.
 */
public enum TypeSlot {
    GETATTRIBUTE("__getattribute__"),
    SETATTR("__setattr__"),
    NEW("__new__"),
    INIT("__init__"),
    BOOL("__bool__"),
    LEN("__len__"),
    ITER("__iter__"),
    NEXT("__next__"),
    GETITEM("__getitem__"),
    SETITEM("__setitem__"),
    CONTAINS("__contains__"),
    HASH("__hash__"),
    REPR("__repr__"),
    CALL("__call__"),
    DEL("__del__"),
    /** Asked by {@code isinstance} (see {@link Attributes#classIsType}). */
    CLASS("__class__"),
    /** Whether a class attribute binds: asked by the evaluator's caches of class reads. */
    GET("__get__");

    /** The special method's name. */
    public final String method;

    TypeSlot(String method) {
        this.method = method;
    }

    static final TypeSlot[] ALL = values();
}
