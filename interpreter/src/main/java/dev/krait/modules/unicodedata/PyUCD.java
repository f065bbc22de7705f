package dev.krait.modules.unicodedata;

import dev.krait.objects.BufferExporter;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyMemoryView;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.unicode.NormalizationForm;
import dev.krait.unicode.Unicode320;
import dev.krait.unicode.UnicodeData;
import java.nio.charset.StandardCharsets;

/**
 * {@code unicodedata.UCD}: one version of the Unicode character database. CPython has a single
 * set of functions that serve both as the module's functions (answering from Unicode 14.0) and as
 * the methods of {@code UCD} objects, of which there is one, {@code unicodedata.ucd_3_2_0}
 * (answering from Unicode 3.2.0 for IDNA and stringprep). Krait does the same: the module's
 * functions call the methods of a Unicode 14.0 instance that programs never see.
 * Programs cannot create instances ({@code TypeError}, as CPython's
 * Py_TPFLAGS_DISALLOW_INSTANTIATION).
 *
 * <p>CPython counterpart: Modules/unicodedata.c (the functions taking {@code self}, which is
 * the module or a UCD object, told apart by {@code UCD_Check}).
 */
public final class PyUCD extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("UCD", PyUCD.class, null)
            .withModule("unicodedata");

    /** The longest name lookup() reads, in UTF-8 bytes (CPython's NAME_MAXLEN). */
    private static final int NAME_MAXLEN = 256;

    static final String DECIMAL_DOC = "Converts a Unicode character into its equivalent decimal "
            + "value.\n\nReturns the decimal value assigned to the character chr as integer.\n"
            + "If no such value is defined, default is returned, or, if not given,\n"
            + "ValueError is raised.";
    static final String DIGIT_DOC = "Converts a Unicode character into its equivalent digit "
            + "value.\n\nReturns the digit value assigned to the character chr as integer.\n"
            + "If no such value is defined, default is returned, or, if not given,\n"
            + "ValueError is raised.";
    static final String NUMERIC_DOC = "Converts a Unicode character into its equivalent numeric "
            + "value.\n\nReturns the numeric value assigned to the character chr as float.\n"
            + "If no such value is defined, default is returned, or, if not given,\n"
            + "ValueError is raised.";
    static final String CATEGORY_DOC =
            "Returns the general category assigned to the character chr as string.";
    static final String BIDIRECTIONAL_DOC = "Returns the bidirectional class assigned to the "
            + "character chr as string.\n\nIf no such value is defined, an empty string is "
            + "returned.";
    static final String COMBINING_DOC = "Returns the canonical combining class assigned to the "
            + "character chr as integer.\n\nReturns 0 if no combining class is defined.";
    static final String MIRRORED_DOC = "Returns the mirrored property assigned to the character "
            + "chr as integer.\n\nReturns 1 if the character has been identified as a "
            + "\"mirrored\"\ncharacter in bidirectional text, 0 otherwise.";
    static final String EAST_ASIAN_WIDTH_DOC =
            "Returns the east asian width assigned to the character chr as string.";
    static final String DECOMPOSITION_DOC = "Returns the character decomposition mapping "
            + "assigned to the character chr as string.\n\nAn empty string is returned in case "
            + "no such mapping is defined.";
    static final String IS_NORMALIZED_DOC = "Return whether the Unicode string unistr is in the "
            + "normal form 'form'.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and "
            + "'NFKD'.";
    static final String NORMALIZE_DOC = "Return the normal form 'form' for the Unicode string "
            + "unistr.\n\nValid values for form are 'NFC', 'NFKC', 'NFD', and 'NFKD'.";
    static final String NAME_DOC = "Returns the name assigned to the character chr as a string."
            + "\n\nIf no name is defined, default is returned, or, if not given,\nValueError is "
            + "raised.";
    static final String LOOKUP_DOC = "Look up character by name.\n\nIf a character with the "
            + "given name is found, return the\ncorresponding character.  If not found, "
            + "KeyError is raised.";

    /** Whether this is {@code ucd_3_2_0}; otherwise the current (14.0) database. */
    private final boolean unicode320;

    PyUCD(boolean unicode320) {
        super(TYPE);
        this.unicode320 = unicode320;
    }

    @Exposed.Getter("unidata_version")
    public String unidataVersion() {
        return unicode320 ? Unicode320.UNIDATA_VERSION : UnicodeData.UNIDATA_VERSION;
    }

    /**
     * The {@code chr} argument: a str of exactly one character. Functions of one argument say
     * "argument", of more "argument 1", as Argument Clinic words it.
     * CPython: Modules/clinic/unicodedata.c.h, the {@code int(accept={str})} conversion.
     */
    private static int character(String fn, boolean alone, PyObject chr) {
        if (chr instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        String got = chr == PyNone.NONE ? "None" : chr.type().getName();
        throw PyExceptions.typeError(fn + "() argument" + (alone ? "" : " 1")
                + " must be a unicode character, not " + got);
    }

    @Exposed(value = "decimal($self, chr, default=<unrepresentable>, /)", doc = DECIMAL_DOC)
    public PyObject decimal(PyObject chr, PyObject dflt) {
        int cp = character("decimal", false, chr);
        int value = unicode320 ? Unicode320.decimal(cp) : UnicodeData.decimal(cp);
        if (value < 0) {
            return orDefault(dflt, "not a decimal");
        }
        return PyInt.of(value);
    }

    @Exposed(value = "digit($self, chr, default=<unrepresentable>, /)", doc = DIGIT_DOC)
    public PyObject digit(PyObject chr, PyObject dflt) {
        // CPython: Modules/unicodedata.c unicodedata_UCD_digit_impl has no 3.2.0 branch.
        int value = UnicodeData.digit(character("digit", false, chr));
        if (value < 0) {
            return orDefault(dflt, "not a digit");
        }
        return PyInt.of(value);
    }

    @Exposed(value = "numeric($self, chr, default=<unrepresentable>, /)", doc = NUMERIC_DOC)
    public PyObject numeric(PyObject chr, PyObject dflt) {
        int cp = character("numeric", false, chr);
        double value = unicode320 ? Unicode320.numeric(cp) : UnicodeData.numeric(cp);
        if (Double.isNaN(value)) {
            return orDefault(dflt, "not a numeric character");
        }
        return new PyFloat(value);
    }

    private static PyObject orDefault(PyObject dflt, String message) {
        if (dflt == null) {
            throw PyExceptions.valueError(message);
        }
        return dflt;
    }

    @Exposed(value = "category($self, chr, /)", doc = CATEGORY_DOC)
    public String category(PyObject chr) {
        int cp = character("category", true, chr);
        return unicode320 ? Unicode320.category(cp) : UnicodeData.category(cp);
    }

    @Exposed(value = "bidirectional($self, chr, /)", doc = BIDIRECTIONAL_DOC)
    public String bidirectional(PyObject chr) {
        int cp = character("bidirectional", true, chr);
        return unicode320 ? Unicode320.bidirectional(cp) : UnicodeData.bidirectional(cp);
    }

    @Exposed(value = "combining($self, chr, /)", doc = COMBINING_DOC)
    public long combining(PyObject chr) {
        int cp = character("combining", true, chr);
        return unicode320 ? Unicode320.combining(cp) : UnicodeData.combining(cp);
    }

    @Exposed(value = "mirrored($self, chr, /)", doc = MIRRORED_DOC)
    public long mirrored(PyObject chr) {
        int cp = character("mirrored", true, chr);
        return (unicode320 ? Unicode320.isMirrored(cp) : UnicodeData.isMirrored(cp)) ? 1 : 0;
    }

    @Exposed(value = "east_asian_width($self, chr, /)", doc = EAST_ASIAN_WIDTH_DOC)
    public String east_asian_width(PyObject chr) {
        int cp = character("east_asian_width", true, chr);
        return unicode320 ? Unicode320.eastAsianWidth(cp) : UnicodeData.eastAsianWidth(cp);
    }

    @Exposed(value = "decomposition($self, chr, /)", doc = DECOMPOSITION_DOC)
    public String decomposition(PyObject chr) {
        int cp = character("decomposition", true, chr);
        return unicode320 ? Unicode320.decomposition(cp) : UnicodeData.decomposition(cp);
    }

    @Exposed(value = "name($self, chr, default=<unrepresentable>, /)", doc = NAME_DOC)
    public PyObject name(PyObject chr, PyObject dflt) {
        int cp = character("name", false, chr);
        String name = unicode320 ? Unicode320.name(cp) : UnicodeData.name(cp);
        if (name == null) {
            return orDefault(dflt, "no such name");
        }
        return PyStr.of(name);
    }

    /** CPython: Modules/unicodedata.c unicodedata_UCD_lookup_impl. */
    @Exposed(value = "lookup($self, name, /)", doc = LOOKUP_DOC)
    public PyObject lookup(PyObject name) {
        String text;
        int utf8Length;
        if (name instanceof PyStr s) {
            text = s.value();
            // CPython reads the name as UTF-8 ("s#"), so a lone surrogate fails here.
            utf8Length = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict").length;
        } else if (name instanceof PyBytes b) {
            // Only ASCII bytes can match a name; Latin-1 keeps every other byte a non-match.
            text = new String(b.array(), StandardCharsets.ISO_8859_1);
            utf8Length = b.array().length;
        } else if (name instanceof BufferExporter || name instanceof PyMemoryView) {
            throw PyExceptions.typeError("lookup() argument must be read-only bytes-like "
                    + "object, not " + name.type().getName());
        } else {
            throw PyExceptions.typeError("a bytes-like object is required, not '"
                    + (name == PyNone.NONE ? "NoneType" : name.type().getName()) + "'");
        }
        if (utf8Length > NAME_MAXLEN) {
            throw PyExceptions.keyError(PyStr.of("name too long"));
        }
        String found = unicode320 ? Unicode320.lookup(text) : UnicodeData.lookup(text);
        if (found == null) {
            throw PyExceptions.keyError(PyStr.of("undefined character name '"
                    + shownName(name, text) + "'"));
        }
        return PyStr.of(found);
    }

    /** The name as CPython's "%s" shows it: up to its first NUL, as UTF-8 text. */
    private static String shownName(PyObject name, String text) {
        String shown = name instanceof PyBytes b
                ? new String(b.array(), StandardCharsets.UTF_8) : text;
        int nul = shown.indexOf('\0');
        return nul < 0 ? shown : shown.substring(0, nul);
    }

    private static NormalizationForm form(PyObject form) {
        NormalizationForm f = NormalizationForm.named(((PyStr) form).value());
        if (f == null) {
            throw PyExceptions.valueError("invalid normalization form");
        }
        return f;
    }

    private static PyStr strArgument(String fn, String which, PyObject o) {
        if (o instanceof PyStr s) {
            return s;
        }
        String got = o == PyNone.NONE ? "None" : o.type().getName();
        throw PyExceptions.typeError(fn + "() " + which + " must be str, not " + got);
    }

    /** CPython: Modules/unicodedata.c unicodedata_UCD_is_normalized_impl. */
    @Exposed(value = "is_normalized($self, form, unistr, /)", doc = IS_NORMALIZED_DOC)
    public boolean is_normalized(PyObject form, PyObject unistr) {
        strArgument("is_normalized", "argument 1", form);
        String s = strArgument("is_normalized", "argument 2", unistr).value();
        if (s.isEmpty()) {
            return true;
        }
        NormalizationForm f = form(form);
        return unicode320 ? Unicode320.isNormalized(f, s) : UnicodeData.isNormalized(f, s);
    }

    /** CPython: Modules/unicodedata.c unicodedata_UCD_normalize_impl. */
    @Exposed(value = "normalize($self, form, unistr, /)", doc = NORMALIZE_DOC)
    public PyObject normalize(PyObject form, PyObject unistr) {
        strArgument("normalize", "argument 1", form);
        PyStr input = strArgument("normalize", "argument 2", unistr);
        String s = input.value();
        if (s.isEmpty()) {
            return input;
        }
        NormalizationForm f = form(form);
        String result = unicode320 ? Unicode320.normalize(f, s) : UnicodeData.normalize(f, s);
        return result == s ? input : PyStr.of(result);
    }
}
