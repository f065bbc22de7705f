package dev.krait.objects;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a Java method of a builtin type's class as a Python method of that type. The Java method
 * keeps its Python name ({@code append}, {@code __add__}), so a grep for a Python name finds its
 * code; the annotation's value is the method's signature in CPython's text-signature syntax (what
 * Argument Clinic writes, e.g. {@code "insert($self, index, object, /)"}), from which calls are
 * bound to the Java parameters.
 *
 * <p>The Java shapes understood (see {@link MethodBinder}): an instance method whose parameters are
 * {@code PyObject}s (a missing optional argument with no default arrives as Java null), or whose
 * last two parameters are {@code (PyObject[] args, String[] kwnames)} to take the call as it comes;
 * a static method for {@link Kind#STATIC} and {@link Kind#CLASS} (the latter receives the
 * {@code PyType} first), and for {@code __new__}. Return values {@code void}, {@code boolean},
 * {@code int}, {@code long}, {@code double} and {@code String} become None, bool, int, float, str.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Exposed {
    /** The text signature, e.g. {@code "append($self, object, /)"}; empty: positional-only. */
    String value() default "";

    /** The Python name when it differs from the Java name (e.g. a Java keyword). */
    String name() default "";

    /** What kind of method the type's dictionary gets. */
    Kind kind() default Kind.INSTANCE;

    /** The docstring. */
    String doc() default "";

    /** Whether and where Python sees {@link #value}: see {@link Signature}. */
    Signature signature() default Signature.SHOWN;

    /**
     * How a method's signature reaches Python as {@code __text_signature__} (and so
     * {@code inspect.signature}). CPython derives that attribute from the docstring, which
     * starts with the signature only for the functions Argument Clinic declares; Krait's
     * {@link #value} always binds calls, and this says whether CPython shows it.
     */
    enum Signature {
        /** The method's {@code __text_signature__} (CPython: an Argument Clinic function). */
        SHOWN,
        /**
         * None: CPython parses this function's arguments by hand and its docstring has no
         * signature ({@code getattr}, {@code dict.update}); the value only binds calls.
         */
        HIDDEN,
        /**
         * On {@code __new__} or {@code __init__}: the class's own {@code __text_signature__}
         * ({@code list(iterable=(), /)}), as CPython's {@code tp_doc} holds for a class whose
         * constructor Argument Clinic declares. The method itself shows CPython's generic
         * {@code __new__} or {@code __init__} signature either way, as every constructor does.
         */
        CLASS
    }

    /** CPython's method kinds: METH_NOARGS/O/VARARGS on instances, METH_CLASS, METH_STATIC. */
    enum Kind { INSTANCE, CLASS, STATIC }

    /** Marks a Java method as the getter of a Python attribute ({@code getset_descriptor}). */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Getter {
        /** The attribute name; empty means the Java method's name. */
        String value() default "";

        String doc() default "";

        /**
         * Whether the attribute is a struct member in CPython ({@code complex.real},
         * {@code OSError.errno}): it is then a {@code member_descriptor}, not a
         * {@code getset_descriptor}. Without a {@link Setter} writing it says "readonly
         * attribute"; with one, {@code del} calls the setter with a Java null.
         */
        boolean member() default false;
    }

    /** Marks a Java method {@code void name(PyObject value)} as an attribute's setter. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.METHOD)
    @interface Setter {
        String value() default "";

        /**
         * Whether {@code del obj.name} calls the setter with a Java null (CPython's setters take
         * NULL); otherwise deletion raises "can't delete name attribute".
         */
        boolean deletes() default false;
    }
}
