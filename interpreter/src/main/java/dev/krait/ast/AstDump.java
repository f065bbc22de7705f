package dev.krait.ast;

import java.util.List;

/**
 * CPython's {@code ast.dump(node, annotate_fields=True, include_attributes=..., indent=...)}, written
 * to produce the same text character for character (CPython: Lib/ast.py {@code dump}).
 */
public final class AstDump {
    private final boolean includeAttributes;
    /** {@code null} for the one-line form; otherwise the string repeated once per level. */
    private final String indent;

    public AstDump(boolean includeAttributes, String indent) {
        this.includeAttributes = includeAttributes;
        this.indent = indent;
    }

    /** {@code ast.dump(node, include_attributes=includeAttributes, indent=indent)}. */
    public static String dump(Node node, boolean includeAttributes, Integer indent) {
        return new AstDump(includeAttributes, indent == null ? null : " ".repeat(indent))
                .format(node, 0).text;
    }

    private record Formatted(String text, boolean simple) {}

    private Formatted format(Object value, int level) {
        String prefix = "";
        String sep = ", ";
        if (indent != null) {
            level++;
            prefix = "\n" + indent.repeat(level);
            sep = ",\n" + indent.repeat(level);
        }
        if (value == null) {
            return new Formatted("None", true); // a None inside a list, e.g. Dict keys for **x
        }
        if (value instanceof Node node) {
            return formatNode(node, level, prefix, sep);
        } else if (value instanceof Enum<?> member) {
            return new Formatted(member.name() + "()", true);
        } else if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return new Formatted("[]", true);
            }
            StringBuilder sb = new StringBuilder("[").append(prefix);
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(format(list.get(i), level).text);
            }
            return new Formatted(sb.append(']').toString(), false);
        }
        return new Formatted(scalarRepr(value), true);
    }

    private Formatted formatNode(Node node, int level, String prefix, String sep) {
        List<String> args = new java.util.ArrayList<>();
        boolean allSimple = true;
        String[] names = node.fieldNames();
        Object[] values = node.fieldValues();
        for (int i = 0; i < names.length; i++) {
            if (values[i] == null) {
                continue; // an absent optional field (class default None) is left out
            }
            Formatted f = format(values[i], level);
            allSimple &= f.simple;
            args.add(names[i] + "=" + f.text);
        }
        if (includeAttributes && node instanceof Located located) {
            int[] positions = {located.lineno(), located.colOffset(), located.endLineno(),
                located.endColOffset()};
            String[] attributeNames = {"lineno", "col_offset", "end_lineno", "end_col_offset"};
            for (int i = 0; i < 4; i++) {
                args.add(attributeNames[i] + "=" + positions[i]);
            }
        }
        if (allSimple && args.size() <= 3) {
            return new Formatted(node.typeName() + "(" + String.join(", ", args) + ")",
                    args.isEmpty());
        }
        return new Formatted(node.typeName() + "(" + prefix + String.join(sep, args) + ")", false);
    }

    private static String scalarRepr(Object value) {
        if (value instanceof ConstantValue constant) {
            return constant.repr();
        } else if (value instanceof String s) {
            return dev.krait.text.Repr.strRepr(s);
        }
        return String.valueOf(value); // Integer
    }
}
