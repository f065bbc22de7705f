package dev.krait.modules.sys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.modules.CPythonCases;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The sys module: values and functions compared with CPython's, and its per-interpreter state. */
class SysModuleTest {
    private static final List<String> CASES = List.of(
            "sys.version_info", "sys.version_info[:2]", "sys.version_info.major",
            "sys.version_info > (3, 10)", "type(sys.version_info).n_fields",
            "type(sys.version_info)", "sys.version.split()[0]", "sys.hexversion",
            "sys.api_version", "sys.maxsize", "sys.maxunicode", "sys.byteorder", "sys.platform",
            "sys.float_info", "sys.float_info.epsilon", "sys.int_info", "sys.hash_info",
            "sys.hash_info.modulus == 2**61 - 1", "sys.float_repr_style", "sys.abiflags",
            "sys.flags.optimize", "sys.flags.hash_randomization", "sys.flags.dev_mode",
            "type(sys.flags)", "type(sys.flags)()", "setattr(sys.flags, 'optimize', 1)",
            "delattr(sys.version_info, 'major')", "type(sys.version_info).major",
            "sys.version_info.__reduce__()", "sys.version_info == (3, 11, 7, 'final', 0)",
            "sys.getdefaultencoding()", "sys.getfilesystemencoding()",
            "sys.getfilesystemencodeerrors()", "sys.getrecursionlimit()",
            "sys.setrecursionlimit(0)", "sys.setrecursionlimit(1.5)",
            "sys.setrecursionlimit(2**70)", "sys.setrecursionlimit()",
            "sys.intern('ab' * 3) is sys.intern('abab' + 'ab')", "sys.intern(1)",
            "sys.intern()", "sys.exc_info()", "sys.exception()",
            "sys.exit()", "sys.exit(3)", "sys.exit('message')", "sys.exit((1, 2))",
            "sys.exit(None)", "sys.exit(1, 2)", "sys.exit(code=1)",
            "sys.get_int_max_str_digits()", "sys.set_int_max_str_digits(5)",
            "sys.set_int_max_str_digits(maxdigits=-1)", "sys.set_int_max_str_digits(0)",
            "sys._getframe(10**6)", "sys._getframe('a')",
            "sys._getframe(0).f_globals['sys'] is sys",
            "sys.displayhook()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof()",
            "sys.getsizeof(0)", "sys.getsizeof(1)", "sys.getsizeof(2**30)",
            "sys.getsizeof(2**60)", "sys.getsizeof(True)", "sys.getsizeof(1.5)",
            "sys.getsizeof(1j)", "sys.getsizeof('')", "sys.getsizeof('abc')",
            "sys.getsizeof('é')", "sys.getsizeof('\\u0100')", "sys.getsizeof('\\U00010000')",
            "sys.getsizeof(())", "sys.getsizeof((1, 2))", "sys.getsizeof([])",
            "sys.getsizeof([1, 2])", "sys.getsizeof({})", "sys.getsizeof({'a': 1})",
            "sys.getsizeof({1: 1})", "sys.getsizeof(dict(a=1, b=2, c=3, d=4, e=5, f=6))",
            "sys.getsizeof(None)", "sys.getsizeof(object())", "sys.getsizeof(range(3))",
            "sys.getsizeof(len)", "sys.modules['sys'] is sys", "sys.modules['builtins'].len",
            "'builtins' in sys.builtin_module_names", "type(sys.builtin_module_names)",
            "sys.warnoptions", "sys.stdout.encoding", "sys.stderr.errors", "sys.stdin.encoding",
            "sys.stdout.fileno()", "sys.stderr.fileno()", "sys.stdin.fileno()",
            "sys.stdout is sys.__stdout__", "sys.displayhook is sys.__displayhook__",
            "sys.excepthook is sys.__excepthook__", "sys.stdout.write(1)",
            "sys.excepthook(1, 2)",
            "type(sys.implementation).__name__", "sys.pycache_prefix", "sys.platlibdir");

    @TestFactory
    Stream<DynamicTest> againstCPython() {
        return CPythonCases.compare("import sys", CASES);
    }

    private static Interpreter attached() {
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        return interp;
    }

    @Test
    void implementationNamesKrait() {
        Interpreter interp = attached();
        PyObject impl = Attributes.getAttr(interp.sysModule(), "implementation");
        assertEquals("krait", Ops.str(Attributes.getAttr(impl, "name")).value());
        assertTrue(Ops.repr(impl).value().startsWith(
                "namespace(name='krait', cache_tag='krait-311'"));
    }

