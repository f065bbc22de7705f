package dev.krait.objects;

import java.util.List;

/**
 * The {@code __text_signature__} of builtin functions, methods and classes. CPython keeps a
 * builtin's signature at the head of its docstring, {@code "name(sig)\n--\n\n"} followed by the
 * text, and its {@code __text_signature__} and {@code __doc__} getters cut that docstring in two;
 * {@code inspect.signature} parses the first part. Krait declares each signature apart from the
 * docstring ({@link Exposed#value}), so here it is shown as CPython would: wrapped at the column
 * where Argument Clinic wraps it, and for a class without its {@code $self}. A class written in
 * Python gets its signature from a docstring that has one, as in CPython.
 *
 * <p>Worked out on attribute access, never when a function is made, so start-up parses nothing.
 *
 * <p>CPython counterpart: Objects/typeobject.c {@code _PyType_GetTextSignatureFromInternalDoc},
 * {@code find_signature}, {@code skip_signature}, and the
 * docstring first line of Tools/clinic/clinic.py {@code format_docstring}.
 */
public final class DocSignature {
    private DocSignature() {}

    /** What ends the signature at the head of a docstring. */
    private static final String END_MARKER = ")\n--\n\n";

    /** Argument Clinic starts a new line before a parameter that would reach this column. */
    private static final int WRAP_COLUMN = 72;

    /** CPython's signature of every builtin type's {@code __new__} (tp_new_wrapper). */
    public static final String NEW_SIGNATURE = "($type, *args, **kwargs)";

    /** CPython's docstring of every builtin type's {@code __new__} (tp_new_wrapper). */
    public static final String NEW_DOC =
            "Create and return a new object.  See help(type) for accurate signature.";

    /**
     * The {@code __text_signature__} of function {@code name} declared by {@code spec} (as
     * {@code "name($self, x, /)"}): its parenthesised part, as a docstring's first line shows it.
     */
    public static String ofFunction(String name, String spec) {
        return wrap(name, parameters(spec), false);
    }

    /**
     * A class's {@code __text_signature__} from its constructor's {@code spec}: the parameters
     * without the first, {@code $type} or {@code $self}, and without the {@code /} that only
     * made that one positional, as Argument Clinic writes a constructor's docstring.
     */
    public static String ofClass(String className, String spec) {
        return wrap(className, parameters(spec), true);
    }

    /**
     * The signature at the head of {@code doc}, a docstring of {@code name} in CPython's form, or
     * null when it has none.
     */
    // CPython: Objects/typeobject.c _PyType_GetTextSignatureFromInternalDoc
    public static String fromDoc(String name, String doc) {
        int start = findSignature(name, doc);
        if (start < 0) {
            return null;
        }
        int end = skipSignature(doc, start);
        if (end < 0) {
            return null;
        }
        return doc.substring(doc.indexOf('(', start), end - END_MARKER.length() + 1);
    }

    /** Where the signature starts: 0 when {@code doc} starts with "name(", else -1. */
    // CPython: Objects/typeobject.c find_signature (a dotted name counts from its last dot)
    private static int findSignature(String name, String doc) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        return doc.startsWith(last) && doc.startsWith("(", last.length()) ? 0 : -1;
    }

    /** Where the text after the signature starts, or -1 when a blank line comes first. */
    // CPython: Objects/typeobject.c skip_signature
    private static int skipSignature(String doc, int from) {
        for (int i = from; i < doc.length(); i++) {
            if (doc.startsWith(END_MARKER, i)) {
                return i + END_MARKER.length();
            }
            if (doc.charAt(i) == '\n' && i + 1 < doc.length() && doc.charAt(i + 1) == '\n') {
                return -1;
            }
        }
        return -1;
    }

    /** The parameters of {@code "name(a, b=1, /)"}, each trimmed. */
    private static List<String> parameters(String spec) {
        int open = spec.indexOf('(');
        String inner = spec.substring(open + 1, spec.lastIndexOf(')')).trim();
        List<String> params = new java.util.ArrayList<>();
        if (inner.isEmpty()) {
            return params;
        }
        for (String p : TextSignature.splitTopLevel(inner)) {
            params.add(p.trim());
        }
        return params;
    }

    /**
     * Writes {@code (params)} as the first line of an Argument Clinic docstring that starts
     * {@code name(}: a parameter that would end at or past column 72 starts a new line, indented
     * under the first parameter.
     */
    // CPython: Tools/clinic/clinic.py DSLParser.format_docstring, add_parameter
    private static String wrap(String name, List<String> params, boolean dropSelf) {
        int from = 0;
        if (dropSelf && !params.isEmpty() && params.get(0).startsWith("$")) {
            from = params.size() > 1 && params.get(1).equals("/") ? 2 : 1;
        }
        StringBuilder out = new StringBuilder("(");
        int indent = name.length() + 1;
        int column = indent;
        for (int i = from; i < params.size(); i++) {
            String p = i < params.size() - 1 ? params.get(i) + "," : params.get(i);
            if (i > from) {
                if (column + 1 + p.length() >= WRAP_COLUMN) {
                    out.append('\n').append(" ".repeat(indent));
                    column = indent;
                } else {
                    out.append(' ');
                    column++;
                }
            }
            out.append(p);
            column += p.length();
        }
        return out.append(')').toString();
    }
}
