package dev.krait.modules.posix;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;

/**
 * {@code posix._path_normpath}, which 3.11's {@code posixpath.normpath} calls when the module
 * has it: the path normalised in one pass over its code points, rewriting them in place as
 * CPython's C function does, so that every corner (a leading {@code "./"}, exactly two leading
 * slashes, {@code ".."} above the root, a NUL, kept as any other character) comes out the
 * same.
 *
 * <p>CPython counterpart: Python/fileutils.c {@code _Py_normpath_and_size} (POSIX branch) and
 * Modules/posixmodule.c {@code os__path_normpath_impl}.
 */
public final class NormPath {
    private NormPath() {}

    private static final int SEP = '/';

    @Exposed(value = "_path_normpath($module, /, path)", doc = "Basic path normalization.")
    public static PyObject _path_normpath(PyObject path) {
        if (!(path instanceof PyStr s)) {
            throw PyExceptions.typeError("expected 'str', not '" + path.type().getName() + "'");
        }
        int[] cps = s.value().codePoints().toArray();
        // a NUL-terminated copy, as the C code reads one past the end in places
        int[] buf = java.util.Arrays.copyOf(cps, cps.length + 1);
        int[] range = normalize(buf, cps.length);
        return PyStr.of(new String(buf, range[0], range[1] - range[0]));
    }

    /**
     * Normalises {@code p[0..size)} in place; returns {start, end} of the result (start moves
     * past a leading "./").
     */
    // CPython: Python/fileutils.c _Py_normpath_and_size (3.11.4 and later: the length is
    // given, so a NUL is an ordinary character)
    static int[] normalize(int[] p, int size) {
        if (size == 0) {
            return new int[] {0, size};
        }
        int start = 0;
        int p1 = 0;
        int p2 = 0;
        int minP2 = 0;
        int lastC = 0;
        if (p[0] == '.' && isSep(p, 1)) {
            // skip a leading "./" and the separators after it
            start = 2;
            while (start < size && p[start] == SEP) {
                start++;
            }
            p1 = p2 = minP2 = start;
            lastC = SEP;
        } else if (isSep(p, 0) && isSep(p, 1) && !isSep(p, 2)) {
            // exactly two leading separators are kept (POSIX leaves their meaning open)
            p2 = 2;
            p1 = 2;
            minP2 = 1;
            lastC = SEP;
        }
        for (; p1 != size; p1++) {
            int c = p[p1];
            if (lastC == SEP) {
                if (c == '.') {
                    boolean sepAt1 = p1 + 1 == size || p[p1 + 1] == SEP;
                    boolean sepAt2 = !sepAt1 && (p1 + 2 == size || p[p1 + 2] == SEP);
                    if (sepAt2 && p[p1 + 1] == '.') {
                        // "..": drop the previous segment, unless there is none to drop
                        int p3 = p2;
                        while (p3 != minP2 && p[--p3] == SEP) { }
                        while (p3 != minP2 && p[p3 - 1] != SEP) {
                            --p3;
                        }
                        if (p2 == minP2
                                || (p[p3] == '.' && p[p3 + 1] == '.' && p[p3 + 2] == SEP)) {
                            p[p2++] = '.';
                            p[p2++] = '.';
                            lastC = '.';
                        } else if (p[p3] == SEP) {
                            p2 = p3 + 1;
                        } else {
                            p2 = p3;
                        }
                        p1 += 1;
                    } else if (!sepAt1) {
                        p[p2++] = c;
                        lastC = c;
                    }
                } else if (c != SEP) {
                    p[p2++] = c;
                    lastC = c;
                }
            } else {
                p[p2++] = c;
                lastC = c;
            }
        }
        int end = p2;
        if (end != minP2) {
            // trailing separators go
            while (--end != minP2 && p[end] == SEP) { }
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean isSep(int[] p, int i) {
        return p[i] == SEP;
    }
}
