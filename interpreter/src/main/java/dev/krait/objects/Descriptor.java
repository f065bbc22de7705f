package dev.krait.objects;

/**
 * The descriptor protocol as Java sees it, implemented by the builtin descriptor types (functions,
 * method descriptors, properties, class and static methods, getset descriptors) so that attribute
 * lookup can bind them without looking up {@code __get__} by name. A Python class that defines
 * {@code __get__} is a descriptor too; {@link Ops} handles those through the type.
 *
 * <p>CPython counterpart: the {@code tp_descr_get}/{@code tp_descr_set} slots.
 */
public interface Descriptor {
    /** {@code __get__(obj, owner)}; {@code obj} is null for access through the class. */
    PyObject get(PyObject obj, PyType owner);

    /** A data descriptor (one with {@code __set__} or {@code __delete__}) wins over the dict. */
    default boolean isData() {
        return false;
    }

    default void set(PyObject obj, PyObject value) {
        throw PyExceptions.attributeError("__set__");
    }

    default void delete(PyObject obj) {
        throw PyExceptions.attributeError("__delete__");
    }
}
