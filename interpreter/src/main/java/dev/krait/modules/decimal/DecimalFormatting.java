package dev.krait.modules.decimal;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.util.ArrayDeque;

/**
 * {@code Decimal.__format__}: rounds the number as the spec's type and precision ask (under
 * the context's rounding mode), writes it as libmpdec's {@code _mpd_to_string} does, puts in
 * the decimal point and thousands separators (zero padding counts separators, as in libmpdec)
 * and pads to the minimum width. The 'z' option is taken out of the spec first and answered
 * here, by rounding a copy the way the formatter will and dropping the sign of a zero.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code dec_format},
 * {@code format_spec_z_search}; libmpdec/io.c {@code mpd_qformat_spec},
 * {@code _mpd_apply_lconv}, {@code _mpd_add_sep_dot}, {@code _mpd_add_pad},
 * {@code _mpd_round}.
 */
final class DecimalFormatting {
    private DecimalFormatting() {}

    /** Longest text built here; CPython would try to allocate more and might succeed. */
    private static final long LIMIT = 1L << 30;

    // CPython: _decimal.c dec_format
    static PyObject format(PyDecimal d, PyObject fmtArg, PyObject override) {
        PyDecContext ctx = DecimalModule.current();
        if (!(fmtArg instanceof PyStr fs)) {
            throw PyExceptions.typeError("format arg must be str");
        }
        String fmt = fs.value();
        int z = zPosition(fmt);
        boolean noNegZero = z >= 0;
        if (noNegZero) {
            fmt = fmt.substring(0, z) + fmt.substring(z + 1);
        }
        // libmpdec reads a C string: the spec ends at the first NUL after a NUL fill.
        int nul = fmt.indexOf('\0', 1);
        if (nul >= 0) {
            fmt = fmt.substring(0, nul);
        }
        FormatSpec spec = FormatSpec.parse(fmt, ctx.capitals == 1);
        if (spec == null) {
            throw PyExceptions.valueError("invalid format string");
        }
        if (override != null) {
            spec.override(override);
        }
        if (noNegZero && d.sign == 1 && d.kind == PyDecimal.FINITE) {
            PyDecimal t = roundForZ(d, spec, ctx);
            if (t.isZero()) {
                d = PyDecimal.finite(0, t.coef, t.exp);
            }
        }
        return PyStr.of(formatSpec(d, spec, ctx));
    }

    /**
     * Where the 'z' option stands: after an optional fill-and-align (or align) and sign.
     * CPython: _decimal.c format_spec_z_search
     */
    private static int zPosition(String fmt) {
        int n = fmt.length();
        if (n == 0) {
            return -1;
        }
        int pos = Character.charCount(fmt.codePointAt(0));
        if (pos < n && cSetHas("<>=^", fmt.charAt(pos))) {
            pos++;
        } else {
            pos = "<>=^".indexOf(fmt.charAt(0)) >= 0 ? 1 : 0;
        }
        if (pos < n && cSetHas("+- ", fmt.charAt(pos))) {
            pos++;
        }
        return pos < n && fmt.charAt(pos) == 'z' ? pos : -1;
    }

    /** C's strchr(set, c), which also finds the set's terminating NUL. */
    private static boolean cSetHas(String set, char c) {
        return c == 0 || set.indexOf(c) >= 0;
    }

    /**
     * The copy dec_format rounds to see whether the result is a zero; it switches on the
     * spec's type as written, so the capital types are not rounded here (as in CPython).
     */
    private static PyDecimal roundForZ(PyDecimal d, FormatSpec spec, PyDecContext ctx) {
        Calc c = new Calc(ctx);
        PyDecimal t = d;
        if (spec.prec >= 0) {
            switch (spec.type) {
                case 'f' -> t = rescale(t, -spec.prec, false, ctx, c);
                case '%' -> t = rescale(PyDecimal.finite(t.sign, t.coef, t.exp + 2),
                        -spec.prec, false, ctx, c);
                case 'g' -> {
                    long p = spec.prec == 0 ? 1 : spec.prec;
                    if (Digits.count(t.coef) > p) {
                        t = round(t, p, ctx, c);
                    }
                }
                case 'e' -> {
                    if (!t.isZero()) {
                        t = round(t, spec.prec + 1, ctx, c);
                    }
                }
                default -> { }
            }
        }
        if (t == null) {
            throw PyExceptions.valueError("unexpected error when rounding");
        }
        return t;
    }

