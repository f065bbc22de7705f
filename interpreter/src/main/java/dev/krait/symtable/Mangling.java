package dev.krait.symtable;

/**
 * Private name mangling: inside a class body, {@code __spam} is stored as {@code _Class__spam},
 * so that subclasses do not clash with their bases' private attributes. The symbol table and the
 * compiler both apply it to every identifier they see inside a class (and its nested blocks).
 */
public final class Mangling {
    private Mangling() {}

    /**
     * The mangled form of {@code name} inside the class {@code className}, or {@code name} itself
     * when it is not private, when {@code className} is {@code null} (not inside a class), when it
     * is a dunder name or a dotted module name, or when the class name is all underscores.
     */
    // CPython: Python/compile.c _Py_Mangle
    public static String mangle(String className, String name) {
        if (className == null || name.length() < 2 || name.charAt(0) != '_'
                || name.charAt(1) != '_') {
            return name;
        }
        if (name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < className.length() && className.charAt(start) == '_') {
            start++;
        }
        if (start == className.length()) {
            return name;
        }
        return "_" + className.substring(start) + name;
    }
}
