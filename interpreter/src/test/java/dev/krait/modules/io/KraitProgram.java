package dev.krait.modules.io;

import dev.krait.compiler.Compiler;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.ExposedTable;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyByteArray;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a Python program on Krait's compiler and evaluator with {@code _io} importable as a
 * global and a {@code show(f)} builtin that records {@code repr(f())} or the exception, the
 * same as the Python side's {@code show} in {@link Oracle}. Until the builtins module exists,
 * the few builtins the programs use are put in by hand here.
 */
final class KraitProgram {
    private static final List<String> SHOWN = new ArrayList<>();

    private KraitProgram() {}

    @Exposed("show(f, /)")
    public static PyObject show(PyObject f) {
        try {
            PyObject v = Ops.call(f);
            SHOWN.add(Ops.repr(v).value());
            return v;
        } catch (PyException e) {
            if (!e.matches(PyExceptions.Exception)) {
                throw e;
            }
            SHOWN.add(e.value.type().getName() + ": " + Ops.str(e.value).value());
            return dev.krait.objects.PyNone.NONE;
        }
    }

    @Exposed("line(s, /)")
    public static void line(PyObject s) {
        SHOWN.add(Ops.str(s).value());
    }

    @Exposed("repr(obj, /)")
    public static PyObject repr(PyObject o) {
        return Ops.repr(o);
    }

    @Exposed("len(obj, /)")
    public static long len(PyObject o) {
        return Containers.len(o);
    }

    /** Runs {@code source} (with the Oracle's prelude names D and P) and returns its lines. */
    static synchronized List<String> run(String source, String dir) {
        SHOWN.clear();
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        installBuiltins(interp);
        PyDict b = interp.builtins();
        PyObject io = IoModule.module(interp);
        b.setItem(PyStr.of("open"), Attributes.getAttr(io, "open"));
        PyDict g = new PyDict();
        g.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
        g.setItem(PyStr.of("_io"), io);
        g.setItem(PyStr.of("D"), PyStr.of(dir));
        String prelude = "def P(name): return D + '/' + name\n";
        PyCode code = Compiler.compile(Parser.parse(prelude + source, "<test>",
                Parser.Mode.EXEC), "<test>", Parser.Mode.EXEC);
        interp.exec(code, g, g);
        IoModule.flushStandardStreams(interp);
        return new ArrayList<>(SHOWN);
    }

    /** The builtins these tests use, until Krait has its builtins module. */
    static void installBuiltins(Interpreter interp) {
        PyDict b = interp.builtins();
        for (PyType t : PyExceptions.ALL) {
            b.setItem(PyStr.of(t.getName()), t);
        }
        for (PyType t : new PyType[] {PyBytes.TYPE, PyByteArray.TYPE, PyStr.TYPE, PyInt.TYPE,
            PyList.TYPE, PyTuple.TYPE}) {
            b.setItem(PyStr.of(t.getName()), t);
        }
        for (String name : new String[] {"show", "line", "repr", "len"}) {
            put(b, name);
        }
    }

    private static void put(PyDict builtins, String name) {
        try {
            ExposedTable table = ExposedTable.of(KraitProgram.class);
            ExposedTable.Member m = table.member(name, ExposedTable.Role.METHOD);
            MethodBinder binder = MethodBinder.of(table, m, null, name, false);
            builtins.setItem(PyStr.of(name), PyBuiltinFunction.moduleFunction(binder,
                    "builtins", ""));
        } catch (RuntimeException e) {
            throw new AssertionError(e);
        }
    }
}
