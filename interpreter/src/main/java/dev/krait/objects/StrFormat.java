package dev.krait.objects;

import dev.krait.text.FieldName;
import dev.krait.text.FormatMarkup;
import dev.krait.text.TextFormatError;

/**
 * {@code str.format} and {@code str.format_map}: the format string is read by
 * {@link FormatMarkup}, each field name split by {@link FieldName}; this class looks the field up
 * among the arguments (positions, keywords or the mapping, then attributes and items), applies
 * the conversion, expands nested fields in the spec and asks the value's {@code __format__}.
 *
 * <p>CPython counterpart: Objects/stringlib/unicode_format.h ({@code build_string},
 * {@code output_markup}, {@code get_field_object}, {@code render_field}) and
 * Objects/abstract.c {@code PyObject_Format}.
 */
final class StrFormat {
    /** The positional arguments, or null for format_map. */
    private final PyObject[] positional;
    private final int npos;
    /** The keywords (a dict), the format_map mapping, or null. */
    private final PyObject keywords;
    private final FieldName.AutoNumber autoNumber = new FieldName.AutoNumber();

    private StrFormat(PyObject[] positional, int npos, PyObject keywords) {
        this.positional = positional;
        this.npos = npos;
        this.keywords = keywords;
    }

    static PyObject format(PyStr self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyDict kwargs = null;
        if (nkw > 0) {
            kwargs = new PyDict();
            for (int k = 0; k < nkw; k++) {
                kwargs.setItem(PyStr.of(kwnames[k]), args[npos + k]);
            }
        }
        return new StrFormat(args, npos, kwargs).run(self.value());
    }

    static PyObject formatMap(PyStr self, PyObject mapping) {
        return new StrFormat(null, 0, mapping).run(self.value());
    }

    private PyObject run(String text) {
        try {
            return build(text, 2);
        } catch (TextFormatError e) {
            throw NumberFormatting.raise(e);
        }
    }

    /**
     * The formatted text: the pieces' code points one after another (a lone high surrogate
     * ending one piece does not pair with a lone low one starting the next).
     */
    // CPython: Objects/stringlib/unicode_format.h build_string, output_markup
    private PyStr build(String text, int depth) {
        if (depth <= 0) {
            throw FormatMarkup.recursionExceeded();
        }
        StrBuilder out = new StrBuilder(text.length() + 16);
        FormatMarkup markup = new FormatMarkup(text);
        FormatMarkup.Piece piece;
        while ((piece = markup.next()) != null) {
            out.append(piece.literal());
            if (!piece.hasField()) {
                continue;
            }
            PyObject value = field(piece.fieldName());
            switch (piece.conversion()) {
                case 0 -> { }
                case 'r' -> value = Ops.repr(value);
                case 's' -> value = Ops.str(value);
                case 'a' -> value = PercentFormat.ascii(value);
                default -> throw FormatMarkup.unknownConversion(piece.conversion());
            }
            String spec = piece.specNeedsExpanding() ? build(piece.formatSpec(), depth - 1).value()
                    : piece.formatSpec();
            out.append(formatValue(value, spec));
        }
        return out.build();
    }

    // CPython: Objects/stringlib/unicode_format.h get_field_object
    private PyObject field(String fieldName) {
        FieldName name = FieldName.split(fieldName, autoNumber);
        PyObject obj;
        if (name.index == -1) {
            PyStr key = PyStr.of(name.first);
            if (keywords == null) {
                throw PyExceptions.keyError(key);
            }
            obj = Containers.getItem(keywords, key);
        } else {
            if (positional == null) {
                throw PyExceptions.valueError("Format string contains positional fields");
            }
            if (name.index >= npos) {
                throw FieldName.indexOutOfRange(name.index);
            }
            obj = positional[(int) name.index];
        }
        FieldName.Accessor accessor;
        while ((accessor = name.next()) != null) {
            if (accessor.isAttribute()) {
                obj = Attributes.getAttr(obj, accessor.name());
            } else if (accessor.index() != -1) {
                obj = Containers.getItem(obj, PyInt.of(accessor.index()));
            } else {
                obj = Containers.getItem(obj, PyStr.of(accessor.name()));
            }
        }
        return obj;
    }

    /** {@code format(value, spec)} for a field of a format string. */
    static PyStr formatValue(PyObject value, String spec) {
        return Ops.format(value, spec.isEmpty() ? PyStr.EMPTY : PyStr.of(spec));
    }
}
