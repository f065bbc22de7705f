package dev.krait.modules.builtins;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.math.BigInteger;

/**
 * The builtins about numbers and single objects: {@code abs}, {@code bin}/{@code oct}/
 * {@code hex}, {@code chr}/{@code ord}, {@code divmod}, {@code pow}, {@code round},
 * {@code sum}, {@code hash}, {@code id}, {@code len}, {@code callable}, {@code repr},
 * {@code ascii} and {@code format}. Each dispatches to the object's special method through
 * {@link Ops}, as CPython's builtins call the abstract object API.
 *
 * <p>CPython counterpart: Python/bltinmodule.c ({@code builtin_abs} ... {@code builtin_sum}).
 */
public final class NumberFunctions {
    private NumberFunctions() {}

    @Exposed(value = "abs($module, x, /)", doc = "Return the absolute value of the argument.")
    public static PyObject abs(PyObject x) {
        return Numbers.unary(x, "__abs__", "abs()");
    }

    @Exposed(value = "bin($module, number, /)")
    public static String bin(PyObject number) {
        return withPrefix(Numbers.index(number), 2, "0b");
    }

    @Exposed(value = "oct($module, number, /)")
    public static String oct(PyObject number) {
        return withPrefix(Numbers.index(number), 8, "0o");
    }

    @Exposed(value = "hex($module, number, /)")
    public static String hex(PyObject number) {
        return withPrefix(Numbers.index(number), 16, "0x");
    }

    // CPython: Objects/longobject.c long_format_binary: the sign goes before the prefix
    private static String withPrefix(PyInt v, int radix, String prefix) {
        BigInteger b = v.bigValue();
        String digits = b.abs().toString(radix);
        return (b.signum() < 0 ? "-" : "") + prefix + digits;
    }

    // CPython: Python/bltinmodule.c builtin_chr_impl
    @Exposed(value = "chr($module, i, /)")
    public static PyObject chr(PyObject i) {
        PyInt v = Numbers.index(i);
        if (!v.isSmall() || v.longValue() > Integer.MAX_VALUE
                || v.longValue() < Integer.MIN_VALUE) {
            throw PyExceptions.overflowError("Python int too large to convert to C int");
        }
        long cp = v.longValue();
        if (cp < 0 || cp > 0x10FFFF) {
            throw PyExceptions.valueError("chr() arg not in range(0x110000)");
        }
        return PyStr.ofCodePoint((int) cp);
    }