    /**
     * Before site runs, sys.path ends as CPython's does: the library's zip file, the library
     * (CPython's, found through sysconfig) and its lib-dynload folder.
     */
    @Test
    void pathEndsWithTheStandardLibraryOfCPython() throws Exception {
        Interpreter interp = attached();
        PyList path = (PyList) Attributes.getAttr(interp.sysModule(), "path");
        String stdlib = ((PyStr) path.items.get(path.size() - 2)).value();
        String expected = CPythonCases.pythonLine(
                "import sysconfig; print(sysconfig.get_paths()['stdlib'])");
        assertEquals(Path.of(expected).toRealPath(), Path.of(stdlib).toRealPath());
        assertTrue(Files.isRegularFile(Path.of(stdlib, "os.py")));
        String cpythonTail = CPythonCases.pythonLine("import sys; print([p for p in sys.path "
                + "if p.startswith(sys.base_prefix) and 'site-packages' not in p][-3:])");
        List<String> tail = new ArrayList<>();
        for (int i = path.size() - 3; i < path.size(); i++) {
            tail.add("'" + ((PyStr) path.items.get(i)).value() + "'");
        }
        assertEquals(cpythonTail.replace("[", "").replace("]", ""), String.join(", ", tail));
    }

    @Test
    void interpretersKeepTheirOwnState() {
        Interpreter a = attached();
        Ops.call(Attributes.getAttr(a.sysModule(), "setrecursionlimit"),
                dev.krait.objects.PyInt.of(5000));
        Interpreter b = attached();
        assertEquals(1000, b.recursionLimit());
        assertEquals(5000, a.recursionLimit());
        assertTrue(a.modules() != b.modules());
        assertSame(a.modules(), Attributes.getAttr(a.sysModule(), "modules"));
    }

    @Test
    void printAndInputUseTheStandardStreams() {
        Interpreter interp = attached();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        SysModule.setStandardStreams(interp, new ByteArrayInputStream(
                "first line\nsecond".getBytes(StandardCharsets.UTF_8)), out, err);
        PyObject print = interp.builtins().getItem(PyStr.of("print"));
        PyObject input = interp.builtins().getItem(PyStr.of("input"));
        Ops.call(print, new PyObject[] {PyStr.of("a"), PyStr.of("é"), PyStr.of("-"),
            PyStr.of("!\n")}, new String[] {"sep", "end"});
        assertEquals("first line", Ops.str(Ops.call(input, PyStr.of("? "))).value());
        assertEquals("second", Ops.str(Ops.call(input)).value());
        try {
            Ops.call(input);
            throw new AssertionError("no EOFError");
        } catch (PyException e) {
            assertTrue(e.matches(PyExceptions.EOFError));
            assertEquals("EOF when reading a line", Ops.str(e.value).value());
        }
        Ops.call(Attributes.getAttr(interp.sysModule(), "excepthook"), PyExceptions.ValueError,
                PyExceptions.valueError("bad").value, dev.krait.objects.PyNone.NONE);
        SysModule.flushStandardStreams(interp);
        assertEquals("a-é!\n? ", out.toString(StandardCharsets.UTF_8));
        assertEquals("ValueError: bad\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void displayhookWritesTheReprAndSetsUnderscore() {
        Interpreter interp = attached();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SysModule.setStandardStreams(interp, new ByteArrayInputStream(new byte[0]), out,
                new ByteArrayOutputStream());
        Ops.call(Attributes.getAttr(interp.sysModule(), "displayhook"), PyStr.of("x"));
        Ops.call(Attributes.getAttr(interp.sysModule(), "displayhook"), dev.krait.objects.PyNone.NONE);
        SysModule.flushStandardStreams(interp);
        assertEquals("'x'\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("x", Ops.str(interp.builtins().getItem(PyStr.of("_"))).value());
    }

    @Test
    void commandLineSettings() {
        Interpreter interp = attached();
        SysModule.setArgv(interp, List.of("prog.py", "a"));
        SysModule.prependPath(interp, "/scripts");
        SysModule.setFlags(interp, new SysFlags(0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 1, 0, false,
                0, 0, false, -1));
        assertEquals("['prog.py', 'a']", Ops.repr(Attributes.getAttr(interp.sysModule(), "argv"))
                .value());
        PyList path = (PyList) Attributes.getAttr(interp.sysModule(), "path");
        assertEquals("/scripts", Ops.str(path.items.get(0)).value());
        assertEquals("2", Ops.repr(Attributes.getAttr(Attributes.getAttr(interp.sysModule(), "flags"),
                "optimize")).value());
        assertEquals("False", Ops.repr(interp.builtins().getItem(PyStr.of("__debug__")))
                .value());
    }
}
