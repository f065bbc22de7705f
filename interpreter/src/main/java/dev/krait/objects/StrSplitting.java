package dev.krait.objects;

import dev.krait.unicode.UnicodeData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The methods of {@code str} that cut it into parts: {@code split} and {@code rsplit} (on white
 * space or on a separator), {@code splitlines} (on every Unicode line boundary) and
 * {@code partition}/{@code rpartition}.
 *
 * <p>CPython counterpart: Objects/stringlib/split.h ({@code split_whitespace},
 * {@code rsplit_whitespace}, {@code split}, {@code rsplit}, {@code splitlines}) and
 * Objects/stringlib/partition.h.
 */
public final class StrSplitting {
    private StrSplitting() {}

    private static int maxsplit(PyObject maxsplit) {
        long m = StrLayout.ssize(maxsplit);
        return m < 0 || m > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) m;
    }

    private static PyStr separator(PyObject sep) {
        if (!(sep instanceof PyStr s)) {
            throw PyExceptions.typeError("must be str or None, not " + sep.type().getName());
        }
        if (s.length() == 0) {
            throw PyExceptions.valueError("empty separator");
        }
        return s;
    }

    @Exposed("split($self, /, sep=None, maxsplit=-1)")
    public static PyObject split(PyStr self, PyObject sep, PyObject maxsplit) {
        int max = maxsplit(maxsplit);
        List<PyObject> out = new ArrayList<>();
        if (sep == PyNone.NONE) {
            int n = self.length();
            int i = 0;
            while (max-- > 0) {
                while (i < n && StrPredicates.isSpace(self.codePointAt(i))) {
                    i++;
                }
                if (i == n) {
                    break;
                }
                int j = i;
                while (j < n && !StrPredicates.isSpace(self.codePointAt(j))) {
                    j++;
                }
                out.add(self.substring(i, j));
                i = j;
            }
            while (i < n && StrPredicates.isSpace(self.codePointAt(i))) {
                i++;
            }
            if (i != n) {
                out.add(self.substring(i, n));
            }
            return new PyList(out);
        }
        out.addAll(PyStr.splitOn(self, separator(sep), max == Integer.MAX_VALUE ? -1 : max));
        return new PyList(out);
    }

    @Exposed("rsplit($self, /, sep=None, maxsplit=-1)")
    public static PyObject rsplit(PyStr self, PyObject sep, PyObject maxsplit) {
        int max = maxsplit(maxsplit);
        List<PyObject> out = new ArrayList<>();
        int j = self.length();
        if (sep == PyNone.NONE) {
            while (max-- > 0) {
                while (j > 0 && StrPredicates.isSpace(self.codePointAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j;
                while (i > 0 && !StrPredicates.isSpace(self.codePointAt(i - 1))) {
                    i--;
                }
                out.add(self.substring(i, j));
                j = i;
            }
            while (j > 0 && StrPredicates.isSpace(self.codePointAt(j - 1))) {
                j--;
            }
            if (j != 0) {
                out.add(self.substring(0, j));
            }
        } else {
            PyStr s = separator(sep);
            int m = s.length();
            while (max-- > 0) {
                int at = StrMethods.rfind(self, s, 0, j);
                if (at < 0) {
                    break;
                }
                out.add(self.substring(at + m, j));
                j = at;
            }
            out.add(self.substring(0, j));
        }
        Collections.reverse(out);
        return new PyList(out);
    }

    @Exposed("splitlines($self, /, keepends=False)")
    public static PyObject splitlines(PyStr self, PyObject keepends) {
        boolean keep = StrLayout.cInt(keepends) != 0;
        if (self.isSimple()) {
            return splitlinesSimple(self, keep);
        }
        List<PyObject> out = new ArrayList<>();
        int n = self.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !UnicodeData.isLinebreak(self.codePointAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                if (self.codePointAt(j) == '\r' && j + 1 < n && self.codePointAt(j + 1) == '\n') {
                    j += 2;
                } else {
                    j++;
                }
                if (keep) {
                    eol = j;
                }
            }
            out.add(self.substring(i, eol));
            i = j;
        }
        return new PyList(out);
    }

    /**
     * {@link #splitlines} of a str whose chars are its code points: one pass over the Java
     * string. A str without a line break is its own only line (CPython:
     * Objects/stringlib/split.h STRINGLIB(splitlines) appends an exact str itself).
     */
    private static PyObject splitlinesSimple(PyStr self, boolean keep) {
        String v = self.value();
        int n = v.length();
        List<PyObject> out = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !UnicodeData.isLinebreak(v.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                j += v.charAt(j) == '\r' && j + 1 < n && v.charAt(j + 1) == '\n' ? 2 : 1;
                if (keep) {
                    eol = j;
                }
            }
            if (i == 0 && eol == n && self.type() == PyStr.TYPE) {
                out.add(self);
            } else {
                out.add(PyStr.ofNoSurrogates(v.substring(i, eol)));
            }
            i = j;
        }
        return new PyList(out);
    }

    private static PyStr partitionSeparator(PyObject sep) {
        if (!(sep instanceof PyStr s)) {
            throw PyExceptions.typeError("must be str, not " + sep.type().getName());
        }
        if (s.length() == 0) {
            throw PyExceptions.valueError("empty separator");
        }
        return s;
    }

    @Exposed("partition($self, sep, /)")
    public static PyObject partition(PyStr self, PyObject sep) {
        PyStr s = partitionSeparator(sep);
        int at = StrMethods.find(self, s, 0, self.length());
        if (at < 0) {
            return PyTuple.of(self.__str__(), PyStr.EMPTY, PyStr.EMPTY);
        }
        return PyTuple.of(self.substring(0, at), s.__str__(),
                self.substring(at + s.length(), self.length()));
    }

    @Exposed("rpartition($self, sep, /)")
    public static PyObject rpartition(PyStr self, PyObject sep) {
        PyStr s = partitionSeparator(sep);
        int at = StrMethods.rfind(self, s, 0, self.length());
        if (at < 0) {
            return PyTuple.of(PyStr.EMPTY, PyStr.EMPTY, self.__str__());
        }
        return PyTuple.of(self.substring(0, at), s.__str__(),
                self.substring(at + s.length(), self.length()));
    }
}