    // CPython: Python/bltinmodule.c builtin_ord
    @Exposed(value = "ord($module, c, /)")
    public static long ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) {
                throw PyExceptions.typeError("ord() expected a character, but string of length "
                        + s.length() + " found");
            }
            return s.codePointAt(0);
        }
        int n = c instanceof PyBytes b ? b.size() : c instanceof PyByteArray a ? a.size() : -1;
        if (n == 1) {
            return (c instanceof PyBytes b ? b.array()[0] : ((PyByteArray) c).toArray()[0])
                    & 0xFF;
        }
        if (n >= 0) {
            throw PyExceptions.typeError("ord() expected a character, but string of length "
                    + n + " found");
        }
        throw PyExceptions.typeError("ord() expected string of length 1, but "
                + c.type().getName() + " found");
    }

    @Exposed(value = "divmod($module, x, y, /)")
    public static PyObject divmod(PyObject x, PyObject y) {
        return Numbers.binary(x, y, BinaryOp.DIVMOD);
    }

    @Exposed(value = "pow($module, /, base, exp, mod=None)")
    public static PyObject pow(PyObject base, PyObject exp, PyObject mod) {
        if (mod == PyNone.NONE) {
            return Numbers.binary(base, exp, BinaryOp.POW);
        }
        return Numbers.pow3(base, exp, mod);
    }

    // CPython: Python/bltinmodule.c builtin_round_impl
    @Exposed(value = "round($module, /, number, ndigits=None)")
    public static PyObject round(PyObject number, PyObject ndigits) {
        PyObject m = number.type().lookup("__round__");
        if (m == null) {
            throw PyExceptions.typeError("type " + number.type().getName()
                    + " doesn't define __round__ method");
        }
        if (ndigits == PyNone.NONE) {
            return Ops.callDescriptor(m, number);
        }
        return Ops.callDescriptor(m, number, ndigits);
    }

    @Exposed(value = "hash($module, obj, /)")
    public static long hash(PyObject obj) {
        return Ops.hash(obj);
    }

    @Exposed(value = "id($module, obj, /)")
    public static long id(PyObject obj) {
        return Ops.id(obj);
    }

    @Exposed(value = "len($module, obj, /)")
    public static long len(PyObject obj) {
        return Containers.len(obj);
    }

    @Exposed(value = "callable($module, obj, /)")
    public static boolean callable(PyObject obj) {
        return Ops.isCallable(obj);
    }

    @Exposed(value = "repr($module, obj, /)")
    public static PyObject repr(PyObject obj) {
        return Ops.repr(obj);
    }

    // CPython: Objects/object.c PyObject_ASCII: the repr with non-ASCII escaped
    @Exposed(value = "ascii($module, obj, /)")
    public static PyObject ascii(PyObject obj) {
        PyStr r = Ops.repr(obj);
        int n = r.length();
        StringBuilder sb = null;
        for (int i = 0; i < n; i++) {
            int cp = r.codePointAt(i);
            if (cp < 0x80) {
                if (sb != null) {
                    sb.append((char) cp);
                }
                continue;
            }
            if (sb == null) {
                sb = new StringBuilder(n + 16);
                for (int j = 0; j < i; j++) {
                    sb.append((char) r.codePointAt(j));
                }
            }
            if (cp < 0x100) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        }
        return sb == null ? r : PyStr.of(sb.toString());
    }

    // CPython: Objects/abstract.c PyObject_Format
    @Exposed(value = "format($module, value, format_spec='', /)")
    public static PyObject format(PyObject value, PyObject spec) {
        if (!(spec instanceof PyStr)) {
            throw PyExceptions.typeError("format() argument 2 must be str, not "
                    + spec.type().getName());
        }
        return Ops.format(value, (PyStr) spec);
    }

    // CPython: Python/bltinmodule.c builtin_sum_impl: an int loop, then a float loop, then
    // generic addition, each handing over to the next when an item does not fit
    @Exposed(value = "sum($module, iterable, /, start=0)")
    public static PyObject sum(PyObject iterable, PyObject start) {
        if (start instanceof PyStr) {
            throw PyExceptions.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        String startType = start.type().getName();
        if (startType.equals("bytes") || startType.equals("bytearray")) {
            throw PyExceptions.typeError("sum() can't sum " + startType + " [use b''.join(seq) "
                    + "instead]");
        }
        PyObject it = Iteration.iter(iterable);
        PyObject result = start;
        if (result.type() == PyInt.TYPE) {
            // a long while the sum fits (CPython's i_result), a Python int after that
            PyInt big = (PyInt) result;
            boolean small = big.isSmall();
            long acc = small ? big.longValue() : 0;
            while (true) {
                PyObject item = Iteration.next(it);
                if (item == null) {
                    return small ? PyInt.of(acc) : big;
                }
                if (item.type() == PyInt.TYPE || item.type() == PyBool.TYPE) {
                    PyInt i = (PyInt) item;
                    if (small && i.isSmall()) {
                        long r = acc + i.longValue();
                        if (((acc ^ r) & (i.longValue() ^ r)) >= 0) {
                            acc = r;
                            continue;
                        }
                    }
                    if (small) {
                        big = PyInt.of(acc);
                        small = false;
                    }
                    big = PyInt.add(big, i);
                    continue;
                }
                result = Numbers.binary(small ? PyInt.of(acc) : big, item, BinaryOp.ADD);
                break;
            }
        }
        if (result.type() == PyFloat.TYPE) {
            double acc = ((PyFloat) result).value;
            while (true) {
                PyObject item = Iteration.next(it);
                if (item == null) {
                    return new PyFloat(acc);
                }
                if (item.type() == PyFloat.TYPE) {
                    acc += ((PyFloat) item).value;
                    continue;
                }
                if (item instanceof PyInt i && i.isSmall()) {
                    acc += (double) i.longValue();
                    continue;
                }
                result = Numbers.binary(new PyFloat(acc), item, BinaryOp.ADD);
                break;
            }
        }
        for (PyObject item = Iteration.next(it); item != null; item = Iteration.next(it)) {
            result = Numbers.binary(result, item, BinaryOp.ADD);
        }
        return result;
    }
}
