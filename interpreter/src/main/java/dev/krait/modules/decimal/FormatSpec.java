package dev.krait.modules.decimal;

import dev.krait.modules.locale.LocaleModule;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A parsed format specification for {@code Decimal.__format__}: libmpdec's own mini-language,
 * which is narrower than the one of int and float (no '#', no '_' grouping, ',' only) and
 * takes its decimal point, separator and grouping from the locale for the 'n' type.
 * {@code _decimal} strips the 3.11 'z' option before libmpdec sees the spec and handles it
 * itself, so {@link #parse} receives the spec without it.
 *
 * <p>The decimal point, separator and grouping are kept as libmpdec keeps them, C strings:
 * the grouping is a sequence of byte values (0 or CHAR_MAX end it), the point and separator
 * are counted in UTF-8 bytes when they are validated.
 *
 * <p>CPython counterpart: libmpdec/io.c {@code mpd_parse_fmt_str}, {@code mpd_validate_lconv};
 * Modules/_decimal/_decimal.c {@code dec_format} (the override dict).
 */
final class FormatSpec {
    static final int CHAR_MAX = 127;

    String fill = " ";
    /** One of {@code < > = ^}, or 'z' for zero padding. */
    char align = '>';
    char sign = '-';
    long minWidth;
    long prec = -1;
    /** e E f F g G %; 'n' and 'N' become g and G. */
    char type;
    String dot = "";
    String sep = "";
    byte[] grouping = new byte[0];

    private FormatSpec() {}

    /**
     * The spec, or null when libmpdec rejects it. {@code capitals} picks the default type.
     * CPython: libmpdec/io.c mpd_parse_fmt_str
     */
    static FormatSpec parse(String fmt, boolean capitals) {
        FormatSpec s = new FormatSpec();
        s.type = capitals ? 'G' : 'g';
        int n = fmt.length();
        int i = 0;
        boolean haveAlign = false;
        if (n > 0) {
            int first = fmt.codePointAt(0);
            int w = Character.charCount(first);
            if (w < n && isAlign(fmt.charAt(w))) {
                s.fill = fmt.substring(0, w);
                s.align = fmt.charAt(w);
                i = w + 1;
                haveAlign = true;
            } else if (isAlign(fmt.charAt(0))) {
                s.align = fmt.charAt(0);
                i = 1;
                haveAlign = true;
            }
        }
        if (i < n && "+- ".indexOf(fmt.charAt(i)) >= 0) {
            s.sign = fmt.charAt(i++);
        }
        if (i < n && fmt.charAt(i) == '0') {
            // Zero padding is an alignment of its own; a second one is an error.
            if (haveAlign) {
                return null;
            }
            s.align = 'z';
            s.fill = "0";
            i++;
        }
        if (i < n && isDigit(fmt.charAt(i))) {
            if (fmt.charAt(i) == '0') {
                return null;
            }
            int start = i;
            while (i < n && isDigit(fmt.charAt(i))) {
                i++;
            }
            s.minWidth = number(fmt.substring(start, i));
            if (s.minWidth < 0) {
                return null;
            }
        }
        if (i < n && fmt.charAt(i) == ',') {
            s.dot = ".";
            s.sep = ",";
            s.grouping = new byte[] {3, 3};
            i++;
        }
        if (i < n && fmt.charAt(i) == '.') {
            i++;
            int start = i;
            while (i < n && isDigit(fmt.charAt(i))) {
                i++;
            }
            if (i == start) {
                return null;
            }
            s.prec = number(fmt.substring(start, i));
            if (s.prec < 0) {
                return null;
            }
        }
        if (i < n && "EeFfGg%".indexOf(fmt.charAt(i)) >= 0) {
            s.type = fmt.charAt(i++);
        } else if (i < n && (fmt.charAt(i) == 'N' || fmt.charAt(i) == 'n')) {
            if (!s.sep.isEmpty()) {
                return null;
            }
            s.type = fmt.charAt(i++) == 'N' ? 'G' : 'g';
            s.useLocale();
        }
        return i == n ? s : null;
    }

    private static boolean isAlign(char c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A decimal count, or -1 beyond the range of a C ssize_t. */
    private static long number(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The point, separator and grouping of the current LC_NUMERIC locale. */
    private void useLocale() {
        PyObject conv = LocaleModule.localeconv();
        if (conv instanceof PyDict d) {
            dot = text(d.getItem(PyStr.of("decimal_point")));
            sep = text(d.getItem(PyStr.of("thousands_sep")));
            if (d.getItem(PyStr.of("grouping")) instanceof PyList list) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                for (int k = 0; k < list.size(); k++) {
                    PyObject item = list.items.get(k);
                    int v = item instanceof PyInt g && g.isSmall() ? (int) g.longValue() : 0;
                    if (v == 0) {
                        break;
                    }
                    b.write(v);
                }
                grouping = b.toByteArray();
            }
        }
    }

    private static String text(PyObject o) {
        return o instanceof PyStr s ? s.value() : "";
    }

    /**
     * The override dict's decimal_point, thousands_sep and grouping in place of this spec's,
     * then libmpdec's check of the three. CPython: _decimal.c dec_format,
     * dict_get_item_string; libmpdec/io.c mpd_validate_lconv
     */
    void override(PyObject dict) {
        if (!(dict instanceof PyDict d)) {
            throw PyExceptions.typeError("optional argument must be a dict");
        }
        PyObject v = d.getItem(PyStr.of("decimal_point"));
        if (v != null) {
            dot = cString(v);
        }
        v = d.getItem(PyStr.of("thousands_sep"));
        if (v != null) {
            sep = cString(v);
        }
        v = d.getItem(PyStr.of("grouping"));
        byte[] g = grouping;
        if (v != null) {
            g = cString(v).getBytes(StandardCharsets.UTF_8);
        }
        for (byte b : g) {
            if (b < 0) {
                throw PyExceptions.valueError("invalid override dict");
            }
        }
        grouping = g;
        int dotBytes = dot.getBytes(StandardCharsets.UTF_8).length;
        if (dotBytes == 0 || dotBytes > 4 || sep.getBytes(StandardCharsets.UTF_8).length > 4) {
            throw PyExceptions.valueError("invalid override dict");
        }
    }

    /** A str value as libmpdec sees it: a C string, ending at the first NUL. */
    private static String cString(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        String t = s.value();
        int nul = t.indexOf('\0');
        return nul < 0 ? t : t.substring(0, nul);
    }

    /** The group size at index {@code i}; the C string's terminator (0) past its end. */
    int group(int i) {
        return i < grouping.length ? grouping[i] : 0;
    }
}
