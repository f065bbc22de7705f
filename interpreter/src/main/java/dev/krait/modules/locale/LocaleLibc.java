package dev.krait.modules.locale;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.VarHandle;

/**
 * The C library's locale and message-catalogue functions, each bound once per JVM, on its
 * first call, through the Foreign Function and Memory API (the handles are immutable and shared
 * by all interpreters, as the locale is one per process, in CPython too).
 *
 * <p>The JVM's launcher sets every locale category from the environment
 * ({@code setlocale(LC_ALL, "")}), while CPython starts with only {@code LC_CTYPE} taken from the
 * environment (coerced to a UTF-8 locale when that is "C" or "POSIX", PEP 538) and every other
 * category "C". So the first use of this class puts the process in CPython's starting state,
 * which is what {@code locale.setlocale(locale.LC_ALL)} then reports.
 * CPython: Python/pylifecycle.c _Py_SetLocaleFromEnv and _Py_CoerceLegacyLocale.
 */
final class LocaleLibc {
    private LocaleLibc() {}

    static final int LC_CTYPE = 0;
    static final int LC_ALL = 6;

    private static final Linker LINKER = Linker.nativeLinker();
    private static final SymbolLookup LOOKUP = LINKER.defaultLookup();
    private static final ValueLayout.OfInt INT = ValueLayout.JAVA_INT;
    private static final ValueLayout.OfLong LONG = ValueLayout.JAVA_LONG;
    private static final ValueLayout PTR = ValueLayout.ADDRESS;
    private static final Linker.Option CAPTURE = Linker.Option.captureCallState("errno");
    private static final MemoryLayout STATE = Linker.Option.captureStateLayout();
    /** errno in {@link #STATE}; a holder, as the handles below, made on its first use. */
    private static final class Errno {
        static final VarHandle H = STATE.varHandle(
                MemoryLayout.PathElement.groupElement("errno"));
    }
    /**
     * glibc's struct lconv: ten char pointers (decimal_point, thousands_sep, grouping,
     * int_curr_symbol, currency_symbol, mon_decimal_point, mon_thousands_sep, mon_grouping,
     * positive_sign, negative_sign), then fourteen chars from int_frac_digits on.
     */
    static final long LCONV_SIZE = 10 * 8 + 14;
    /** The longest C string read back from the library. */
    private static final long MAX_TEXT = 1 << 16;

