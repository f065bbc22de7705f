package dev.krait.runtime;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTraceback;
import dev.krait.objects.PyType;
import dev.krait.parser.Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prints an uncaught exception exactly as CPython 3.11 does: the chain of causes and contexts,
 * each traceback with its source lines and the {@code ^^^^}/{@code ~~~^^^} markers under the
 * failing operation, repeated frames folded into "[Previous line repeated N more times]", then
 * the exception's type and message and its notes.
 *
 * <p>CPython counterpart: Python/pythonrun.c {@code print_exception_recursive},
 * {@code print_exception}, and Python/traceback.c {@code tb_print_internal},
 * {@code tb_displayline}, {@code print_error_location_carets}.
 */
public final class TracebackPrinter {
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int SOURCE_INDENT = 4;

    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();

    private TracebackPrinter() {}

    /** The text CPython writes to stderr for the uncaught exception {@code e}. */
    public static String format(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter();
        p.printRecursive(e);
        return p.out.toString();
    }

    private void printRecursive(PyBaseException value) {
        seen.put(value, Boolean.TRUE);
        PyBaseException cause = value.cause;
        PyBaseException context = value.context;
        if (cause != null) {
            if (!seen.containsKey(cause)) {
                printRecursive(cause);
                out.append("\nThe above exception was the direct cause of the following "
                        + "exception:\n\n");
            }
        } else if (context != null && !value.suppressContext) {
            if (!seen.containsKey(context)) {
                printRecursive(context);
                out.append("\nDuring handling of the above exception, another exception "
                        + "occurred:\n\n");
            }
        }
        printException(value);
    }

    private void printException(PyBaseException value) {
        if (value.traceback != null) {
            out.append("Traceback (most recent call last):\n");
            printTraceback(value.traceback);
        }
        out.append(messageLine(value)).append('\n');
        List<PyObject> notes;
        try {
            notes = value.notes();
        } catch (PyException e) {
            notes = null;
        }
        if (notes != null) {
            for (PyObject note : notes) {
                out.append(note instanceof PyStr s ? s.value() : safeStr(note)).append('\n');
            }
        }
    }

    /** "Type: message", the type qualified by its module unless builtins or __main__. */
    static String messageLine(PyBaseException value) {
        PyType t = value.type();
        String module = t.moduleName();
        String name = t.getQualname();
        if (!module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        String msg = safeStr(value);
        String suggestion = Suggestions.offer(value);
        if (suggestion != null) {
            msg = msg + ". Did you mean: '" + suggestion + "'?";
        }
        return msg.isEmpty() ? name : name + ": " + msg;
    }

    private static String safeStr(PyObject o) {
        try {
            return Ops.str(o).value();
        } catch (PyException e) {
            return "<exception str() failed>";
        }
    }

    private void printTraceback(PyTraceback tb) {
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            String file = t.frame.code.filename;
            String name = t.frame.code.name;
            int line = t.lineno;
            if (lastFile == null || !file.equals(lastFile) || line != lastLine
                    || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(count - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            displayLine(t, file, line, name);
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(count - RECURSIVE_CUTOFF);
        }
    }

    private void repeated(int n) {
        out.append("  [Previous line repeated ").append(n).append(" more time")
                .append(n > 1 ? "s" : "").append("]\n");
    }

    private void displayLine(PyTraceback t, String file, int lineno, String name) {
        out.append("  File \"").append(file).append("\", line ").append(lineno).append(", in ")
                .append(name).append('\n');
        String line = sourceLine(file, lineno);
        if (line == null) {
            return;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' '
                || line.charAt(indent) == '\t' || line.charAt(indent) == '\f')) {
            indent++;
        }
        out.append("    ").append(line, indent, line.length()).append('\n');
        if (t.colOffset < 0 || t.endColOffset < 0 || t.lineno != lineno) {
            return;
        }
        int[] cps = line.codePoints().toArray();
        int start = charOffset(line, t.colOffset);
        int end = charOffset(line, t.endColOffset);
        if (start < 0 || end < 0) {
            return;
        }
        int leftEnd = -1;
        int rightStart = -1;
        char primary = '^';
        char secondary = '^';
        if (t.lineno == t.endLineno) {
            int[] anchors = anchors(line, cps, start, end);
            if (anchors != null) {
                leftEnd = anchors[0];
                rightStart = anchors[1];
                primary = '~';
                secondary = '^';
            }
        } else {
            int i = cps.length;
            while (--i >= 0) {
                int c = cps[i];
                if (c != ' ' && c != '\t' && c != '\f') {
                    break;
                }
            }
            end = i + 1;
        }
        int truncation = indent - SOURCE_INDENT;
        int strippedLength = cps.length - truncation - SOURCE_INDENT;
        boolean secondaryRanges = leftEnd != -1 || rightStart != -1;
        if (end - start == strippedLength && !secondaryRanges) {
            return;
        }
        int offset = truncation;
        while (++offset <= end) {
            if (offset <= start) {
                out.append(' ');
            } else if (secondaryRanges && leftEnd < offset && offset <= rightStart) {
                out.append(secondary);
            } else {
                out.append(primary);
            }
        }
        out.append('\n');
    }

    /** A UTF-8 byte offset in {@code line} as a code-point offset, or -1. */
    private static int charOffset(String line, int byteOffset) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        if (byteOffset > bytes.length) {
            return -1;
        }
        return new String(bytes, 0, byteOffset, StandardCharsets.UTF_8).codePointCount(0,
                new String(bytes, 0, byteOffset, StandardCharsets.UTF_8).length());
    }

    /** CPython: traceback.c extract_anchors_from_line — binary operators and subscripts. */
    private static int[] anchors(String line, int[] cps, int start, int end) {
        if (start > end || end > cps.length) {
            return null;
        }
        String segment = new String(cps, start, end - start);
        Mod module;
        try {
            module = Parser.parse(segment, "<traceback>", Parser.Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(module instanceof Mod.Module m) || m.body().size() != 1
                || !(m.body().get(0) instanceof Stmt.Expr s)) {
            return null;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int left;
        int right;
        if (s.value() instanceof Expr.BinOp b) {
            left = -1;
            right = -1;
            for (int i = b.left().endColOffset(); i < b.right().colOffset(); i++) {
                if (isWhitespace(seg[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < b.right().colOffset() && !isWhitespace(seg[i + 1])) {
                    right++;
                }
                break;
            }
            if (left < 0) {
                return null;
            }
        } else if (s.value() instanceof Expr.Subscript sub) {
            left = sub.value().endColOffset();
            right = sub.slice().endColOffset() + 1;
        } else {
            return null;
        }
        return new int[] {charOffset(segment, left) + start, charOffset(segment, right) + start};
    }

    private static boolean isWhitespace(byte b) {
        return b == ' ' || b == '\t' || b == '\f';
    }

    private String sourceLine(String file, int lineno) {
        if (file.startsWith("<") && file.endsWith(">")) {
            return null;
        }
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                String text = new String(Files.readAllBytes(Path.of(f)), StandardCharsets.UTF_8);
                return text.lines().toList();
            } catch (IOException | RuntimeException e) {
                return List.of();
            }
        });
        if (lineno < 1 || lineno > lines.size()) {
            return null;
        }
        return lines.get(lineno - 1);
    }

    /** Raised when printing an exception needs a Python exception of its own. */
    static PyException lost(String what) {
        return PyExceptions.runtimeError("lost " + what);
    }
}
