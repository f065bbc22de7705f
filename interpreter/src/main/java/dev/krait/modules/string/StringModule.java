package dev.krait.modules.string;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.text.FieldName;
import dev.krait.text.FormatMarkup;
import dev.krait.text.TextFormatError;

/**
 * {@code _string.formatter_parser} and {@code _string.formatter_field_name_split}: the parser of
 * {@code str.format} ({@link FormatMarkup}, {@link FieldName}) exposed piece by piece, so that
 * {@code string.Formatter} subclasses see exactly the fields {@code str.format} would.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code _string} module functions
 * (formatter_parser, formatter_field_name_split) and Objects/stringlib/unicode_format.h.
 */
@NativeModule.Register("_string")
public final class StringModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_string");
        ModuleBuilder.addFunctions(m, StringModule.class);
        m.put("__doc__", PyStr.of("string helper module"));
        return m;
    }

    /** The Python exception for a parse error. */
    static PyException raise(TextFormatError e) {
        PyType type = switch (e.pythonType()) {
            case "IndexError" -> PyExceptions.IndexError;
            case "KeyError" -> PyExceptions.KeyError;
            case "TypeError" -> PyExceptions.TypeError;
            default -> PyExceptions.ValueError;
        };
        return PyExceptions.of(type, e.getMessage());
    }

    private static String text(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyExceptions.typeError("expected str, got " + o.type().getName());
    }

    // CPython: Objects/unicodeobject.c formatter_parser
    @Exposed(value = "formatter_parser($module, object, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject formatter_parser(PyObject format) {
        return new PyFormatterIterator(new FormatMarkup(text(format)));
    }

    // CPython: Objects/unicodeobject.c formatter_field_name_split
    @Exposed(value = "formatter_field_name_split($module, object, /)",
            signature = Exposed.Signature.HIDDEN)
    public static PyObject formatter_field_name_split(PyObject fieldName) {
        FieldName f;
        try {
            f = FieldName.split(text(fieldName), null);
        } catch (TextFormatError e) {
            throw raise(e);
        }
        PyObject first = f.index >= 0 ? PyInt.of(f.index) : PyStr.of(f.first);
        return PyTuple.of(first, new PyFieldNameIterator(f));
    }

    /** {@code formatteriterator}: (literal, field name, format spec, conversion) tuples. */
    public static final class PyFormatterIterator extends PyObject implements Iteration.JavaIterator {
        public static final PyType TYPE = PyType.builtinFinal("formatteriterator",
                PyFormatterIterator.class, null);

        private final FormatMarkup markup;

        PyFormatterIterator(FormatMarkup markup) {
            super(TYPE);
            this.markup = markup;
        }

        // CPython: Objects/stringlib/unicode_format.h formatteriter_next
        @Override
        public PyObject nextOrNull() {
            FormatMarkup.Piece p;
            try {
                p = markup.next();
            } catch (TextFormatError e) {
                throw raise(e);
            }
            if (p == null) {
                return null;
            }
            PyStr literal = PyStr.of(p.literal());
            if (!p.hasField()) {
                return PyTuple.of(literal, PyNone.NONE, PyNone.NONE, PyNone.NONE);
            }
            PyObject conversion = p.conversion() == 0 ? PyNone.NONE
                    : PyStr.of(new String(Character.toChars(p.conversion())));
            return PyTuple.of(literal, PyStr.of(p.fieldName()), PyStr.of(p.formatSpec()),
                    conversion);
        }

        @Exposed("__next__($self, /)")
        public PyObject __next__() {
            PyObject v = nextOrNull();
            if (v == null) {
                throw PyExceptions.stopIteration();
            }
            return v;
        }

        @Exposed("__iter__($self, /)")
        public PyObject __iter__() {
            return this;
        }
    }

    /** {@code fieldnameiterator}: (is_attribute, key) pairs after the first part. */
    public static final class PyFieldNameIterator extends PyObject implements Iteration.JavaIterator {
        public static final PyType TYPE = PyType.builtinFinal("fieldnameiterator",
                PyFieldNameIterator.class, null);

        private final FieldName field;

        PyFieldNameIterator(FieldName field) {
            super(TYPE);
            this.field = field;
        }

        // CPython: Objects/stringlib/unicode_format.h fieldnameiter_next
        @Override
        public PyObject nextOrNull() {
            FieldName.Accessor a;
            try {
                a = field.next();
            } catch (TextFormatError e) {
                throw raise(e);
            }
            if (a == null) {
                return null;
            }
            PyObject key = !a.isAttribute() && a.index() >= 0 ? PyInt.of(a.index())
                    : PyStr.of(a.name());
            return PyTuple.of(PyBool.of(a.isAttribute()), key);
        }

        @Exposed("__next__($self, /)")
        public PyObject __next__() {
            PyObject v = nextOrNull();
            if (v == null) {
                throw PyExceptions.stopIteration();
            }
            return v;
        }

        @Exposed("__iter__($self, /)")
        public PyObject __iter__() {
            return this;
        }
    }
}
