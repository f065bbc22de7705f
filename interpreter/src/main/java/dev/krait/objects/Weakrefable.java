package dev.krait.objects;

/**
 * Marks the Java class of a builtin type whose instances may be weakly referenced (CPython: a
 * type with {@code tp_weaklistoffset != 0}: functions, types, sets, modules, code, generators,
 * files, locks...). Most builtins — int, str, tuple, list, dict — are not; instances of classes
 * that programs define are, unless their {@code __slots__} leave {@code __weakref__} out.
 * Krait keeps the weak references themselves in the {@code _weakref} module, outside the
 * object, so the marker adds nothing to an instance; {@link Head} reaches them for
 * {@code __weakref__}.
 */
public interface Weakrefable {
    /**
     * The head of an object's list of weak references, as {@code __weakref__} shows it: the
     * {@code _weakref} module, which keeps the lists, installs the lookup when it loads; before
     * that no weak reference exists, and every object's is None.
     */
    final class Head {
        private Head() {}

        private static java.util.function.Function<PyObject, PyObject> lookup =
                o -> PyNone.NONE;

        /** Called by the {@code _weakref} module: how to find the head of an object's list. */
        public static void install(java.util.function.Function<PyObject, PyObject> f) {
            lookup = f;
        }

        /** The first weak reference to {@code o} (CPython's list order), or None. */
        // CPython: Objects/typeobject.c subtype_getweakref
        static PyObject of(PyObject o) {
            return lookup.apply(o);
        }
    }
}
