package dev.krait.differential;

import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Attributes;
import dev.krait.objects.Containers;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Krait's half of {@link SetDifferentialTest}: reads the batch {@code SetDifferentialTest.DRIVER}
 * reads, runs it through Krait's set, frozenset and hash implementations (the Python-level
 * methods, through {@link Ops}), and prints what the Python driver prints. It runs in a JVM of
 * its own because the str hash key is made once per process from {@code PYTHONHASHSEED}.
 */
public final class SetOpsDriver {
    private final List<PyObject> pool = new ArrayList<>();
    private final Map<String, PyObject> sets = new HashMap<>();
    private final PrintStream out;

    private SetOpsDriver(PrintStream out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        SetOpsDriver driver = new SetOpsDriver(out);
        String section = "";
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            if (line.startsWith("=== ")) {
                section = line.substring(4);
            } else if (!line.isEmpty()) {
                driver.run(section, line);
            }
        }
        out.flush();
    }

    private void run(String section, String line) {
        switch (section) {
            case "pool" -> pool.add(value(line));
            case "hashes" -> out.println(attempt(() -> PyInt.of(Ops.hash(hashed(line)))));
            default -> op(line.split(" "));
        }
    }

    /** The literal forms the Python driver decodes too. */
    static PyObject value(String text) {
        String body = text.substring(2);
        return switch (text.charAt(0)) {
            case 'i' -> PyInt.of(new BigInteger(body));
            case 'f' -> new PyFloat(Double.longBitsToDouble(Long.parseUnsignedLong(body, 16)));
            case 'c' -> {
                String[] parts = body.split(",");
                yield new PyComplex(Double.longBitsToDouble(Long.parseUnsignedLong(parts[0], 16)),
                        Double.longBitsToDouble(Long.parseUnsignedLong(parts[1], 16)));
            }
            case 's' -> {
                String[] parts = body.isEmpty() ? new String[0] : body.split(",");
                int[] cps = new int[parts.length];
                for (int i = 0; i < cps.length; i++) {
                    cps[i] = Integer.parseInt(parts[i], 16);
                }
                yield PyStr.fromCodePoints(cps);
            }
            default -> throw new IllegalArgumentException(text);
        };
    }

    /** A pool index, or a tuple or frozenset of pool indices ({@code t:1,2}, {@code z:3,4}). */
    private PyObject hashed(String text) {
        if (text.startsWith("c:") || text.startsWith("s:")) {
            return value(text);
        }
        if (text.startsWith("t:") || text.startsWith("z:")) {
            List<PyObject> items = items(text.substring(2));
            return text.charAt(0) == 't' ? PyTuple.ofList(items) : PyFrozenSet.of(new PyList(items));
        }
        return pool.get(Integer.parseInt(text));
    }

    private List<PyObject> items(String csv) {
        List<PyObject> items = new ArrayList<>();
        if (!csv.equals("-")) {
            for (String i : csv.split(",")) {
                items.add(pool.get(Integer.parseInt(i)));
            }
        }
        return items;
    }

    private static BinaryOp binaryOp(String symbol) {
        return switch (symbol) {
            case "|" -> BinaryOp.OR;
            case "&" -> BinaryOp.AND;
            case "-" -> BinaryOp.SUB;
            case "^" -> BinaryOp.XOR;
            default -> throw new IllegalArgumentException(symbol);
        };
    }

    private static CompareOp compareOp(String symbol) {
        for (CompareOp op : CompareOp.values()) {
            if (op.symbol.equals(symbol)) {
                return op;
            }
        }
        throw new IllegalArgumentException(symbol);
    }

    private void op(String[] t) {
        String a = t[1];
        String result = attempt(() -> switch (t[0]) {
            case "new" -> put(a, Ops.call(PySet.TYPE, new PyList(items(t[2]))));
            case "frozen" -> put(a, Ops.call(PyFrozenSet.TYPE, get(t[2])));
            case "frozenl" -> put(a, Ops.call(PyFrozenSet.TYPE, new PyList(items(t[2]))));
            case "call" -> {
                PyObject method = Attributes.getAttr(get(a), t[2]);
                PyObject[] args = new PyObject[t.length - 3];
                for (int i = 3; i < t.length; i++) {
                    args[i - 3] = pool.get(Integer.parseInt(t[i]));
                }
                yield Ops.call(method, args);
            }
            case "calls" -> {
                PyObject method = Attributes.getAttr(get(a), t[2]);
                PyObject[] args = new PyObject[t.length - 3];
                for (int i = 3; i < t.length; i++) {
                    args[i - 3] = get(t[i]);
                }
                yield Ops.call(method, args);
            }
            case "calll" -> {
                PyObject method = Attributes.getAttr(get(a), t[2]);
                PyObject[] args = new PyObject[t.length - 3];
                for (int i = 3; i < t.length; i++) {
                    args[i - 3] = new PyList(items(t[i]));
                }
                yield Ops.call(method, args);
            }
            case "bin" -> put(a, Numbers.binary(get(t[3]), get(t[4]), binaryOp(t[2])));
            case "binl" -> Numbers.binary(get(a), new PyList(items(t[3])), binaryOp(t[2]));
            case "rbinl" -> Numbers.binary(new PyList(items(t[3])), get(a), binaryOp(t[2]));
            case "inp" -> put(a, Numbers.inplace(get(a), get(t[3]), binaryOp(t[2])));
            case "inpl" -> put(a, Numbers.inplace(get(a), new PyList(items(t[3])),
                    binaryOp(t[2])));
            case "cmp" -> Ops.richCompare(get(a), get(t[3]), compareOp(t[2]));
            case "in" -> PyBool.of(Containers.contains(get(a), pool.get(Integer.parseInt(t[2]))));
            case "ins" -> PyBool.of(Containers.contains(get(a), get(t[2])));
            case "view" -> put(a, Numbers.binary(keys(t[3]), PySet.of(items(t[4])),
                    binaryOp(t[2])));
            case "rview" -> put(a, Numbers.binary(PySet.of(items(t[4])), keys(t[3]),
                    binaryOp(t[2])));
            case "lview" -> put(a, Numbers.binary(keys(t[3]), new PyList(items(t[4])),
                    binaryOp(t[2])));
            case "iview" -> put(a, Numbers.binary(dict(t[3]).items(), dict(t[4]).items(),
                    binaryOp(t[2])));
            case "vcmp" -> Ops.richCompare(keys(t[3]), PySet.of(items(t[4])),
                    compareOp(t[2]));
            case "vdis" -> Ops.callMethod(keys(t[2]), "isdisjoint", new PyList(items(t[3])));
            case "hash" -> PyInt.of(Ops.hash(get(a)));
            case "len" -> PyInt.of(Containers.len(get(a)));
            case "iter" -> {
                PyObject s = get(a);
                PyObject it = Iteration.iter(s);
                List<PyObject> seen = new ArrayList<>();
                for (PyObject x = Iteration.next(it); x != null; x = Iteration.next(it)) {
                    seen.add(x);
                    if (t.length > 2) {
                        Ops.callMethod(s, "add", pool.get(Integer.parseInt(t[2])));
                    }
                }
                yield new PyList(seen);
            }
            default -> throw new IllegalArgumentException(t[0]);
        });
        PyObject s = sets.get(a);
        out.println(result + " -> " + (s == null ? "?" : attempt(() -> s)));
    }

    /** {@code dict(zip(items, range(n)))}. */
    private PyDict dict(String csv) {
        PyDict d = new PyDict();
        List<PyObject> keys = items(csv);
        for (int i = 0; i < keys.size(); i++) {
            d.setItem(keys.get(i), PyInt.of(i));
        }
        return d;
    }

    private PyObject keys(String csv) {
        return dict(csv).keys();
    }

    /** A named set; a missing name raises KeyError as the Python driver's dict does. */
    private PyObject get(String name) {
        PyObject s = sets.get(name);
        if (s == null) {
            throw PyExceptions.keyError(PyStr.of(name));
        }
        return s;
    }

    private PyObject put(String name, PyObject value) {
        sets.put(name, value);
        return value;
    }

    private interface Step {
        PyObject run();
    }

    /** The repr of the result, or the exception's type name and args, as the Python driver shows. */
    private static String attempt(Step step) {
        try {
            return Ops.repr(step.run()).value();
        } catch (PyException e) {
            return "!" + e.value.type().getName() + ": "
                    + Ops.repr(Attributes.getAttr(e.value, "args")).value();
        }
    }
}
