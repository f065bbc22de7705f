package dev.krait.objects;

/**
 * Marks the Java class of a builtin type whose instances may be weakly referenced (CPython: a
 * type with {@code tp_weaklistoffset != 0}: functions, types, sets, modules, code, generators,
 * files, locks...). Most builtins — int, str, tuple, list, dict — are not; instances of classes
 * that programs define are, unless their {@code __slots__} leave {@code __weakref__} out.
 * Krait keeps the weak references themselves in the {@code _weakref} module, outside the
 * object, so the marker adds nothing to an instance.
 */
public interface Weakrefable {
}
