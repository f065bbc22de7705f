package dev.krait.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.modules.ProgramRunner;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Each converter of {@link CArgs} against the CPython routine it stands for, over values at and
 * beyond every C boundary, a float, a str and {@code __index__} objects: the outcome ("ok" and
 * the value, or the exception's type and message) must be python3's. CPython's routines are
 * reached through its own test modules ({@code _testcapi.getargs_*} for the format units,
 * {@code _testclinic.*_converter} for Argument Clinic's converters) or a builtin known to use
 * them.
 */
class CArgsTest {
    /** The values, as Python expressions (Idx is a class with {@code __index__}). */
    private static final List<String> VALUES = List.of("0", "1", "-1", "255", "256", "65535",
            "65536", "2**31 - 1", "2**31", "-2**31", "-2**31 - 1", "2**32 - 1", "2**32",
            "2**63 - 1", "2**63", "-2**63", "-2**63 - 1", "2**64 - 1", "2**64", "-2**64", "True",
            "1.5", "'x'", "None", "Idx(7)", "Idx(2**40)", "Idx(2**70)", "Idx(-2**70)");

    private static final String IDX = "class Idx:\n    def __init__(self, v): self.v = v\n"
            + "    def __index__(self): return self.v\n";

    /** A converter and the CPython call that runs the same C routine on {@code x}. */
    private record Case(String name, String python, Function<PyObject, Object> krait) {}

    private static final List<Case> CASES = List.of(
            new Case("asSsizeT", "_testclinic.py_ssize_t_converter(x)", CArgs::asSsizeT),
            new Case("intAsSsizeT", "iter(array.array('b')).__setstate__(x) or x.__index__()",
                    CArgs::intAsSsizeT),
            new Case("asIndexSized/Overflow", "len([] * index(x)) or x.__index__()",
                    o -> CArgs.asIndexSized(o, PyExceptions.OverflowError)),
            new Case("asIndexSized/Index", "index_error(x)",
                    o -> CArgs.asIndexSized(o, PyExceptions.IndexError)),
            new Case("optionalSsizeT", "_testclinic.py_ssize_t_converter(1, 2, x)[2]",
                    o -> CArgs.optionalSsizeT(o, 56)),
            new Case("sliceIndexNotNone", "slice_index(x)", CArgs::sliceIndexNotNone),
            new Case("asLong", "_testclinic.long_converter(x)", CArgs::asLong),
            new Case("asInt", "_testclinic.int_converter(x)", CArgs::asInt),
            new Case("intFormat", "_testcapi.getargs_i(x)", CArgs::intFormat),
            new Case("shortFormat", "_testcapi.getargs_h(x)", CArgs::shortFormat),
            new Case("unsignedByteFormat", "_testcapi.getargs_b(x)", CArgs::unsignedByteFormat),
            new Case("unsignedIntMask", "_testcapi.getargs_I(x)",
                    o -> Integer.toUnsignedLong(CArgs.unsignedIntMask(o))),
            new Case("unsignedLongConverter", "_testclinic.unsigned_long_converter(x)",
                    o -> Long.toUnsignedString(CArgs.unsignedLongConverter(o))),
            new Case("unsignedLongLongConverter",
                    "_testclinic.unsigned_long_long_converter(x)",
                    o -> Long.toUnsignedString(CArgs.unsignedLongLongConverter(o))),
            new Case("unsignedIntConverter", "_testclinic.unsigned_int_converter(x)",
                    CArgs::unsignedIntConverter),
            new Case("unsignedShortConverter", "_testclinic.unsigned_short_converter(x)",
                    CArgs::unsignedShortConverter));

    /** The python3 program: one outcome line per case and value. */
    private static String pythonProgram() {
        StringBuilder b = new StringBuilder("""
                import _testcapi, _testclinic, array, operator
                def first(r):
                    return r[0] if isinstance(r, tuple) else r
                def index(x):
                    # the TypeError of PyNumber_Index, before the sequence's own for a non-int
                    operator.index(x)
                    return x
                def index_error(x):
                    # list subscription: PyNumber_AsSsize_t(x, IndexError); in-range misses
                    # raise the list's own IndexError, which stands for "converted"
                    try:
                        [][index(x)]
                    except IndexError as e:
                        if str(e) == 'list index out of range':
                            return x.__index__()
                        raise
                def slice_index(x):
                    # list.index's start: _PyEval_SliceIndexNotNone, clamped
                    try:
                        [0].index(0, x)
                    except ValueError:
                        pass
                    return max(-2**63, min(x.__index__(), 2**63 - 1))
                def outcome(f):
                    try:
                        return 'ok %s' % (first(f()),)
                    except Exception as e:
                        return '%s: %s' % (type(e).__name__, e)
                """).append(IDX);
        for (Case c : CASES) {
            for (String v : VALUES) {
                b.append("print(outcome(lambda x=").append(v).append(": ").append(c.python)
                        .append("))\n");
            }
        }
        return b.toString();
    }

    @Test
    void everyConverterRaisesWhatCPythonRaises() throws Exception {
        Path script = Files.createTempFile("cargs", ".py");
        List<String> expected;
        try {
            Files.writeString(script, pythonProgram());
            expected = List.of(ProgramRunner.python(script, "").stdout()
                    .split("\n"));
        } finally {
            Files.deleteIfExists(script);
        }
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        PyDict globals = new PyDict();
        PyObject exec = interp.builtins().get(PyStr.of("exec"), null);
        PyObject eval = interp.builtins().get(PyStr.of("eval"), null);
        Ops.call(exec, PyStr.of(IDX), globals);
        List<String> actual = new ArrayList<>();
        for (Case c : CASES) {
            for (String v : VALUES) {
                PyObject o = Ops.call(eval, PyStr.of(v), globals);
                String out;
                try {
                    out = "ok " + c.krait.apply(o);
                } catch (PyException e) {
                    out = e.pythonType().getName() + ": " + Ops.str(e.value).value();
                }
                actual.add(out);
            }
        }
        List<String> labels = new ArrayList<>();
        for (Case c : CASES) {
            for (String v : VALUES) {
                labels.add(c.name + "(" + v + ")");
            }
        }
        for (int i = 0; i < actual.size(); i++) {
            assertEquals(labels.get(i) + " " + expected.get(i),
                    labels.get(i) + " " + actual.get(i));
        }
        assertEquals(expected.size(), actual.size());
    }
}
