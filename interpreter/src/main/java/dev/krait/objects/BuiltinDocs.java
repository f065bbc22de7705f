package dev.krait.objects;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The docstrings of the builtin functions and classes ({@code len.__doc__},
 * {@code int.__doc__}) and the builtin classes' CPython memory layout ({@code __basicsize__},
 * ...), read from a resource that {@code tools/generate-builtin-docs} writes from CPython 3.11
 * itself. Read once per JVM, on the first request: a program that never asks
 * for a builtin's documentation never loads it.
 *
 * <p>CPython counterpart: the {@code PyDoc_STRVAR} texts of Python/bltinmodule.c and
 * Objects/*.c.
 */
public final class BuiltinDocs {
    private BuiltinDocs() {}

    private static final class Table {
        static final Map<String, String> ENTRIES = load();

        private static Map<String, String> load() {
            Map<String, String> entries = new HashMap<>();
            try (InputStream in = BuiltinDocs.class.getResourceAsStream("builtin-docs.txt")) {
                if (in == null) {
                    return entries;
                }
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                if (text.endsWith("\n")) {
                    text = text.substring(0, text.length() - 1);
                }
                // Each entry is a line "@@ KEY" and the lines of its text up to the next such
                // line. Cut with indexOf rather than line by line: the first type made ready
                // loads the table, on every start-up.
                int pos = text.startsWith("@@ ") ? 0 : text.indexOf("\n@@ ");
                if (pos > 0) {
                    pos++;
                }
                while (pos >= 0) {
                    int keyEnd = text.indexOf('\n', pos);
                    if (keyEnd < 0) {
                        entries.put(text.substring(pos + 3), "");
                        break;
                    }
                    int next = text.indexOf("\n@@ ", keyEnd);
                    int bodyEnd = next < 0 ? text.length() : next;
                    entries.put(text.substring(pos + 3, keyEnd),
                            keyEnd >= bodyEnd ? "" : text.substring(keyEnd + 1, bodyEnd));
                    pos = next < 0 ? -1 : next + 1;
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return entries;
        }
    }

    /** The docstring of builtin function {@code name}, or null. */
    public static String function(String name) {
        return Table.ENTRIES.get("function " + name);
    }

    /**
     * The memory layout CPython gives builtin class {@code name}: {basicsize, itemsize,
     * dictoffset, weakrefoffset, 1 when the cyclic collector tracks its instances (HAVE_GC)
     * else 0}, or null for a class the table does not know.
     */
    public static long[] layout(String name) {
        String line = Table.ENTRIES.get("layout " + name);
        if (line == null) {
            return null;
        }
        String[] parts = line.trim().split(" ");
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            values[i] = Long.parseLong(parts[i]);
        }
        return values;
    }

    /** The docstring of the slot wrappers named {@code name} ({@code __next__}), or null. */
    public static String slot(String name) {
        return Table.ENTRIES.get("slot " + name);
    }

    /**
     * The {@code __text_signature__} of the slot wrappers named {@code name}
     * ({@code "($self, value, /)"} for {@code __add__}), or null when they have none.
     */
    // CPython: Objects/typeobject.c slotdefs, whose docstrings start with the signature
    public static String slotSignature(String name) {
        return Table.ENTRIES.get("slot-signature " + name);
    }

    /** The docstring of a builtin class's method ({@code "int.bit_count"}), or null. */
    public static String method(String qualifiedName) {
        return Table.ENTRIES.get("method " + qualifiedName);
    }

    /** The docstring of builtin class {@code name}, or null. */
    public static String type(String name) {
        return Table.ENTRIES.get("type " + name);
    }

    /**
     * The docstring of builtin class {@code t}, or null: the table keys the classes of
     * modules other than builtins by "module.name" ({@code types.UnionType}).
     */
    static String type(PyType t) {
        String module = t.moduleName();
        return type(module.equals("builtins") ? t.getName() : module + "." + t.getName());
    }
}
