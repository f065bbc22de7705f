package dev.krait.objects;

/**
 * {@code isinstance} and {@code issubclass} for "abstract classes": objects that are not types
 * but have a {@code __bases__} tuple, which CPython accepts as classes (Zope-style class
 * emulation predates {@code __instancecheck__}). An instance belongs to such a class when its
 * {@code __class__} reaches the class through {@code __bases__}; a non-type without a
 * {@code __bases__} tuple is not a class, and the caller's TypeError says so. This is also what
 * {@code type.__instancecheck__} and {@code type.__subclasscheck__} do for their non-type
 * argument.
 *
 * <p>CPython counterpart: Objects/abstract.c {@code abstract_get_bases}, {@code check_class},
 * {@code abstract_issubclass}, {@code object_isinstance}, {@code recursive_issubclass}.
 */
final class AbstractClasses {
    private AbstractClasses() {}

    private static final String ISINSTANCE_ARG_2 =
            "isinstance() arg 2 must be a type, a tuple of types, or a union";
    private static final String ISSUBCLASS_ARG_1 = "issubclass() arg 1 must be a class";
    private static final String ISSUBCLASS_ARG_2 =
            "issubclass() arg 2 must be a class, a tuple of classes, or a union";

    /**
     * {@code cls.__bases__} when it is a tuple, else null (an AttributeError counts as missing;
     * any other error propagates, as CPython's {@code abstract_get_bases}).
     */
    // CPython: Objects/abstract.c abstract_get_bases
    private static PyTuple basesOf(PyObject cls) {
        return Attributes.lookupAttrOrNull(cls, "__bases__") instanceof PyTuple t ? t : null;
    }

    // CPython: Objects/abstract.c check_class
    private static void checkClass(PyObject cls, String message) {
        if (basesOf(cls) == null) {
            throw PyExceptions.typeError(message);
        }
    }

    /** Whether {@code cls} is {@code derived} or reached from it through {@code __bases__}. */
    // CPython: Objects/abstract.c abstract_issubclass
    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        PyTuple bases;
        while (true) {
            if (derived == cls) {
                return true;
            }
            bases = basesOf(derived);
            if (bases == null || bases.items.length == 0) {
                return false;
            }
            if (bases.items.length > 1) {
                break;
            }
            // single inheritance walks without recursing, as CPython's does
            derived = bases.items[0];
        }
        for (PyObject base : bases.items) {
            Recursion.enter(" in __issubclass__");
            try {
                if (abstractIsSubclass(base, cls)) {
                    return true;
                }
            } finally {
                Recursion.leave();
            }
        }
        return false;
    }

    /**
     * {@code isinstance(inst, cls)} without {@code __instancecheck__}: a type by the type's MRO
     * (and {@code __class__}), anything else as an abstract class.
     */
    // CPython: Objects/abstract.c object_isinstance
    static boolean isInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type.isSubtypeOf(t)) {
                return true;
            }
            PyObject icls = Attributes.lookupAttrOrNull(inst, "__class__");
            return icls != inst.type && icls instanceof PyType it && it.isSubtypeOf(t);
        }
        checkClass(cls, ISINSTANCE_ARG_2);
        PyObject icls = Attributes.lookupAttrOrNull(inst, "__class__");
        return icls != null && abstractIsSubclass(icls, cls);
    }

    /** {@code issubclass(derived, cls)} without {@code __subclasscheck__}. */
    // CPython: Objects/abstract.c recursive_issubclass
    static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls instanceof PyType t && derived instanceof PyType d) {
            return d.isSubtypeOf(t);
        }
        checkClass(derived, ISSUBCLASS_ARG_1);
        if (!(cls instanceof PyUnionType)) {
            checkClass(cls, ISSUBCLASS_ARG_2);
        }
        return abstractIsSubclass(derived, cls);
    }
}
