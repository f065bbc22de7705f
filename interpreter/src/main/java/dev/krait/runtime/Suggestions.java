package dev.krait.runtime;

import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Ops;
import dev.krait.objects.PyAttributeError;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyNameError;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTraceback;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The "Did you mean: 'x'?" that 3.11 adds to an uncaught NameError or AttributeError: the
 * closest name by CPython's weighted Levenshtein distance among the frame's locals, globals and
 * builtins, or the object's {@code dir()}.
 *
 * <p>CPython counterpart: Python/suggestions.c.
 */
final class Suggestions {
    private Suggestions() {}

    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    static String offer(PyBaseException e) {
        try {
            if (e.type() == PyExceptions.AttributeError) {
                return forAttribute(e);
            }
            if (e.type() == PyExceptions.NameError) {
                return forName(e);
            }
        } catch (PyException ignored) {
            return null;
        }
        return null;
    }

    private static String forAttribute(PyBaseException e) {
        if (!(e instanceof PyAttributeError ae)) {
            return null;
        }
        PyObject name = ae.name;
        PyObject obj = ae.obj;
        if (!(name instanceof PyStr n) || n.type() != PyStr.TYPE || obj == null) {
            return null;
        }
        PyObject dirFn = Attributes.lookupAttrOrNull(obj, "__dir__");
        List<PyObject> dir = dirFn == null ? Iteration.toList(Attributes.defaultDir(obj))
                : Iteration.toList(Ops.call(dirFn));
        return calculate(dir, n.value());
    }

    private static String forName(PyBaseException e) {
        PyObject name = e instanceof PyNameError ne ? ne.name : null;
        if (!(name instanceof PyStr n) || n.type() != PyStr.TYPE || e.traceback == null) {
            return null;
        }
        PyTraceback tb = e.traceback;
        while (tb.next != null) {
            tb = tb.next;
        }
        PyFrame frame = tb.frame;
        List<PyObject> varnames = new ArrayList<>();
        for (String v : frame.code.varnames) {
            varnames.add(PyStr.of(v));
        }
        String s = calculate(varnames, n.value());
        if (s != null) {
            return s;
        }
        s = calculate(frame.globals.keyList(), n.value());
        if (s != null) {
            return s;
        }
        return frame.builtins instanceof PyDict builtins
                ? calculate(builtins.keyList(), n.value()) : null;
    }

    private static String calculate(List<PyObject> dir, String name) {
        if (dir.size() >= MAX_CANDIDATE_ITEMS) {
            return null;
        }
        long best = Long.MAX_VALUE;
        String suggestion = null;
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        for (PyObject item : dir) {
            if (!(item instanceof PyStr s)) {
                continue;
            }
            String candidate = s.value();
            if (candidate.equals(name)) {
                continue;
            }
            byte[] itemBytes = candidate.getBytes(StandardCharsets.UTF_8);
            long maxDistance = (long) (nameBytes.length + itemBytes.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, best - 1);
            long d = distance(nameBytes, itemBytes, maxDistance);
            if (d > maxDistance) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = candidate;
                best = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) {
            return MOVE_COST;
        }
        if (a == b) {
            return 0;
        }
        if (a >= 'A' && a <= 'Z') {
            a += 'a' - 'A';
        }
        if (b >= 'A' && b <= 'Z') {
            b += 'a' - 'A';
        }
        return a == b ? CASE_COST : MOVE_COST;
    }

    private static long distance(byte[] a0, byte[] b0, long maxCost) {
        int aStart = 0;
        int bStart = 0;
        int aSize = a0.length;
        int bSize = b0.length;
        while (aSize > 0 && bSize > 0 && a0[aStart] == b0[bStart]) {
            aStart++;
            bStart++;
            aSize--;
            bSize--;
        }
        while (aSize > 0 && bSize > 0 && a0[aStart + aSize - 1] == b0[bStart + bSize - 1]) {
            aSize--;
            bSize--;
        }
        if (aSize == 0 || bSize == 0) {
            return (long) (aSize + bSize) * MOVE_COST;
        }
        if (aSize > MAX_STRING_SIZE || bSize > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        byte[] a = a0;
        byte[] b = b0;
        if (bSize < aSize) {
            byte[] t = a;
            a = b;
            b = t;
            int ts = aStart;
            aStart = bStart;
            bStart = ts;
            int tz = aSize;
            aSize = bSize;
            bSize = tz;
        }
        if ((long) (bSize - aSize) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        long[] buffer = new long[aSize];
        long tmp = MOVE_COST;
        for (int i = 0; i < aSize; i++) {
            buffer[i] = tmp;
            tmp += MOVE_COST;
        }
        long result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bStart + bi];
            long distance = result = (long) bi * MOVE_COST;
            long minimum = Long.MAX_VALUE;
            for (int index = 0; index < aSize; index++) {
                long substitute = distance + substitutionCost(code, a[aStart + index]);
                distance = buffer[index];
                long insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[index] = result;
                if (result < minimum) {
                    minimum = result;
                }
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }
}
