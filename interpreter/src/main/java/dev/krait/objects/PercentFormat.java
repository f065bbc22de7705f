package dev.krait.objects;

import dev.krait.text.IntStrLimit;
import dev.krait.text.PercentConversion;
import dev.krait.text.TextFormatError;

/**
 * {@code str % args}: printf-style formatting. The format string is read and each conversion
 * laid out by {@link dev.krait.text.PercentFormat} and {@link PercentConversion}; this class
 * supplies what needs Python objects — fetching arguments from the tuple, the single object or
 * the mapping in CPython's order, and converting each the Python way ({@code str()},
 * {@code repr()}, {@code ascii()}, {@code __index__}/{@code __int__}, {@code __float__}).
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code PyUnicode_Format},
 * {@code unicode_format_getnextarg}, {@code mainformatlong}, {@code formatfloat},
 * {@code formatchar}.
 */
final class PercentFormat implements dev.krait.text.PercentFormat.Arguments {
    /** The right operand, or the value {@code %(key)} selected from it. */
    private PyObject args;
    /** The mapping operand, or null. */
    private final PyObject dict;
    /** The tuple's length, or -1 for a single object (CPython's arglen). */
    private int arglen;
    private int argidx;

    private PercentFormat(PyObject args) {
        this.args = args;
        if (args instanceof PyTuple t) {
            arglen = t.size();
            argidx = 0;
        } else {
            arglen = -1;
            argidx = -2;
        }
        boolean mapping = !(args instanceof PyTuple) && !(args instanceof PyStr)
                && args.type().lookup("__getitem__") != null;
        dict = mapping ? args : null;
    }

    static PyObject format(PyStr format, PyObject args) {
        PercentFormat ctx = new PercentFormat(args);
        try {
            return ctx.run(format.value());
        } catch (TextFormatError e) {
            throw NumberFormatting.raise(e);
        }
    }

    private PyStr run(String format) {
        dev.krait.text.PercentFormat reader =
                new dev.krait.text.PercentFormat(format, dict != null);
        // the pieces' code points, one after another (a lone high surrogate ending one piece
        // does not pair with a lone low one starting the next)
        StrBuilder out = new StrBuilder(format.length() + 16);
        dev.krait.text.PercentFormat.Piece piece;
        while ((piece = reader.next(this)) != null) {
            if (piece instanceof dev.krait.text.PercentFormat.Literal literal) {
                out.append(literal.text());
                continue;
            }
            PercentConversion c = (PercentConversion) piece;
            out.append(convert(c, nextArg()));
            if (dict != null && argidx < arglen) {
                throw PyExceptions.typeError(
                        "not all arguments converted during string formatting");
            }
        }
        if (argidx < arglen && dict == null) {
            throw PyExceptions.typeError("not all arguments converted during string formatting");
        }
        return out.build();
    }

    // CPython: Objects/unicodeobject.c unicode_format_getnextarg
    private PyObject nextArg() {
        if (argidx < arglen) {
            int i = argidx++;
            return arglen < 0 ? args : ((PyTuple) args).get(i);
        }
        throw PyExceptions.typeError("not enough arguments for format string");
    }

    @Override
    public void selectKey(String key) {
        args = Containers.getItem(dict, PyStr.of(key));
        arglen = -1;
        argidx = -2;
    }

    @Override
    public long starWidth() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw PyExceptions.typeError("* wants int");
        }
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C ssize_t");
        }
        return i.longValue();
    }

    @Override
    public int starPrecision() {
        PyObject v = nextArg();
        if (!(v instanceof PyInt i)) {
            throw PyExceptions.typeError("* wants int");
        }
        if (!i.isSmall() || i.longValue() != (int) i.longValue()) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static String convert(PercentConversion c, PyObject v) {
        int code = c.conversion;
        switch (c.kind()) {
            case TEXT -> {
                if (code == 's' && v instanceof PyInt i && i.type() == PyInt.TYPE) {
                    return c.formatText(NumberFormatting.intToDecimal(i));
                }
                PyStr s = code == 's' ? Ops.str(v) : code == 'r' ? Ops.repr(v) : ascii(v);
                return c.formatText(s.value());
            }
            case INT -> {
                PyInt i = integer(c, v);
                return i.isSmall() ? c.formatInt(i.longValue())
                        : c.formatInt(i.bigValue(), IntStrLimit.current());
            }
            case FLOAT -> {
                return c.formatFloat(FloatMath.asDouble(v));
            }
            case CHAR -> {
                return c.formatChar(character(v));
            }
            default -> throw PyExceptions.systemError("a bytes conversion in a str format");
        }
    }

    // CPython: Objects/unicodeobject.c mainformatlong
    private static PyInt integer(PercentConversion c, PyObject v) {
        if (v instanceof PyInt i) {
            return i;
        }
        int code = c.conversion;
        boolean indexOnly = code == 'o' || code == 'x' || code == 'X';
        PyType t = v.type();
        boolean number = t.lookup("__index__") != null || t.lookup("__int__") != null
                || t.lookup("__float__") != null || v instanceof PyComplex;
        if (number) {
            try {
                return indexOnly ? Numbers.index(v) : IntConstructor.fromObject(v);
            } catch (PyException e) {
                if (!Ops.isInstance(e.value, PyExceptions.TypeError)) {
                    throw e;
                }
            }
        }
        throw PyExceptions.typeError("%" + (char) code + " format: "
                + (indexOnly ? "an integer" : "a real number") + " is required, not "
                + t.getName());
    }

    // CPython: Objects/unicodeobject.c formatchar
    private static int character(PyObject v) {
        if (v instanceof PyStr s) {
            if (s.length() == 1) {
                return s.codePointAt(0);
            }
        } else if (v instanceof PyInt || v.type().lookup("__index__") != null) {
            PyInt i;
            try {
                i = Numbers.index(v);
            } catch (PyException e) {
                if (Ops.isInstance(e.value, PyExceptions.TypeError)) {
                    throw PyExceptions.typeError("%c requires int or char");
                }
                throw e;
            }
            return PercentConversion.charFromInt(i.isSmall() ? i.longValue() : -1);
        }
        throw PyExceptions.typeError("%c requires int or char");
    }

    /** {@code ascii(v)}: the repr with every non-ASCII code point escaped. */
    // CPython: Objects/object.c PyObject_ASCII
    static PyStr ascii(PyObject v) {
        PyStr r = Ops.repr(v);
        int n = r.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            int cp = r.codePointAt(i);
            if (cp < 0x80) {
                if (sb != null) {
                    sb.append((char) cp);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16);
                for (int j = 0; j < i; j++) {
                    sb.append((char) r.codePointAt(j));
                }
            }
            String hex = Integer.toHexString(cp);
            if (cp < 0x100) {
                sb.append("\\x").append("0".repeat(2 - hex.length())).append(hex);
            } else if (cp < 0x10000) {
                sb.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
            } else {
                sb.append("\\U").append("0".repeat(8 - hex.length())).append(hex);
            }
        }
        return sb == null ? r : PyStr.of(sb.toString());
    }
}
