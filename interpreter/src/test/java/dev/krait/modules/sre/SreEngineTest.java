package dev.krait.modules.sre;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Runs the code CPython's re compiler produces for about two thousand (pattern, subject) pairs
 * — CPython's own Lib/test/re_tests.py table, read from the installed CPython, in str, bytes
 * and case-insensitive variants, plus patterns of ours for the opcodes it misses — through
 * Krait's engine, and requires CPython's spans, groups and lastindex for search, match,
 * fullmatch, finditer and a search with pos/endpos. python3 writes the cases and its results
 * (sre_cases.py beside this test), so every expectation comes from CPython.
 */
class SreEngineTest {
    private static List<String> generate() throws IOException, InterruptedException {
        Path script = Files.createTempFile("sre_cases", ".py");
        try (InputStream in = SreEngineTest.class.getResourceAsStream("sre_cases.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            Process p = new ProcessBuilder("python3", "-X", "utf8", script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new AssertionError("python3 failed");
            }
            return out.lines().toList();
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static int[] ints(String csv) {
        if (csv.isEmpty()) {
            return new int[0];
        }
        String[] parts = csv.split(",");
        int[] r = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            r[i] = Integer.parseInt(parts[i]);
        }
        return r;
    }

    private static PyObject text(boolean bytes, String csv) {
        int[] v = ints(csv);
        if (!bytes) {
            return PyStr.fromCodePoints(v);
        }
        byte[] b = new byte[v.length];
        for (int i = 0; i < v.length; i++) {
            b[i] = (byte) v[i];
        }
        return PyBytes.of(b);
    }

    /** The tail of a line after its tag and one space ("" when nothing follows). */
    private static String rest(String line) {
        int sp = line.indexOf(' ');
        return sp < 0 ? "" : line.substring(sp + 1);
    }

    private static String spans(PyObject m) {
        if (m == PyNone.NONE) {
            return "-";
        }
        PyMatch match = (PyMatch) m;
        PyObject li = match.getLastindex();
        StringBuilder sb = new StringBuilder();
        sb.append(li == PyNone.NONE ? -1 : ((PyInt) li).longValue());
        for (int g = 0; g < match.groups; g++) {
            sb.append('|').append(match.start(PyInt.of(g))).append(',')
                    .append(match.end(PyInt.of(g)));
        }
        return sb.toString();
    }

    private static String run(PyPattern p, String op, PyObject subject, int length) {
        switch (op) {
            case "search":
                return spans(p.search(subject, null, null));
            case "match":
                return spans(p.match(subject, null, null));
            case "fullmatch":
                return spans(p.fullmatch(subject, null, null));
            case "search@2":
                return spans(p.search(subject, PyInt.of(2), PyInt.of(Math.max(length - 1, 0))));
            case "finditer": {
                PyScanner sc = (PyScanner) p.scanner(subject, null, null);
                List<String> all = new ArrayList<>();
                for (PyObject m = sc.search(); m != PyNone.NONE; m = sc.search()) {
                    all.add(spans(m));
                }
                return all.isEmpty() ? "=" : String.join(";", all);
            }
            default:
                throw new AssertionError(op);
        }
    }

    private static List<String> lines;

    private static synchronized List<String> cases() throws Exception {
        if (lines == null) {
            lines = generate();
        }
        return lines;
    }

    /** Mutated code: refused exactly when CPython refuses it, else run as CPython runs it. */
    @Test
    void validatesAndRunsMutatedCodeAsCPythonDoes() throws Exception {
        List<String> lines = cases();
        List<String> failures = new ArrayList<>();
        int programs = 0;
        int refused = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("FUZZ ")) {
                continue;
            }
            String[] head = rest(lines.get(i)).split(" ", 3);
            String[] subj = rest(lines.get(i + 1)).split(" ", -1);
            String expected = rest(lines.get(i + 2));
            List<PyObject> code = new ArrayList<>();
            for (String w : head[2].split(" ")) {
                code.add(PyInt.of(Long.parseLong(w)));
            }
            int groups = Integer.parseInt(head[1]);
            PyObject[] indexgroup = new PyObject[groups + 1];
            java.util.Arrays.fill(indexgroup, PyNone.NONE);
            PyObject subject = text(subj[0].equals("1"), subj[1]);
            PyObject pattern = head[0].equals("1") ? PyBytes.EMPTY : PyStr.EMPTY;
            String actual;
            try {
                PyPattern p = (PyPattern) SreModule.compile(pattern, PyInt.of(32),
                        new PyList(code), PyInt.of(groups), new PyDict(),
                        new PyTuple(indexgroup));
                try {
                    actual = spans(p.search(subject, null, null));
                } catch (PyException e) {
                    actual = "raised " + e.pythonType().getName();
                }
            } catch (PyException e) {
                actual = e.pythonType() == PyExceptions.RuntimeError ? "invalid"
                        : "compile " + e.pythonType().getName();
            }
            programs++;
            if (actual.equals("invalid")) {
                refused++;
            }
            if (!expected.equals(actual)) {
                failures.add(head[2] + " on " + subj[1] + ": expected " + expected + ", got "
                        + actual);
            }
        }
        System.out.println("SreEngineTest: " + programs + " mutated programs, " + refused
                + " refused as invalid, " + failures.size() + " differ from CPython");
        assertTrue(programs > 2000, "python3 wrote the mutated programs");
        assertEquals(List.of(), failures.subList(0, Math.min(20, failures.size())));
    }

    @Test
    void matchesCPythonOnItsOwnTestTable() throws Exception {
        List<String> lines = cases();
        List<String> failures = new ArrayList<>();
        int cases = 0;
        int checks = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("CASE ")) {
                continue;
            }
            String label = rest(lines.get(i));
            String[] pat = rest(lines.get(i + 1)).split(" ", -1);
            String[] words = rest(lines.get(i + 2)).split(" ");
            String gi = rest(lines.get(i + 3));
            String[] subj = rest(lines.get(i + 4)).split(" ", -1);
            List<PyObject> code = new ArrayList<>();
            for (String w : words) {
                code.add(PyInt.of(Long.parseLong(w)));
            }
            PyDict groupindex = new PyDict();
            int groups = Integer.parseInt(pat[2]);
            PyObject[] indexgroup = new PyObject[groups + 1];
            java.util.Arrays.fill(indexgroup, PyNone.NONE);
            if (!gi.isEmpty()) {
                for (String entry : gi.split(" ")) {
                    String[] kv = entry.split(":");
                    PyObject name = text(false, kv[0]);
                    groupindex.setItem(name, PyInt.of(Integer.parseInt(kv[1])));
                    indexgroup[Integer.parseInt(kv[1])] = name;
                }
            }
            boolean bytes = pat[0].equals("1");
            PyPattern p = (PyPattern) SreModule.compile(text(bytes, pat[3]),
                    PyInt.of(Integer.parseInt(pat[1])), new PyList(code), PyInt.of(groups),
                    groupindex, new PyTuple(indexgroup));
            PyObject subject = text(subj[0].equals("1"), subj[1]);
            int length = ints(subj[1]).length;
            cases++;
            for (int k = i + 5; k < lines.size() && !lines.get(k).startsWith("CASE ")
                    && !lines.get(k).startsWith("FUZZ "); k++) {
                String line = lines.get(k);
                int sp = line.indexOf(' ');
                String op = line.substring(0, sp);
                String expected = line.substring(sp + 1);
                String actual;
                try {
                    actual = run(p, op, subject, length);
                } catch (RuntimeException e) {
                    actual = "raised " + e;
                }
                checks++;
                if (!expected.equals(actual)) {
                    failures.add(label + " " + op + ": expected " + expected + ", got "
                            + actual);
                }
            }
        }
        System.out.println("SreEngineTest: " + cases + " pattern/subject cases, " + checks
                + " results compared with CPython, " + failures.size() + " differ");
        assertTrue(cases > 1500, "python3 wrote the cases");
        assertEquals(List.of(), failures.subList(0, Math.min(40, failures.size())));
    }
}