    /**
     * d rescaled to exponent exp under the context's rounding, or null where libmpdec sets
     * InvalidOperation (the exponent or the digit count beyond its limits); {@code relaxed}
     * allows the lower exponents only a formatted number may have.
     * CPython: libmpdec mpd_qrescale, mpd_qrescale_fmt
     */
    private static PyDecimal rescale(PyDecimal d, long exp, boolean relaxed, PyDecContext ctx,
            Calc c) {
        long lowest = PyDecContext.MIN_ETINY - (relaxed ? PyDecContext.MAX_PREC : 0);
        if (exp > PyDecContext.MAX_EMAX + 1 || exp < lowest) {
            return null;
        }
        if (!d.isZero() && d.exp > exp) {
            long digits = Digits.count(d.coef) + (d.exp - exp);
            if (digits > PyDecContext.MAX_PREC + 1) {
                return null;
            }
            if (digits > LIMIT) {
                throw Signals.noMemory();
            }
        }
        return Rounding.rescale(d, exp, ctx.round, c);
    }

    /** d rounded to prec significant digits. CPython: libmpdec/io.c _mpd_round */
    private static PyDecimal round(PyDecimal d, long prec, PyDecContext ctx, Calc c) {
        long exp = d.exp + Digits.count(d.coef) - prec;
        PyDecimal r = rescale(d, exp, true, ctx, c);
        if (r != null && Digits.count(r.coef) > prec) {
            r = rescale(r, exp + 1, true, ctx, c);
        }
        return r;
    }

    /** The error for a result beyond libmpdec's limits. */
    private static RuntimeException limits() {
        return PyExceptions.valueError("format specification exceeds internal limits of _decimal");
    }

    // CPython: libmpdec/io.c mpd_qformat_spec
    private static String formatSpec(PyDecimal d, FormatSpec spec, PyDecContext ctx) {
        if (spec.minWidth > PyDecContext.MAX_PREC) {
            throw limits();
        }
        char type = spec.type;
        boolean upper = Character.isUpperCase(type);
        type = Character.toLowerCase(type);
        long dotPlace = 1;
        boolean percent = false;
        int mode;
        if (d.kind != PyDecimal.FINITE) {
            if (spec.align == 'z') {
                spec.fill = " ";
                spec.align = '>';
            }
            percent = type == '%';
            mode = 'g';
        } else {
            Calc c = new Calc(ctx);
            if (type == '%') {
                percent = true;
                d = PyDecimal.finite(d.sign, d.coef, d.exp + 2);
                type = 'f';
            }
            mode = type;
            if (spec.prec >= 0) {
                if (spec.prec > PyDecContext.MAX_PREC) {
                    throw limits();
                }
                switch (type) {
                    case 'g' -> {
                        long p = spec.prec == 0 ? 1 : spec.prec;
                        if (Digits.count(d.coef) > p) {
                            d = round(d, p, ctx, c);
                        }
                    }
                    case 'e' -> {
                        if (d.isZero()) {
                            dotPlace = 1 - spec.prec;
                        } else {
                            d = round(d, spec.prec + 1, ctx, c);
                        }
                    }
                    default -> d = rescale(d, -spec.prec, false, ctx, c);
                }
                if (d == null) {
                    throw limits();
                }
            }
            if (type == 'f' && d.isZero() && d.exp > 0) {
                d = rescale(d, 0, false, ctx, c);
            }
        }
        String text = toText(d, mode, upper, spec.sign, dotPlace, percent);
        long chars = text.length();
        if (!spec.dot.isEmpty() && d.kind == PyDecimal.FINITE) {
            if (chars > PyDecContext.MAX_PREC + 36) {
                throw limits();
            }
            long[] count = {chars};
            text = applyLconv(text, spec, count);
            chars = count[0];
        }
        if (spec.minWidth > chars) {
            text = pad(text, chars, spec);
        }
        return text;
    }

