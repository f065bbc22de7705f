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
        if (sep != PyNone.NONE) {
            PyStr s = separator(sep);
            return new PyList(self.isSimple() && s.isSimple()
                    ? splitText(self.value(), s.value(), max)
                    : new ArrayList<PyObject>(
                            PyStr.splitOn(self, s, max == Integer.MAX_VALUE ? -1 : max)));
        }
        if (self.isSimple()) {
            return new PyList(splitWhitespace(self.value(), max));
        }
        List<PyObject> out = new ArrayList<>();
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

    /**
     * {@code split()} of a text without surrogate units, whose chars are its code points: the
     * parts are cut from the Java string directly, and hold no surrogate either.
     */
    // CPython: Objects/stringlib/split.h split_whitespace
    private static List<PyObject> splitWhitespace(String v, int max) {
        List<PyObject> out = new ArrayList<>();
        int n = v.length();
        int i = 0;
        while (max-- > 0) {
            while (i < n && StrPredicates.isSpace(v.charAt(i))) {
                i++;
            }
            if (i == n) {
                break;
            }
            int j = i + 1;
            while (j < n && !StrPredicates.isSpace(v.charAt(j))) {
                j++;
            }
            out.add(PyStr.ofNoSurrogates(v.substring(i, j)));
            i = j;
        }
        while (i < n && StrPredicates.isSpace(v.charAt(i))) {
            i++;
        }
        if (i != n) {
            out.add(PyStr.ofNoSurrogates(v.substring(i, n)));
        }
        return out;
    }

    /**
     * {@code split(sep, maxsplit)} of a text and a separator without surrogate units: found by
     * the Java string's search (a text with no surrogate unit has its code points as chars).
     */
    // CPython: Objects/stringlib/split.h split, split_char
    private static List<PyObject> splitText(String v, String sep, int max) {
        List<PyObject> out = new ArrayList<>();
        int m = sep.length();
        int start = 0;
        if (m == 1) {
            char c = sep.charAt(0);
            for (int at; max > 0 && (at = v.indexOf(c, start)) >= 0; max--) {
                out.add(PyStr.ofNoSurrogates(v.substring(start, at)));
                start = at + 1;
            }
        } else {
            for (int at; max > 0 && (at = v.indexOf(sep, start)) >= 0; max--) {
                out.add(PyStr.ofNoSurrogates(v.substring(start, at)));
                start = at + m;
            }
        }
        out.add(PyStr.ofNoSurrogates(v.substring(start)));
        return out;
    }

    @Exposed("rsplit($self, /, sep=None, maxsplit=-1)")
    public static PyObject rsplit(PyStr self, PyObject sep, PyObject maxsplit) {
        int max = maxsplit(maxsplit);
        List<PyObject> out = new ArrayList<>();
        int j = self.length();
        if (sep == PyNone.NONE && self.isSimple()) {
            // chars are code points: cut from the Java string, parts without surrogates
            String v = self.value();
            while (max-- > 0) {
                while (j > 0 && StrPredicates.isSpace(v.charAt(j - 1))) {
                    j--;
                }
                if (j == 0) {
                    break;
                }
                int i = j - 1;
                while (i > 0 && !StrPredicates.isSpace(v.charAt(i - 1))) {
                    i--;
                }
                out.add(PyStr.ofNoSurrogates(v.substring(i, j)));
                j = i;
            }
            while (j > 0 && StrPredicates.isSpace(v.charAt(j - 1))) {
                j--;
            }
            if (j != 0) {
                out.add(PyStr.ofNoSurrogates(v.substring(0, j)));
            }
        } else if (sep == PyNone.NONE) {
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
