package dev.krait.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer for the results file: maps (in their iteration order), lists, strings,
 * numbers, booleans and null, indented two spaces. The runner's data is this simple; a JSON
 * library would be a dependency for thirty lines.
 */
final class Json {
    private Json() {}

    static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, 0, out);
        return out.append('\n').toString();
    }

    private static void write(Object value, int depth, StringBuilder out) {
        switch (value) {
            case null -> out.append("null");
            case String s -> string(s, out);
            case Boolean b -> out.append(b);
            case Double d -> out.append(Double.isFinite(d) ? d.toString() : "null");
            case Number n -> out.append(n);
            case Map<?, ?> map -> {
                out.append('{');
                String separator = "\n";
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(separator).append("  ".repeat(depth + 1));
                    string(String.valueOf(entry.getKey()), out);
                    out.append(": ");
                    write(entry.getValue(), depth + 1, out);
                    separator = ",\n";
                }
                out.append(map.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append('}');
            }
            case List<?> list -> {
                boolean flat = list.stream().allMatch(item -> item instanceof Number);
                out.append('[');
                String separator = flat ? "" : "\n";
                for (Object item : list) {
                    out.append(separator);
                    if (!flat) {
                        out.append("  ".repeat(depth + 1));
                    }
                    write(item, depth + 1, out);
                    separator = flat ? ", " : ",\n";
                }
                out.append(flat || list.isEmpty() ? "" : "\n" + "  ".repeat(depth)).append(']');
            }
            default -> string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
