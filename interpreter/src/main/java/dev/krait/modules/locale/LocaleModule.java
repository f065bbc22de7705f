package dev.krait.modules.locale;

import dev.krait.modules.ModuleBuilder;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code _locale}: the C library's locale as CPython exposes it on Linux, so that
 * {@code locale.setlocale}, {@code localeconv}, {@code format_string}, {@code strcoll},
 * {@code getpreferredencoding} and {@code gettext}'s C functions answer as in CPython: every
 * function calls the same C function CPython calls (through {@link LocaleLibc}), and texts
 * coming back are decoded as CPython's {@code PyUnicode_DecodeLocale} decodes them in UTF-8
 * locales (UTF-8, surrogateescape).
 *
 * <p>CPython counterpart: Modules/_localemodule.c.
 */
@NativeModule.Register("_locale")
public final class LocaleModule implements NativeModule {
    private static final int CHAR_MAX = 127;

    /** The nl_langinfo keys CPython knows on Linux, with glibc's values, in CPython's order. */
    private static final Object[] LANGINFO = {
        "DAY_1", 0x20007, "DAY_2", 0x20008, "DAY_3", 0x20009, "DAY_4", 0x2000A,
        "DAY_5", 0x2000B, "DAY_6", 0x2000C, "DAY_7", 0x2000D,
        "ABDAY_1", 0x20000, "ABDAY_2", 0x20001, "ABDAY_3", 0x20002, "ABDAY_4", 0x20003,
        "ABDAY_5", 0x20004, "ABDAY_6", 0x20005, "ABDAY_7", 0x20006,
        "MON_1", 0x2001A, "MON_2", 0x2001B, "MON_3", 0x2001C, "MON_4", 0x2001D,
        "MON_5", 0x2001E, "MON_6", 0x2001F, "MON_7", 0x20020, "MON_8", 0x20021,
        "MON_9", 0x20022, "MON_10", 0x20023, "MON_11", 0x20024, "MON_12", 0x20025,
        "ABMON_1", 0x2000E, "ABMON_2", 0x2000F, "ABMON_3", 0x20010, "ABMON_4", 0x20011,
        "ABMON_5", 0x20012, "ABMON_6", 0x20013, "ABMON_7", 0x20014, "ABMON_8", 0x20015,
        "ABMON_9", 0x20016, "ABMON_10", 0x20017, "ABMON_11", 0x20018, "ABMON_12", 0x20019,
        "RADIXCHAR", 0x10000, "THOUSEP", 0x10001, "CRNCYSTR", 0x4000F,
        "D_T_FMT", 0x20028, "D_FMT", 0x20029, "T_FMT", 0x2002A, "AM_STR", 0x20026,
        "PM_STR", 0x20027, "CODESET", 14, "T_FMT_AMPM", 0x2002B, "ERA", 0x2002C,
        "ERA_D_FMT", 0x2002E, "ERA_D_T_FMT", 0x20030, "ERA_T_FMT", 0x20031,
        "ALT_DIGITS", 0x2002F, "YESEXPR", 0x50000, "NOEXPR", 0x50001, "_DATE_FMT", 0x2006C,
    };

    /** The module's exception class, per interpreter. */
    static final class State {
        final PyType error;

