package dev.krait.differential;

import dev.krait.ast.Mod;
import dev.krait.objects.Exposed;
import dev.krait.objects.MethodBinder;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyBuiltinFunction;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrozenSet;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySet;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.MainRunner;
import java.io.PrintStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one program file as {@code bin/krait FILE} does, in a JVM of its own (the str hash key is
 * the process's), for {@link SetProgramsTest}. Until the {@code builtins} module is complete, the
 * builtins namespace is topped up with the few functions and types the set programs use; names
 * the real builtins provide are left alone.
 */
public final class ProgramRunner {
    private ProgramRunner() {}

    public static void main(String[] args) throws Exception {
        String file = args[0];
        Interpreter interpreter = new Interpreter();
        PyDict builtins = interpreter.builtins();
        PyType[] types = {PySet.TYPE, PyFrozenSet.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE,
            PyStr.TYPE, PyInt.TYPE, PyFloat.TYPE, PyBool.TYPE, PyType.TYPE};
        for (PyType t : types) {
            provide(builtins, t.getName(), t);
        }
        for (PyType t : PyExceptions.ALL) {
            provide(builtins, t.getName(), t);
        }
        for (Method m : Functions.class.getDeclaredMethods()) {
            Exposed e = m.getAnnotation(Exposed.class);
            if (e != null) {
                provide(builtins, m.getName(), PyBuiltinFunction.moduleFunction(MethodBinder.of(m,
                        null, m.getName(), e.value(), false, MethodHandles.publicLookup()),
                        "builtins", ""));
            }
        }
        Mod module = Parser.parseFile(Files.readAllBytes(Path.of(file)), file);
        int status = new MainRunner(interpreter, System.err).runMain(module, file);
        OUT.flush();
        System.exit(status);
    }

    private static void provide(PyDict builtins, String name, PyObject value) {
        if (builtins.getItem(PyStr.of(name)) == null) {
            builtins.setItem(PyStr.of(name), value);
        }
    }

    static final PrintStream OUT = new PrintStream(System.out, false, StandardCharsets.UTF_8);

    /** The builtin functions the set programs call, as plain as CPython's for these uses. */
    public static final class Functions {
        private Functions() {}

        @Exposed("print(*args, sep=' ', end='\\n')")
        public static void print(PyObject[] args, String[] kwnames) {
            int nkw = kwnames == null ? 0 : kwnames.length;
            String sep = " ";
            String end = "\n";
            for (int k = 0; k < nkw; k++) {
                String v = Ops.str(args[args.length - nkw + k]).value();
                if (kwnames[k].equals("sep")) {
                    sep = v;
                } else {
                    end = v;
                }
            }
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < args.length - nkw; i++) {
                if (i > 0) {
                    sb.append(sep);
                }
                sb.append(Ops.str(args[i]).value());
            }
            OUT.print(sb.append(end));
        }

        @Exposed("repr(obj, /)")
        public static PyObject repr(PyObject o) {
            return Ops.repr(o);
        }

        @Exposed("len(obj, /)")
        public static long len(PyObject o) {
            return Ops.len(o);
        }

        @Exposed("hash(obj, /)")
        public static long hash(PyObject o) {
            return Ops.hash(o);
        }

        @Exposed("isinstance(obj, class_or_tuple, /)")
        public static boolean isinstance(PyObject o, PyObject cls) {
            return Ops.isInstance(o, cls);
        }

        @Exposed("iter(object, /)")
        public static PyObject iter(PyObject o) {
            return Ops.iter(o);
        }

        @Exposed("next(iterator, /)")
        public static PyObject next(PyObject it) {
            PyObject v = Ops.next(it);
            if (v == null) {
                throw PyExceptions.stopIteration();
            }
            return v;
        }

        @Exposed("sorted(iterable, /, *, key=None, reverse=False)")
        public static PyObject sorted(PyObject iterable, PyObject key, PyObject reverse) {
            PyList list = new PyList(Ops.toList(iterable));
            list.sort(key == null ? PyNone.NONE : key, reverse == null ? PyBool.FALSE : reverse);
            return list;
        }
    }
}