    /**
     * The number as text: 'e' always with an exponent, 'f' never, 'g' (and specials) as
     * to-scientific-string. CPython: libmpdec/io.c _mpd_to_string
     */
    private static String toText(PyDecimal d, int mode, boolean upper, char signOption,
            long dotPlace, boolean percent) {
        StringBuilder sb = new StringBuilder();
        if (d.sign == 1) {
            sb.append('-');
        } else if (signOption == ' ' || signOption == '+') {
            sb.append(signOption);
        }
        if (d.kind == PyDecimal.INF) {
            sb.append("Infinity");
        } else if (d.kind != PyDecimal.FINITE) {
            sb.append(d.kind == PyDecimal.SNAN ? "sNaN" : "NaN");
            if (d.coef.signum() != 0) {
                sb.append(d.coef);
            }
        } else {
            String digits = d.coef.toString();
            long leftDigits = d.exp + digits.length();
            if (mode == 'f' || (mode == 'g' && d.exp <= 0 && leftDigits > -6)) {
                dotPlace = leftDigits;
            }
            long size = dotPlace <= 0 ? digits.length() - dotPlace
                    : Math.max(dotPlace, digits.length());
            if (size > LIMIT) {
                throw Signals.noMemory();
            }
            if (dotPlace <= 0) {
                sb.append("0.").repeat('0', (int) -dotPlace).append(digits);
            } else if (dotPlace >= digits.length()) {
                sb.append(digits).repeat('0', (int) (dotPlace - digits.length()));
            } else {
                sb.append(digits, 0, (int) dotPlace).append('.')
                        .append(digits, (int) dotPlace, digits.length());
            }
            if (leftDigits != dotPlace || mode == 'e') {
                long e = leftDigits - dotPlace;
                sb.append(upper ? 'E' : 'e').append(e < 0 ? '-' : '+').append(Math.abs(e));
            }
        }
        if (percent) {
            sb.append('%');
        }
        return sb.toString();
    }

    /**
     * The locale's decimal point and separators put into a numeric string of the form
     * [sign] digits ['.' digits] [exponent]; {@code count[0]} becomes the number of
     * characters as libmpdec counts them (a point or separator is one).
     * CPython: libmpdec/io.c _mpd_apply_lconv, _mpd_add_sep_dot
     */
    private static String applyLconv(String text, FormatSpec spec, long[] count) {
        int i = 0;
        String sign = null;
        if (text.charAt(0) == '-' || text.charAt(0) == '+' || text.charAt(0) == ' ') {
            sign = text.substring(0, 1);
            i = 1;
        }
        int intStart = i;
        while (i < text.length() && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
            i++;
        }
        String intPart = text.substring(intStart, i);
        String dot = null;
        if (i < text.length() && text.charAt(i) == '.') {
            dot = spec.dot;
            i++;
        }
        String rest = text.substring(i);
        if (dot == null && (spec.sep.isEmpty() || spec.grouping.length == 0)) {
            return text;
        }
        ArrayDeque<String> parts = new ArrayDeque<>();
        long chars = rest.length();
        parts.addFirst(rest);
        if (dot != null) {
            parts.addFirst(dot);
            chars++;
        }
        int nSign = sign == null ? 0 : 1;
        long nSrc = intPart.length();
        int g = 0;
        long consume = spec.group(0);
        boolean padding = false;
        while (true) {
            int size = spec.group(g);
            if (size == 0 || size == FormatSpec.CHAR_MAX || consume > nSrc) {
                consume = nSrc;
            }
            nSrc -= consume;
            if (chars + consume > LIMIT) {
                throw Signals.noMemory();
            }
            parts.addFirst(padding ? "0".repeat((int) consume)
                    : intPart.substring((int) nSrc, (int) (nSrc + consume)));
            chars += consume;
            if (nSrc == 0) {
                if (spec.align == 'z' && chars + nSign < spec.minWidth) {
                    // Go on with a virtual source of zeros, filling the current group first.
                    nSrc = spec.minWidth - (chars + nSign);
                    consume = size - consume;
                    padding = true;
                    continue;
                }
                break;
            }
            if (!spec.sep.isEmpty()) {
                // Separators count as padding, unless one would come first.
                if (padding && nSrc > 1) {
                    nSrc--;
                }
                parts.addFirst(spec.sep);
                chars++;
            }
            if (spec.group(g) != 0 && spec.group(g + 1) != 0) {
                g++;
            }
            consume = spec.group(g);
        }
        if (sign != null) {
            parts.addFirst(sign);
            chars++;
        }
        count[0] = chars;
        return String.join("", parts);
    }

    /** The fill around the text up to the minimum width. CPython: libmpdec/io.c _mpd_add_pad */
    private static String pad(String text, long chars, FormatSpec spec) {
        long add = spec.minWidth - chars;
        if (add * spec.fill.length() + text.length() > LIMIT) {
            throw Signals.noMemory();
        }
        char align = spec.align == 'z' ? '=' : spec.align;
        long left = 0;
        long right = 0;
        switch (align) {
            case '<' -> right = add;
            case '>', '=' -> left = add;
            default -> {
                left = add / 2;
                right = add - left;
            }
        }
        StringBuilder sb = new StringBuilder();
        String body = text;
        if (align == '=' && !text.isEmpty() && "-+ ".indexOf(text.charAt(0)) >= 0) {
            sb.append(text.charAt(0));
            body = text.substring(1);
        }
        sb.repeat(spec.fill, (int) left).append(body).repeat(spec.fill, (int) right);
        return sb.toString();
    }
}