    // Each function is bound in a holder class of its own, which the JVM initialises on the
    // function's first call: binding a downcall handle spins classes (a stub and its method
    // handles), and most programs that import locale call two or three of these.
    private static final class Setlocale {
        static final MethodHandle H = call("setlocale", FunctionDescriptor.of(PTR, INT, PTR));
    }
    private static final class Localeconv {
        static final MethodHandle H = call("localeconv", FunctionDescriptor.of(PTR));
    }
    private static final class NlLanginfo {
        static final MethodHandle H = call("nl_langinfo", FunctionDescriptor.of(PTR, INT));
    }
    private static final class Wcscoll {
        static final MethodHandle H = call("wcscoll", FunctionDescriptor.of(INT, PTR, PTR));
    }
    private static final class Wcsxfrm {
        static final MethodHandle H = errnoCall("wcsxfrm",
                FunctionDescriptor.of(LONG, PTR, PTR, LONG));
    }
    private static final class Gettext {
        static final MethodHandle H = call("gettext", FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Dgettext {
        static final MethodHandle H = call("dgettext", FunctionDescriptor.of(PTR, PTR, PTR));
    }
    private static final class Dcgettext {
        static final MethodHandle H = call("dcgettext", FunctionDescriptor.of(PTR, PTR, PTR, INT));
    }
    private static final class Textdomain {
        static final MethodHandle H = errnoCall("textdomain", FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Bindtextdomain {
        static final MethodHandle H = errnoCall("bindtextdomain",
                FunctionDescriptor.of(PTR, PTR, PTR));
    }
    private static final class BindTextdomainCodeset {
        static final MethodHandle H = call("bind_textdomain_codeset",
                FunctionDescriptor.of(PTR, PTR, PTR));
    }
    private static final class Strerror {
        static final MethodHandle H = call("strerror", FunctionDescriptor.of(PTR, INT));
    }
    private static final int ENOMEM = 12;
    private static final int EINVAL = 22;
    private static final int ERANGE = 34;

    /** glibc's per-thread errno, which wcsxfrm leaves alone on success. */
    private static final class ErrnoLocation {
        static final MethodHandle H = call("__errno_location", FunctionDescriptor.of(PTR));
    }

    static {
        startAsCPython();
    }

    private static MethodHandle call(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd);
    }

    private static MethodHandle errnoCall(String name, FunctionDescriptor fd) {
        return LINKER.downcallHandle(symbol(name), fd, CAPTURE);
    }

    private static MemorySegment symbol(String name) {
        return LOOKUP.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
    }

    /** CPython's starting locale: LC_CTYPE from the environment (UTF-8 if it is C), rest C. */
    private static void startAsCPython() {
        try (Arena arena = Arena.ofConfined()) {
            setlocale(arena, LC_ALL, "C");
            String ctype = setlocale(arena, LC_CTYPE, "");
            String lcAll = System.getenv("LC_ALL");
            if ((ctype == null || ctype.equals("C") || ctype.equals("POSIX"))
                    && (lcAll == null || lcAll.isEmpty())) {
                // CPython: Python/pylifecycle.c _TARGET_LOCALES
                for (String target : new String[] {"C.UTF-8", "C.utf8", "UTF-8"}) {
                    if (setlocale(arena, LC_CTYPE, target) != null) {
                        break;
                    }
                }
            }
        }
    }

    static MemorySegment text(Arena arena, byte[] utf8) {
        MemorySegment s = arena.allocate(utf8.length + 1L);
        MemorySegment.copy(utf8, 0, s, ValueLayout.JAVA_BYTE, 0, utf8.length);
        s.set(ValueLayout.JAVA_BYTE, utf8.length, (byte) 0);
        return s;
    }

    /** The bytes of a NUL-terminated C string, or null for a NULL pointer. */
    static byte[] bytes(MemorySegment s) {
        if (s.equals(MemorySegment.NULL)) {
            return null;
        }
        MemorySegment r = s.reinterpret(MAX_TEXT);
        int n = 0;
        while (n < MAX_TEXT && r.get(ValueLayout.JAVA_BYTE, n) != 0) {
            n++;
        }
        byte[] b = new byte[n];
        MemorySegment.copy(r, ValueLayout.JAVA_BYTE, 0, b, 0, n);
        return b;
    }

    private static String setlocale(Arena arena, int category, String locale) {
        byte[] b = setlocale(category, locale == null ? MemorySegment.NULL
                : text(arena, locale.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return b == null ? null : new String(b, java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code setlocale(category, locale)}: the locale's name, or null when it fails. */
    static byte[] setlocale(int category, MemorySegment locale) {
        try {
            return bytes((MemorySegment) Setlocale.H.invokeExact(category, locale));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code localeconv()}: the C library's struct lconv. */
    static MemorySegment localeconv() {
        try {
            return ((MemorySegment) Localeconv.H.invokeExact()).reinterpret(LCONV_SIZE);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code nl_langinfo(item)}, or null. */
    static byte[] nlLanginfo(int item) {
        try {
            return bytes((MemorySegment) NlLanginfo.H.invokeExact(item));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** A NUL-terminated wchar_t (UTF-32 on Linux) copy of code points. */
    static MemorySegment wide(Arena arena, int[] cps) {
        MemorySegment s = arena.allocate(ValueLayout.JAVA_INT, cps.length + 1L);
        MemorySegment.copy(cps, 0, s, ValueLayout.JAVA_INT, 0, cps.length);
        s.setAtIndex(ValueLayout.JAVA_INT, cps.length, 0);
        return s;
    }

    static int wcscoll(MemorySegment a, MemorySegment b) {
        try {
            return (int) Wcscoll.H.invokeExact(a, b);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /**
     * {@code wcsxfrm(dest, src, n)}; {@code errno[0]} receives errno as the call left it
     * (cleared first, as CPython clears it), when it is a value wcsxfrm itself sets: EINVAL
     * (POSIX: a character outside the collating sequence), ENOMEM (glibc's buffers) or ERANGE.
     * Any other value was left by the JVM between the clearing and the call, on this thread
     * (a safepoint's futex wait leaves EAGAIN), and stands for 0.
     */
    static long wcsxfrm(Arena arena, MemorySegment dest, MemorySegment src, long n, int[] errno) {
        MemorySegment state = arena.allocate(STATE);
        try {
            ((MemorySegment) ErrnoLocation.H.invokeExact()).reinterpret(4)
                    .set(ValueLayout.JAVA_INT, 0, 0);
            long r = (long) Wcsxfrm.H.invokeExact(state, dest, src, n);
            int e = (int) Errno.H.get(state, 0L);
            errno[0] = e == EINVAL || e == ENOMEM || e == ERANGE ? e : 0;
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] gettext(MemorySegment msg) {
        try {
            return bytes((MemorySegment) Gettext.H.invokeExact(msg));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] dgettext(MemorySegment domain, MemorySegment msg) {
        try {
            return bytes((MemorySegment) Dgettext.H.invokeExact(domain, msg));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] dcgettext(MemorySegment domain, MemorySegment msg, int category) {
        try {
            return bytes((MemorySegment) Dcgettext.H.invokeExact(domain, msg, category));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code textdomain(domain)}; on failure null, with errno in {@code errno[0]}. */
    static byte[] textdomain(Arena arena, MemorySegment domain, int[] errno) {
        MemorySegment state = arena.allocate(STATE);
        try {
            byte[] r = bytes((MemorySegment) Textdomain.H.invokeExact(state, domain));
            errno[0] = (int) Errno.H.get(state, 0L);
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    /** {@code bindtextdomain(domain, dir)}; on failure null, with errno in {@code errno[0]}. */
    static byte[] bindtextdomain(Arena arena, MemorySegment domain, MemorySegment dir,
            int[] errno) {
        MemorySegment state = arena.allocate(STATE);
        try {
            byte[] r = bytes((MemorySegment) Bindtextdomain.H.invokeExact(state, domain, dir));
            errno[0] = (int) Errno.H.get(state, 0L);
            return r;
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static byte[] bindTextdomainCodeset(MemorySegment domain, MemorySegment codeset) {
        try {
            return bytes((MemorySegment) BindTextdomainCodeset.H.invokeExact(domain, codeset));
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    static String strerror(int errno) {
        try {
            byte[] b = bytes((MemorySegment) Strerror.H.invokeExact(errno));
            return b == null ? "Unknown error " + errno
                    : new String(b, java.nio.charset.StandardCharsets.UTF_8);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    private static RuntimeException internal(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}
