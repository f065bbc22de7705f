package dev.krait.modules.unicodedata;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.unicode.UnicodeData;

/**
 * The {@code unicodedata} module: its functions answer from Unicode 14.0 through a
 * {@link PyUCD} of that version (CPython's functions are shared in the same way between the
 * module and {@code UCD} objects), and {@code ucd_3_2_0} answers from Unicode 3.2.0.
 * CPython's {@code _ucnhash_CAPI} capsule, a C interface for the tokenizer and the
 * {@code namereplace} error handler, has no use in Krait and is left out.
 *
 * <p>CPython counterpart: Modules/unicodedata.c (unicodedata_exec and the module functions).
 */
@NativeModule.Register("unicodedata")
public final class UnicodedataModule implements NativeModule {
    /** The Unicode 14.0 database behind the module functions (immutable, so shared). */
    private static final PyUCD CURRENT = new PyUCD(false);

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("unicodedata");
        ModuleBuilder.addFunctions(m, UnicodedataModule.class);
        m.put("__doc__", PyStr.of("This module provides access to the Unicode Character "
                + "Database which\ndefines character properties for all Unicode characters. "
                + "The data in\nthis database is based on the UnicodeData.txt file version\n"
                + "14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\n"
                + "The module uses the same names and symbols as defined by the\n"
                + "UnicodeData File Format 14.0.0."));
        m.put("UCD", PyUCD.TYPE);
        m.put("unidata_version", PyStr.of(UnicodeData.UNIDATA_VERSION));
        m.put("ucd_3_2_0", new PyUCD(true));
        return m;
    }

    @Exposed(value = "decimal($self, chr, default=<unrepresentable>, /)",
            doc = PyUCD.DECIMAL_DOC)
    public static PyObject decimal(PyObject chr, PyObject dflt) {
        return CURRENT.decimal(chr, dflt);
    }

    @Exposed(value = "digit($self, chr, default=<unrepresentable>, /)", doc = PyUCD.DIGIT_DOC)
    public static PyObject digit(PyObject chr, PyObject dflt) {
        return CURRENT.digit(chr, dflt);
    }

    @Exposed(value = "numeric($self, chr, default=<unrepresentable>, /)",
            doc = PyUCD.NUMERIC_DOC)
    public static PyObject numeric(PyObject chr, PyObject dflt) {
        return CURRENT.numeric(chr, dflt);
    }

    @Exposed(value = "category($self, chr, /)", doc = PyUCD.CATEGORY_DOC)
    public static String category(PyObject chr) {
        return CURRENT.category(chr);
    }

    @Exposed(value = "bidirectional($self, chr, /)", doc = PyUCD.BIDIRECTIONAL_DOC)
    public static String bidirectional(PyObject chr) {
        return CURRENT.bidirectional(chr);
    }

    @Exposed(value = "combining($self, chr, /)", doc = PyUCD.COMBINING_DOC)
    public static long combining(PyObject chr) {
        return CURRENT.combining(chr);
    }

    @Exposed(value = "mirrored($self, chr, /)", doc = PyUCD.MIRRORED_DOC)
    public static long mirrored(PyObject chr) {
        return CURRENT.mirrored(chr);
    }

    @Exposed(value = "east_asian_width($self, chr, /)", doc = PyUCD.EAST_ASIAN_WIDTH_DOC)
    public static String east_asian_width(PyObject chr) {
        return CURRENT.east_asian_width(chr);
    }

    @Exposed(value = "decomposition($self, chr, /)", doc = PyUCD.DECOMPOSITION_DOC)
    public static String decomposition(PyObject chr) {
        return CURRENT.decomposition(chr);
    }

    @Exposed(value = "name($self, chr, default=<unrepresentable>, /)", doc = PyUCD.NAME_DOC)
    public static PyObject name(PyObject chr, PyObject dflt) {
        return CURRENT.name(chr, dflt);
    }

    @Exposed(value = "lookup($self, name, /)", doc = PyUCD.LOOKUP_DOC)
    public static PyObject lookup(PyObject name) {
        return CURRENT.lookup(name);
    }

    @Exposed(value = "is_normalized($self, form, unistr, /)", doc = PyUCD.IS_NORMALIZED_DOC)
    public static boolean is_normalized(PyObject form, PyObject unistr) {
        return CURRENT.is_normalized(form, unistr);
    }

    @Exposed(value = "normalize($self, form, unistr, /)", doc = PyUCD.NORMALIZE_DOC)
    public static PyObject normalize(PyObject form, PyObject unistr) {
        return CURRENT.normalize(form, unistr);
    }
}
