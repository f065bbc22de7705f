package dev.krait.objects;

import java.util.ArrayList;
import java.util.List;

/**
 * A builtin's signature written in CPython's text-signature syntax, as Argument Clinic writes it in
 * docstrings ({@code "insert($self, index, object, /)"}, {@code "sorted(iterable, /, *, key=None,
 * reverse=False)"}). Krait declares each builtin's signature once, in that syntax, and binds calls
 * with it.
 *
 * <p>Defaults understood: {@code None}, {@code True}, {@code False}, integers, floats, quoted
 * strings, and {@code <unrepresentable>}, which means "optional, no default": the Java method then
 * receives null for a missing argument. Any other default, such as a name that CPython's
 * signature shows ({@code sys.maxsize}, {@code DEFAULT_BUFFER_SIZE}) or a bytes literal, reaches
 * the Java method as null too, which then applies it.
 */
public record TextSignature(String name, boolean hasSelf, List<Param> params, int positionalOnly,
        int positionalCount, String text) {

    /** One parameter; {@code defaultValue} is null for a required one. */
    public record Param(String name, PyObject defaultValue, boolean optional) {}

    /** A missing optional argument that has no Python default. */
    public static final PyObject NO_DEFAULT = new PyObject(null) {};

    public int requiredPositional() {
        int n = 0;
        for (int i = 0; i < positionalCount; i++) {
            if (!params.get(i).optional()) {
                n++;
            }
        }
        return n;
    }

    /**
     * Parses {@code name(params)}; {@code $self}/{@code $type}/{@code $module} first is dropped.
     * Varargs ({@code *args}, {@code **kwargs}) are not part of this syntax in Krait: methods that
     * take them receive the raw call instead.
     */
    public static TextSignature parse(String fallbackName, String text) {
        String name = fallbackName;
        String inner = text;
        int open = text.indexOf('(');
        if (open >= 0) {
            if (open > 0) {
                name = text.substring(0, open).trim();
            }
            inner = text.substring(open + 1, text.lastIndexOf(')'));
        }
        List<Param> params = new ArrayList<>();
        boolean hasSelf = false;
        int positionalOnly = 0;
        int positionalCount = -1;
        for (String raw : splitTopLevel(inner)) {
            String p = raw.trim();
            if (p.isEmpty()) {
                continue;
            }
            if (p.startsWith("$")) {
                hasSelf = true;
                continue;
            }
            if (p.equals("/")) {
                positionalOnly = params.size();
                continue;
            }
            if (p.equals("*")) {
                positionalCount = params.size();
                continue;
            }
            int eq = p.indexOf('=');
            if (eq < 0) {
                params.add(new Param(p, null, false));
            } else {
                String pname = p.substring(0, eq).trim();
                String def = p.substring(eq + 1).trim();
                params.add(new Param(pname, parseDefault(def), true));
            }
        }
        if (positionalCount < 0) {
            positionalCount = params.size();
        }
        return new TextSignature(name, hasSelf, List.copyOf(params), positionalOnly,
                positionalCount, text);
    }

    /** {@code s} split at its commas outside brackets and quotes. */
    static List<String> splitTopLevel(String s) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(s.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(s.substring(start));
        return parts;
    }

    /** A quoted default's text with its backslash escapes ({@code '\n'}) read. */
    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char e = s.charAt(++i);
                b.append(switch (e) {
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case '0' -> '\0';
                    default -> e;
                });
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static PyObject parseDefault(String def) {
        switch (def) {
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            case "<unrepresentable>":
                return NO_DEFAULT;
            default:
                break;
        }
        if (def.length() >= 2 && (def.charAt(0) == '\'' || def.charAt(0) == '"')) {
            return PyStr.of(unescape(def.substring(1, def.length() - 1)));
        }
        try {
            return PyInt.of(Long.parseLong(def));
        } catch (NumberFormatException e) {
            // not an int; try a float
        }
        try {
            return new PyFloat(Double.parseDouble(def));
        } catch (NumberFormatException e) {
            return NO_DEFAULT;
        }
    }
}
