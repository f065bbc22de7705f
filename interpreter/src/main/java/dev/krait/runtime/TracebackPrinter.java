package dev.krait.runtime;

import dev.krait.ast.Expr;
import dev.krait.ast.Mod;
import dev.krait.ast.Stmt;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBaseExceptionGroup;
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

    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final StringBuilder out = new StringBuilder();
    private final IdentityHashMap<PyBaseException, Boolean> seen = new IdentityHashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    /** Nesting of exception groups being printed (CPython: exception_group_depth). */
    private int groupDepth;
    private boolean needClose;
    private final long limit;

    private TracebackPrinter(long limit) {
        this.limit = limit;
    }

    /** The text CPython writes to stderr for the uncaught exception {@code e}. */
    public static String format(PyBaseException e) {
        return format(e, 1000);
    }

    /**
     * As {@link #format(PyBaseException)}, keeping as many of the innermost frames as
     * {@code sys.tracebacklimit} says: all when it is not an int or too large for a C long,
     * none (and no header) when it is zero or negative.
     */
    // CPython: Python/traceback.c PyTraceBack_Print
    public static String formatWithSysLimit(Interpreter interp, PyBaseException e) {
        long limit = 1000;
        PyObject tracebackLimit = interp.sysAttribute("tracebacklimit");
        if (tracebackLimit instanceof dev.krait.objects.PyInt n) {
            limit = n.isSmall() ? n.longValue() : n.signum() > 0 ? Long.MAX_VALUE : 0;
        }
        return format(e, limit);
    }

    /** As {@link #format(PyBaseException)} with {@code sys.tracebacklimit}'s value. */
    public static String format(PyBaseException e, long limit) {
        TracebackPrinter p = new TracebackPrinter(limit);
        p.printRecursive(e);
        return p.out.toString();
    }

    /**
     * What CPython's default {@code sys.unraisablehook} writes for {@code e} after its first
     * line: {@code e}'s own traceback and {@code module.Name: str(e)} -- no chained exceptions,
     * group members, notes or suggestions, and the colon even when {@code str(e)} is empty.
     */
    // CPython: Python/errors.c write_unraisable_exc_file
    public static String formatUnraisable(PyBaseException e) {
        TracebackPrinter p = new TracebackPrinter(1000);
        if (e.traceback != null) {
            p.out.append("Traceback (most recent call last):\n");
            p.printTraceback(e.traceback);
        }
        PyType t = e.type();
        PyObject module = t.getTypeDict().getItem(PyStr.of("__module__"));
        if (module != null && !(module instanceof PyStr)) {
            p.out.append("<unknown>");
        } else {
            String name = t.moduleName();
            if (!name.equals("builtins") && !name.equals("__main__")) {
                p.out.append(name).append('.');
            }
        }
        p.out.append(t.getQualname()).append(": ");
        try {
            p.out.append(Ops.str(e).value());
        } catch (PyException failed) {
            p.out.append("<exception str() failed>");
        }
        return p.out.append('\n').toString();
    }

    private String margin() {
        return " ".repeat(2 * groupDepth) + (groupDepth > 0 ? "| " : "");
    }

    private void printRecursive(PyBaseException value) {
        seen.put(value, Boolean.TRUE);
        PyBaseException cause = value.cause;
        PyBaseException context = value.context;
        if (cause != null) {
            if (!seen.containsKey(cause)) {
                printChained(cause, "The above exception was the direct cause of the following "
                        + "exception:\n");
            }
        } else if (context != null && !value.suppressContext) {
            if (!seen.containsKey(context)) {
                printChained(context, "During handling of the above exception, another "
                        + "exception occurred:\n");
            }
        }
        if (value instanceof PyBaseExceptionGroup g) {
            printGroup(g);
        } else {
            printException(value);
        }
    }

    private void printChained(PyBaseException value, String message) {
        boolean close = needClose;
        printRecursive(value);
        needClose = close;
        out.append(margin()).append('\n');
        out.append(margin()).append(message);
        out.append(margin()).append('\n');
    }

    private void printGroup(PyBaseExceptionGroup value) {
        if (groupDepth > MAX_GROUP_DEPTH) {
            out.append(margin()).append("... (max_group_depth is ").append(MAX_GROUP_DEPTH)
                    .append(")\n");
            return;
        }
        if (groupDepth == 0) {
            groupDepth++;
        }
        printException(value);
        int count = value.exceptions.size();
        int n = count <= MAX_GROUP_WIDTH ? count : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            out.append(" ".repeat(2 * groupDepth));
            boolean truncated = i >= MAX_GROUP_WIDTH;
            out.append(i == 0 ? "+-" : "  ").append("+---------------- ")
                    .append(truncated ? "..." : Integer.toString(i + 1))
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                printRecursive((PyBaseException) value.exceptions.get(i));
            } else {
                int remaining = count - MAX_GROUP_WIDTH;
                out.append(margin()).append("and ").append(remaining).append(" more exception")
                        .append(remaining > 1 ? "s" : "").append('\n');
            }
            if (last && needClose) {
                out.append(" ".repeat(2 * groupDepth))
                        .append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (groupDepth == 1) {
            groupDepth--;
        }
    }

    private void printException(PyBaseException value) {
        if (value.traceback != null && limit > 0) {
            String header = "Traceback (most recent call last):\n";
            String headerMargin = margin();
            if (value instanceof PyBaseExceptionGroup) {
                header = "Exception Group Traceback (most recent call last):\n";
                if (groupDepth == 1) {
                    headerMargin = " ".repeat(2 * groupDepth) + "+ ";
                }
            }
            out.append(headerMargin).append(header);
            printTraceback(value.traceback);
        }
        if (value.type().isSubtypeOf(PyExceptions.SyntaxError)) {
            printSyntaxErrorLocation(value);
        }
        out.append(margin()).append(messageLine(value)).append('\n');
        PyObject notes = Attributes.lookupAttrOrNull(value, "__notes__");
        if (notes == null) {
            return;
        }
        if (notes.type().lookup("__getitem__") == null || notes instanceof dev.krait.objects.PyDict) {
            out.append(margin());
            try {
                out.append(Ops.repr(notes).value());
            } catch (PyException e) {
                out.append("<__notes__ repr() failed>");
            }
            return;
        }
        for (PyObject note : Iteration.toList(notes)) {
            String text;
            try {
                text = Ops.str(note).value();
            } catch (PyException e) {
                out.append("<note str() failed>\n");
                continue;
            }
            for (String line : splitLinesKeepEnds(text)) {
                out.append(margin()).append(line);
            }
            out.append('\n');
        }
    }

    /**
     * CPython: pythonrun.c print_exception_file_and_line — a SyntaxError shows the place in the
     * source it names, and its last line gives {@code msg} alone.
     */
    private void printSyntaxErrorLocation(PyBaseException value) {
        dev.krait.lexer.PythonSyntaxError located = asJavaSyntaxError(value);
        if (located == null) {
            return;
        }
        for (String line : splitLinesKeepEnds(SyntaxErrorDisplay.location(located))) {
            out.append(margin()).append(line);
        }
    }

    static dev.krait.lexer.PythonSyntaxError asJavaSyntaxError(PyBaseException value) {
        try {
            PyObject filename = Attributes.lookupAttrOrNull(value, "filename");
            PyObject lineno = Attributes.lookupAttrOrNull(value, "lineno");
            if (!(lineno instanceof dev.krait.objects.PyInt ln)) {
                return null;
            }
            PyObject offset = Attributes.lookupAttrOrNull(value, "offset");
            PyObject text = Attributes.lookupAttrOrNull(value, "text");
            PyObject endLineno = Attributes.lookupAttrOrNull(value, "end_lineno");
            PyObject endOffset = Attributes.lookupAttrOrNull(value, "end_offset");
            dev.krait.lexer.PythonSyntaxError.Type type =
                    value.type().isSubtypeOf(PyExceptions.TabError)
                    ? dev.krait.lexer.PythonSyntaxError.Type.TabError
                    : value.type().isSubtypeOf(PyExceptions.IndentationError)
                    ? dev.krait.lexer.PythonSyntaxError.Type.IndentationError
                    : dev.krait.lexer.PythonSyntaxError.Type.SyntaxError;
            // CPython: pythonrun.c parse_syntax_error -- None is "<string>", anything else
            // shows as its str() (a bytes name as b'...')
            String file = filename == null || filename == dev.krait.objects.PyNone.NONE
                    ? "<string>" : Ops.str(filename).value();
            return new dev.krait.lexer.PythonSyntaxError(type, "", file, (int) ln.longValue(),
                    offset instanceof dev.krait.objects.PyInt o ? (int) o.longValue() : -1,
                    text instanceof PyStr t ? t.value() : null,
                    endLineno instanceof dev.krait.objects.PyInt el ? (int) el.longValue() : 0,
                    endOffset instanceof dev.krait.objects.PyInt eo ? (int) eo.longValue() : 0);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> splitLinesKeepEnds(String text) {
        List<String> lines = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u000b' || c == '\u000c' || c == '\u001c'
                    || c == '\u001d' || c == '\u001e' || c == '\u0085' || c == '\u2028'
                    || c == '\u2029') {
                int end = i + 1;
                if (c == '\r' && end < text.length() && text.charAt(end) == '\n') {
                    end++;
                    i++;
                }
                lines.add(text.substring(start, end));
                start = end;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** "Type: message", the type qualified by its module unless builtins or __main__. */
    static String messageLine(PyBaseException value) {
        PyType t = value.type();
        String module = t.moduleName();
        String name = t.getQualname();
        PyObject claimed = t.getTypeDict().getItem(PyStr.of("__module__"));
        if (claimed != null && !(claimed instanceof PyStr)) {
            // CPython: Python/pythonrun.c print_exception, a __module__ that is not a str
            name = "<unknown>." + name;
        } else if (!module.equals("builtins") && !module.equals("__main__")) {
            name = module + "." + name;
        }
        String msg;
        try {
            PyObject syntaxMsg = t.isSubtypeOf(PyExceptions.SyntaxError)
                    && Attributes.lookupAttrOrNull(value, "lineno")
                            instanceof dev.krait.objects.PyInt
                    ? Attributes.lookupAttrOrNull(value, "msg") : null;
            msg = syntaxMsg != null ? Ops.str(syntaxMsg).value() : Ops.str(value).value();
        } catch (PyException e) {
            msg = null;
        }
        // CPython: Python/pythonrun.c print_exception_message, print_exception_suggestions
        String line = msg == null ? name + ": <exception str() failed>"
                : msg.isEmpty() ? name : name + ": " + msg;
        String suggestion = Suggestions.offer(value);
        if (suggestion != null) {
            line = line + ". Did you mean: '" + suggestion + "'?";
        }
        return line;
    }

    private void printTraceback(PyTraceback tb) {
        int depth = 0;
        for (PyTraceback t = tb; t != null; t = t.next) {
            depth++;
        }
        PyTraceback first = tb;
        while (first != null && depth > limit) {
            depth--;
            first = first.next;
        }
        String lastFile = null;
        int lastLine = -1;
        String lastName = null;
        int count = 0;
        for (PyTraceback t = first; t != null; t = t.next) {
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
        String margin = margin();
        out.append(margin).append("  File \"").append(file).append("\", line ").append(lineno)
                .append(", in ").append(name).append('\n');
        String line = sourceLine(file, lineno);
        if (line == null) {
            return;
        }
        int indent = 0;
        while (indent < line.length() && (line.charAt(indent) == ' '
                || line.charAt(indent) == '\t' || line.charAt(indent) == '\f')) {
            indent++;
        }
        out.append(margin).append("    ").append(line, indent, line.length()).append('\n');
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
        out.append(margin);
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
        ThreadState ts = ThreadState.current();
        if (ts != null && ts.interpreter.tearingDown) {
            return null;
        }
        List<String> lines = sources.computeIfAbsent(file, f -> {
            try {
                // in the file's own encoding (its BOM or coding cookie), as CPython's
                // _Py_DisplaySourceLine reads it with the tokenizer's _Py_FindSourceFile
                // encoding
                String text = dev.krait.lexer.SourceDecoder.decode(
                        Files.readAllBytes(Path.of(f)), f).text();
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
}
