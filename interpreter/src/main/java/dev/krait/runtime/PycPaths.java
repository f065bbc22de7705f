package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.nio.file.Path;

/**
 * Where a source file's compiled form would be cached: the {@code __cached__} of the modules the
 * {@link Importer}'s Java search loads before importlib runs (importlib's own specs compute it
 * themselves). Krait's import of a source module neither reads nor writes that file (its
 * parsed-module cache, {@link ModuleCache}, does that work); the name is what CPython's
 * {@code __cached__} holds, and what {@code py_compile}, {@code compileall} and importlib's
 * loaders use.
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap_external.py {@code cache_from_source} and
 * {@code _get_cached}.
 */
final class PycPaths {
    /** The suffix of source files ({@code SOURCE_SUFFIXES}). */
    static final String SOURCE_SUFFIX = ".py";
    /** The suffix of compiled files ({@code BYTECODE_SUFFIXES}). */
    static final String BYTECODE_SUFFIX = ".pyc";

    /** The length of importlib's header before the marshalled code. */
    static final int HEADER_LENGTH = 16;
    /**
     * The low two bytes of importlib's {@code MAGIC_NUMBER} (3495 for 3.11), by which a main
     * file not named {@code .pyc} is recognised as compiled before importlib is imported, as
     * CPython's {@code maybe_pyc_file} does; the whole number is then read from importlib.
     */
    static final int MAGIC_LOW_HALF = 3495;

    private PycPaths() {}

    /** Whether {@code origin} names a compiled file (loaded by SourcelessFileLoader). */
    static boolean isBytecode(String origin) {
        return origin.endsWith(BYTECODE_SUFFIX);
    }

    /**
     * A module's {@code __cached__} for a file {@code origin}: the cache file of a source file,
     * the file itself for a compiled one, else null; null too when
     * {@code sys.implementation.cache_tag} is None.
     * CPython: Lib/importlib/_bootstrap_external.py _get_cached.
     */
    static String cached(Interpreter interp, String origin) {
        if (isBytecode(origin)) {
            return origin;
        }
        if (!origin.endsWith(SOURCE_SUFFIX)) {
            return null;
        }
        return cacheFromSource(interp, origin);
    }

    // CPython: Lib/importlib/_bootstrap_external.py cache_from_source (optimization=None)
    private static String cacheFromSource(Interpreter interp, String source) {
        PyObject impl = interp.sysAttribute("implementation");
        PyObject tag = impl == null ? null : Attributes.lookupAttrOrNull(impl, "cache_tag");
        if (!(tag instanceof PyStr t)) {
            return null;
        }
        int slash = source.lastIndexOf('/');
        String head = slash < 0 ? "" : source.substring(0, slash);
        String tail = source.substring(slash + 1);
        int dot = tail.lastIndexOf('.');
        // rpartition('.'): the part before the last dot, else the part after it
        String base = dot <= 0 ? tail.substring(dot + 1) : tail.substring(0, dot);
        StringBuilder file = new StringBuilder(base).append('.').append(t.value());
        int optimize = optimizeLevel(interp);
        if (optimize > 0) {
            file.append(".opt-").append(optimize);
        }
        file.append(BYTECODE_SUFFIX);
        PyObject prefix = interp.sysAttribute("pycache_prefix");
        if (prefix instanceof PyStr p) {
            // a parallel tree under the prefix, rooted at the source's absolute folder
            String absolute = Path.of(head.isEmpty() ? "." : head).isAbsolute() ? head
                    : Path.of("").toAbsolutePath() + (head.isEmpty() ? "" : "/" + head);
            String stripped = absolute.startsWith("/") ? absolute.substring(1) : absolute;
            return join(join(p.value(), stripped), file.toString());
        }
        return join(join(head, "__pycache__"), file.toString());
    }

    /** {@code _path_join} of two parts (an empty head adds nothing). */
    private static String join(String head, String tail) {
        if (head.isEmpty()) {
            return tail;
        }
        return head.endsWith("/") ? head + tail : head + "/" + tail;
    }

    private static int optimizeLevel(Interpreter interp) {
        PyObject flags = interp.sysAttribute("flags");
        PyObject level = flags == null ? null : Attributes.lookupAttrOrNull(flags, "optimize");
        return level instanceof PyInt i && i.isSmall() ? (int) i.longValue() : 0;
    }
}