        State() {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("locale"));
            error = (PyType) Ops.call(PyType.TYPE, PyStr.of("Error"),
                    PyTuple.of(PyExceptions.Exception), ns);
        }
    }

    private static PyException error(String message) {
        State st = ThreadState.current().interpreter.state(State.class, State::new);
        return ((PyBaseException) Ops.call(st.error, PyStr.of(message))).raise();
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_locale");
        ModuleBuilder.addFunctions(m, LocaleModule.class);
        m.put("__doc__", PyStr.of("Support for POSIX locales."));
        String[] categories = {"LC_CTYPE", "LC_NUMERIC", "LC_TIME", "LC_COLLATE", "LC_MONETARY",
            "LC_MESSAGES", "LC_ALL"};
        for (int i = 0; i < categories.length; i++) {
            m.put(categories[i], PyInt.of(i));
        }
        m.put("CHAR_MAX", PyInt.of(CHAR_MAX));
        m.put("Error", interpreter.state(State.class, State::new).error);
        for (int i = 0; i < LANGINFO.length; i += 2) {
            m.put((String) LANGINFO[i], PyInt.of((Integer) LANGINFO[i + 1]));
        }
        return m;
    }

    // ---- arguments and results ---------------------------------------------------------------

    /** An {@code int} argument, as Argument Clinic's {@code _PyLong_AsInt} reads it. */
    private static int cInt(PyObject o) {
        PyInt i = Numbers.index(o);
        if (!i.isSmall() || i.longValue() > Integer.MAX_VALUE
                || i.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    /** A {@code str} argument as UTF-8 for C, refusing embedded NULs. */
    private static byte[] cText(String fn, String which, String expected, PyObject o) {
        if (!(o instanceof PyStr s)) {
            String got = o == PyNone.NONE ? "None" : o.type().getName();
            throw PyExceptions.typeError(fn + "() " + which + " must be " + expected + ", not "
                    + got);
        }
        byte[] b = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        return b;
    }

    /** A {@code str(accept={str, NoneType})} argument: NULL for None. */
    private static MemorySegment optionalText(Arena arena, String fn, String which,
            PyObject o) {
        if (o == PyNone.NONE) {
            return MemorySegment.NULL;
        }
        return LocaleLibc.text(arena, cText(fn, which, "str or None", o));
    }

    /** A C string from the library as str (PyUnicode_DecodeLocale in a UTF-8 locale). */
    private static PyStr decoded(byte[] b) {
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    /** The code points of a str argument for wchar_t, refusing embedded NULs. */
    private static int[] wideText(String fn, String which, PyObject o) {
        if (!(o instanceof PyStr s)) {
            String got = o == PyNone.NONE ? "None" : o.type().getName();
            throw PyExceptions.typeError(fn + "() " + which + " must be str, not " + got);
        }
        int[] cps = s.codePoints();
        for (int cp : cps) {
            if (cp == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        return cps;
    }

    private static PyException osError(int errno) {
        PyObject e = Ops.call(PyExceptions.OSError, PyInt.of(errno),
                PyStr.of(LocaleLibc.strerror(errno)));
        return ((PyBaseException) e).raise();
    }

    // ---- the locale --------------------------------------------------------------------------

    // CPython: Modules/_localemodule.c _locale_setlocale_impl
    @Exposed(value = "setlocale($module, category, locale=<unrepresentable>, /)",
            doc = "Activates/queries locale processing.")
    public static PyObject setlocale(PyObject category, PyObject locale) {
        int c = cInt(category);
        try (Arena arena = Arena.ofConfined()) {
            if (locale == null || locale == PyNone.NONE) {
                byte[] result = LocaleLibc.setlocale(c, MemorySegment.NULL);
                if (result == null) {
                    throw error("locale query failed");
                }
                return decoded(result);
            }
            MemorySegment name = LocaleLibc.text(arena,
                    cText("setlocale", "argument 2", "str or None", locale));
            byte[] result = LocaleLibc.setlocale(c, name);
            if (result == null) {
                throw error("unsupported locale setting");
            }
            return decoded(result);
        }
    }

    // CPython: Modules/_localemodule.c _locale_localeconv_impl
    @Exposed(value = "localeconv($module, /)",
            doc = "Returns numeric and monetary locale-specific parameters.")
    public static PyObject localeconv() {
        MemorySegment lc = LocaleLibc.localeconv();
        PyDict result = new PyDict();
        String[] monetary = {"int_curr_symbol", "currency_symbol", "mon_decimal_point",
            "mon_thousands_sep"};
        for (int i = 0; i < monetary.length; i++) {
            result.setItem(PyStr.of(monetary[i]), string(lc, 3 + i));
        }
        result.setItem(PyStr.of("mon_grouping"), grouping(lc, 7));
        result.setItem(PyStr.of("positive_sign"), string(lc, 8));
        result.setItem(PyStr.of("negative_sign"), string(lc, 9));
        String[] chars = {"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
            "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"};
        for (int i = 0; i < chars.length; i++) {
            result.setItem(PyStr.of(chars[i]), PyInt.of(lc.get(ValueLayout.JAVA_BYTE, 80 + i)));
        }
        result.setItem(PyStr.of("decimal_point"), string(lc, 0));
        result.setItem(PyStr.of("thousands_sep"), string(lc, 1));
        result.setItem(PyStr.of("grouping"), grouping(lc, 2));
        return result;
    }

    /** The string at pointer field {@code field} of struct lconv. */
    private static PyStr string(MemorySegment lc, int field) {
        byte[] b = LocaleLibc.bytes(lc.get(ValueLayout.ADDRESS, field * 8L));
        return decoded(b == null ? new byte[0] : b);
    }

    /**
     * A grouping string as a list: each byte up to and including the terminating 0 or
     * CHAR_MAX; an empty string is an empty list.
     * CPython: Modules/_localemodule.c copy_grouping
     */
    private static PyList grouping(MemorySegment lc, int field) {
        byte[] b = LocaleLibc.bytes(lc.get(ValueLayout.ADDRESS, field * 8L));
        List<PyObject> items = new ArrayList<>();
        if (b != null && b.length > 0) {
            int i = 0;
            while (true) {
                int v = i < b.length ? b[i] : 0;
                items.add(PyInt.of(v));
                if (v == 0 || v == CHAR_MAX) {
                    break;
                }
                i++;
            }
        }
        return new PyList(items);
    }

    // CPython: Modules/_localemodule.c _locale_strcoll_impl
    @Exposed(value = "strcoll($module, os1, os2, /)",
            doc = "Compares two strings according to the locale.")
    public static long strcoll(PyObject os1, PyObject os2) {
        int[] a = wideText("strcoll", "argument 1", os1);
        int[] b = wideText("strcoll", "argument 2", os2);
        try (Arena arena = Arena.ofConfined()) {
            return LocaleLibc.wcscoll(LocaleLibc.wide(arena, a), LocaleLibc.wide(arena, b));
        }
    }

    // CPython: Modules/_localemodule.c _locale_strxfrm_impl
    @Exposed(value = "strxfrm($module, string, /)",
            doc = "Return a string that can be used as a key for locale-aware comparisons.")
    public static PyObject strxfrm(PyObject string) {
        int[] s = wideText("strxfrm", "argument", string);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment src = LocaleLibc.wide(arena, s);
            long n1 = s.length + 1L;
            MemorySegment buf = arena.allocate(ValueLayout.JAVA_INT, n1);
            int[] errno = new int[1];
            long n2 = LocaleLibc.wcsxfrm(arena, buf, src, n1, errno);
            if (errno[0] != 0 && errno[0] != 34) {  // ERANGE is expected when too small
                throw osError(errno[0]);
            }
            if (n2 >= n1) {
                buf = arena.allocate(ValueLayout.JAVA_INT, n2 + 1);
                n2 = LocaleLibc.wcsxfrm(arena, buf, src, n2 + 1, errno);
                if (errno[0] != 0) {
                    throw osError(errno[0]);
                }
            }
            int[] out = new int[(int) n2];
            MemorySegment.copy(buf, ValueLayout.JAVA_INT, 0, out, 0, out.length);
            return PyStr.fromCodePoints(out);
        }
    }

    // CPython: Modules/_localemodule.c _locale_nl_langinfo_impl
    @Exposed(value = "nl_langinfo($module, key, /)",
            doc = "Return the value for the locale information associated with key.")
    public static PyObject nl_langinfo(PyObject key) {
        int item = cInt(key);
        for (int i = 1; i < LANGINFO.length; i += 2) {
            if ((Integer) LANGINFO[i] == item) {
                byte[] b = LocaleLibc.nlLanginfo(item);
                return decoded(b == null ? new byte[0] : b);
            }
        }
        throw PyExceptions.valueError("unsupported langinfo constant");
    }

    // CPython: Python/fileutils.c _Py_GetLocaleEncoding
    @Exposed(value = "getencoding($module, /)", doc = "Get the current locale encoding.")
    public static PyObject getencoding() {
        byte[] b = LocaleLibc.nlLanginfo(14);
        if (b == null || b.length == 0) {
            return PyStr.of("utf-8");
        }
        return decoded(b);
    }

    // ---- message catalogues ------------------------------------------------------------------

    @Exposed(value = "gettext($module, msg, /)",
            doc = "gettext(msg) -> string\n\nReturn translation of msg.")
    public static PyObject gettext(PyObject msg) {
        byte[] m = cText("gettext", "argument", "str", msg);
        try (Arena arena = Arena.ofConfined()) {
            return decoded(LocaleLibc.gettext(LocaleLibc.text(arena, m)));
        }
    }

    @Exposed(value = "dgettext($module, domain, msg, /)",
            doc = "dgettext(domain, msg) -> string\n\nReturn translation of msg in domain.")
    public static PyObject dgettext(PyObject domain, PyObject msg) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment d = optionalText(arena, "dgettext", "argument 1", domain);
            MemorySegment m = LocaleLibc.text(arena, cText("dgettext", "argument 2", "str", msg));
            return decoded(LocaleLibc.dgettext(d, m));
        }
    }

    @Exposed(value = "dcgettext($module, domain, msg, category, /)",
            doc = "Return translation of msg in domain and category.")
    public static PyObject dcgettext(PyObject domain, PyObject msg, PyObject category) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment d = optionalText(arena, "dcgettext", "argument 1", domain);
            MemorySegment m = LocaleLibc.text(arena,
                    cText("dcgettext", "argument 2", "str", msg));
            return decoded(LocaleLibc.dcgettext(d, m, cInt(category)));
        }
    }

    @Exposed(value = "textdomain($module, domain, /)",
            doc = "Set the C library's textdmain to domain, returning the new domain.")
    public static PyObject textdomain(PyObject domain) {
        try (Arena arena = Arena.ofConfined()) {
            int[] errno = new int[1];
            byte[] result = LocaleLibc.textdomain(arena,
                    optionalText(arena, "textdomain", "argument", domain), errno);
            if (result == null) {
                throw osError(errno[0]);
            }
            return decoded(result);
        }
    }

    // CPython: Modules/_localemodule.c _locale_bindtextdomain_impl
    @Exposed(value = "bindtextdomain($module, domain, dir, /)",
            doc = "Bind the C library's domain to dir.")
    public static PyObject bindtextdomain(PyObject domain, PyObject dir) {
        byte[] d = cText("bindtextdomain", "argument 1", "str", domain);
        if (d.length == 0) {
            throw error("domain must be a non-empty string");
        }
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment dirname = dir == PyNone.NONE ? MemorySegment.NULL
                    : LocaleLibc.text(arena, fsPath(dir));
            int[] errno = new int[1];
            byte[] result = LocaleLibc.bindtextdomain(arena, LocaleLibc.text(arena, d),
                    dirname, errno);
            if (result == null) {
                throw osError(errno[0]);
            }
            return decoded(result);
        }
    }

    /** A path argument as bytes (PyUnicode_FSConverter: str, bytes or os.PathLike). */
    private static byte[] fsPath(PyObject dir) {
        PyObject path = dir;
        if (!(path instanceof PyStr) && !(path instanceof PyBytes)) {
            PyObject fspath = path.type().lookup("__fspath__");
            if (fspath == null) {
                throw PyExceptions.typeError("expected str, bytes or os.PathLike object, not "
                        + path.type().getName());
            }
            path = Ops.call(fspath, path);
            if (!(path instanceof PyStr) && !(path instanceof PyBytes)) {
                throw PyExceptions.typeError("expected " + dir.type().getName()
                        + ".__fspath__() to return str or bytes, not "
                        + path.type().getName());
            }
        }
        byte[] b = path instanceof PyStr s
                ? StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape")
                : ((PyBytes) path).array();
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        return b;
    }

    @Exposed(value = "bind_textdomain_codeset($module, domain, codeset, /)",
            doc = "Bind the C library's domain to codeset.")
    public static PyObject bind_textdomain_codeset(PyObject domain, PyObject codeset) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment d = LocaleLibc.text(arena,
                    cText("bind_textdomain_codeset", "argument 1", "str", domain));
            MemorySegment c = optionalText(arena, "bind_textdomain_codeset", "argument 2",
                    codeset);
            byte[] result = LocaleLibc.bindTextdomainCodeset(d, c);
            return result == null ? PyNone.NONE : decoded(result);
        }
    }
}
