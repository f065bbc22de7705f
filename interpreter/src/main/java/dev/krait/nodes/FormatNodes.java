package dev.krait.nodes;

import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrBuilder;

/**
 * f-strings: the literal parts and replacement fields of a {@code JoinedStr}, each field
 * converted ({@code !r}, {@code !s}, {@code !a}) and formatted with its spec.
 *
 * <p>CPython counterpart: FORMAT_VALUE and BUILD_STRING in Python/ceval.c.
 */
public final class FormatNodes {
    private FormatNodes() {}

    public static final class JoinedStr extends ExprNode {
        final ExprNode[] parts;

        public JoinedStr(ExprNode[] parts, int l, int c, int el, int ec) {
            super(l, c, el, ec);
            this.parts = parts;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyStr[] pieces = new PyStr[parts.length];
            for (int i = 0; i < pieces.length; i++) {
                pieces[i] = (PyStr) parts[i].eval(f);
            }
            return StrBuilder.concat(pieces);
        }
    }

    public static final class FormattedValue extends ExprNode {
        final ExprNode value;
        final int conversion;
        final ExprNode spec;

        public FormattedValue(ExprNode value, int conversion, ExprNode spec, int l, int c,
                int el, int ec) {
            super(l, c, el, ec);
            this.value = value;
            this.conversion = conversion;
            this.spec = spec;
        }

        @Override
        public PyObject eval(PyFrame f) {
            PyObject v = value.eval(f);
            try {
                switch (conversion) {
                    case 's' -> v = Ops.str(v);
                    case 'r' -> v = Ops.repr(v);
                    case 'a' -> v = PyStr.of(asciiRepr(Ops.repr(v)));
                    default -> { }
                }
            } catch (PyException e) {
                throw trace(e, f);
            }
            PyStr s = spec == null ? PyStr.EMPTY : (PyStr) spec.eval(f);
            try {
                return Ops.format(v, s);
            } catch (PyException e) {
                throw trace(e, f);
            }
        }
    }

    /** {@code ascii()}: repr with non-ASCII characters escaped. */
    public static String asciiRepr(PyStr repr) {
        StringBuilder sb = new StringBuilder();
        for (int cp : repr.codePoints()) {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb.toString();
    }
}
