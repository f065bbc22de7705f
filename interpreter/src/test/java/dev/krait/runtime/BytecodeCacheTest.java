package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.modules.CPythonCases;
import dev.krait.modules.ProgramRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Krait's .pyc files: {@code marshal} of code objects, {@code py_compile}, {@code compileall},
 * importlib's loaders and the import of a .pyc standing alone. Each program runs in python3 and
 * in Krait, each in a folder of its own (CPython's files are not Krait's, and the reverse), and
 * prints what both must agree on, with {@code sys.implementation.cache_tag} shown as TAG. The
 * last tests check what only Krait does: its tag, and the error CPython's bytecode gives.
 */
class BytecodeCacheTest {
    private static final String MODULE = """
            '''The module's docstring.'''
            import sys
            def square(n):
                return n * n
            class Box:
                def __init__(self, v):
                    self.v = v
                def twice(self):
                    return [self.v] * 2
            VALUE = square(7)
            """;

    /** Main programs; each starts in its own folder, which holds {@code mod.py}. */
    private static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        String here = """
                import sys, os, importlib.util, marshal
                D = os.path.dirname(os.path.abspath(__file__))
                TAG = sys.implementation.cache_tag
                def show(p):
                    return p.replace(D, '<dir>').replace(TAG, 'TAG') if isinstance(p, str) else p
                """;
        PROGRAMS.put("py_compile_then_sourceless_import", here + """
                import py_compile, shutil
                src = os.path.join(D, 'mod.py')
                cfile = py_compile.compile(src, doraise=True)
                print(show(cfile), cfile == importlib.util.cache_from_source(src))
                with open(cfile, 'rb') as f:
                    data = f.read()
                print(data[:4] == importlib.util.MAGIC_NUMBER, data[4:8],
                      int.from_bytes(data[12:16], 'little') == os.stat(src).st_size)
                code = marshal.loads(data[16:])
                print(type(code).__name__, show(code.co_filename), code.co_name)
                ns = {'__name__': 'fromcode'}
                exec(code, ns)
                print(ns['VALUE'], ns['Box'](3).twice(), ns['__doc__'])
                os.mkdir(os.path.join(D, 'only'))
                shutil.copy(cfile, os.path.join(D, 'only', 'alone.pyc'))
                sys.path.insert(0, os.path.join(D, 'only'))
                import alone
                print(alone.VALUE, alone.square(5), alone.__doc__)
                print(show(alone.__file__), show(alone.__cached__))
                print(type(alone.__loader__).__name__, show(alone.__spec__.origin))
                """);
        PROGRAMS.put("marshal_code_objects", here + """
                import types
                src = open(os.path.join(D, 'mod.py')).read()
                co = compile(src, 'mod.py', 'exec')
                back = marshal.loads(marshal.dumps(co))
                print(back == co, back is co, back.co_filename, back.co_name)
                inner = [c for c in co.co_consts if isinstance(c, types.CodeType)]
                for c in inner:
                    again = marshal.loads(marshal.dumps(c))
                    print(again.co_name, again.co_qualname, again.co_firstlineno,
                          again == c, again.co_varnames)
                a, b = marshal.loads(marshal.dumps((compile('x', 'f1', 'exec'),
                                                    compile('y', 'f2', 'exec'))))
                print(a.co_filename, b.co_filename)
                renamed = inner[0].replace(co_name='other', co_firstlineno=40)
                r = marshal.loads(marshal.dumps(renamed))
                print(r.co_name, r.co_firstlineno, r == renamed)
                e = marshal.loads(marshal.dumps(compile('6 * 7', '<e>', 'eval')))
                print(eval(e))
                many = marshal.loads(marshal.dumps((co,) * 1000))
                print(len(many), many[0] is many[999])
                print(compile('0', 'a', 'eval') == compile('0.0', 'a', 'eval'))
                print(compile('1', 'a', 'eval') == compile('1', 'b', 'eval'))
                """);
        // levels that compile alike marshal alike, which compileall's hardlink_dupes needs
        PROGRAMS.put("optimization_levels", here + """
                for src in ('x = 1\\n', 'assert x\\n', "'doc'\\nx = 1\\n", "'doc'\\nassert x\\n",
                            "def f():\\n    'd'\\n    return 1\\n", 'if __debug__:\\n    y = 2\\n'):
                    outs = [marshal.dumps(compile(src, 'm.py', 'exec', optimize=o))
                            for o in (0, 1, 2)]
                    print(repr(src), outs[0] == outs[1], outs[1] == outs[2],
                          [marshal.loads(outs[o]) == compile(src, 'm.py', 'exec', optimize=o)
                           for o in (0, 1, 2)])
                """);
        PROGRAMS.put("compileall_legacy_package", here + """
                import compileall, shutil
                pkg = os.path.join(D, 'pkg')
                os.mkdir(pkg)
                with open(os.path.join(pkg, '__init__.py'), 'w') as f:
                    f.write('from .mod import VALUE\\nNAME = __name__\\n')
                shutil.copy(os.path.join(D, 'mod.py'), os.path.join(pkg, 'mod.py'))
                print(compileall.compile_dir(pkg, quiet=1, legacy=True))
                print(sorted(os.listdir(pkg)))
                os.remove(os.path.join(pkg, '__init__.py'))
                os.remove(os.path.join(pkg, 'mod.py'))
                import pkg
                print(pkg.VALUE, pkg.NAME, show(pkg.__file__), pkg.__path__ == [pkg.__path__[0]])
                print(type(pkg.mod.__loader__).__name__, pkg.mod.Box(2).twice())
                print(compileall.compile_file(os.path.join(D, 'mod.py'), quiet=1))
                print([show(n) for n in os.listdir(os.path.join(D, '__pycache__'))])
                """);
        PROGRAMS.put("loader_get_code", here + """
                from importlib.machinery import SourceFileLoader
                src = os.path.join(D, 'mod.py')
                cached = importlib.util.cache_from_source(src)
                sys.dont_write_bytecode = True
                code = SourceFileLoader('mod', src).get_code('mod')
                print(code.co_name, os.path.exists(cached))
                sys.dont_write_bytecode = False
                code = SourceFileLoader('mod', src).get_code('mod')
                print(show(code.co_filename), os.path.exists(cached))
                again = SourceFileLoader('mod', src).get_code('mod')
                print(again == code, show(again.co_filename))
                print(show(importlib.util.source_from_cache(cached)))
                print(show(importlib.util.cache_from_source(src, optimization=2)))
                import mod
                print(show(mod.__cached__), mod.VALUE)
                """);
    }

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> programsAgainstCPython() {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        return PROGRAMS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path python = folder("cpython-" + e.getKey(), e.getValue());
            Path krait = folder("krait-" + e.getKey(), e.getValue());
            assertEquals(ProgramRunner.python(python, ""), ProgramRunner.krait(krait, ""),
                    e.getKey());
        }));
    }

    /** A folder holding {@code mod.py} and the program, whose path is returned. */
    private Path folder(String name, String program) throws IOException {
        Path d = Files.createDirectories(dir.resolve(name));
        Files.writeString(d.resolve("mod.py"), MODULE);
        Path script = d.resolve("main.py");
        Files.writeString(script, program);
        return script;
    }

    @Test
    void theCacheTagIsKraits() throws IOException {
        Path script = folder("tag", """
                import sys, importlib.util
                print(sys.implementation.cache_tag)
                print(importlib.util.cache_from_source('/a/b.py'))
                """);
        assertEquals(new ProgramRunner.Outcome("krait-311\n/a/__pycache__/b.krait-311.pyc\n",
                "", 0), ProgramRunner.krait(script, ""));
    }

    /**
     * A compiled file runs as the main program, whether named {@code .pyc} or recognised by
     * importlib's magic number, as CPython's {@code maybe_pyc_file} recognises it.
     */
    @Test
    void aCompiledFileRunsAsMain() throws IOException {
        Path d = Files.createDirectories(dir.resolve("main"));
        Files.writeString(d.resolve("prog.py"), """
                import sys
                print('compiled main', __name__, type(__loader__).__name__, __cached__)
                """);
        Path make = d.resolve("make.py");
        Files.writeString(make, """
                import importlib.util, py_compile
                py_compile.compile('%s', cfile='%s', doraise=True)
                print(int.from_bytes(importlib.util.MAGIC_NUMBER[:2], 'little'))
                """.formatted(d.resolve("prog.py"), d.resolve("prog.bin")));
        ProgramRunner.Outcome made = ProgramRunner.krait(make, "");
        assertEquals(PycPaths.MAGIC_LOW_HALF + "\n", made.stdout(), made.stderr());
        byte[] data = Files.readAllBytes(d.resolve("prog.bin"));
        assertEquals(true, MainRunner.isCompiled("prog.bin", data));
        assertEquals(false, MainRunner.isCompiled("prog.py", MODULE.getBytes()));
        Interpreter interp = new Interpreter();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        dev.krait.modules.sys.SysModule.setStandardStreams(interp,
                new java.io.ByteArrayInputStream(new byte[0]), out, err);
        int status = new MainRunner(interp, new java.io.PrintStream(err, true))
                .runCompiled(data, d.resolve("prog.bin").toString());
        assertEquals("compiled main __main__ SourcelessFileLoader None\n", out.toString(),
                err.toString());
        assertEquals(0, status);
        data[0] ^= 1;
        Interpreter again = new Interpreter();
        err.reset();
        dev.krait.modules.sys.SysModule.setStandardStreams(again,
                new java.io.ByteArrayInputStream(new byte[0]), out, err);
        assertEquals(1, new MainRunner(again, new java.io.PrintStream(err, true))
                .runCompiled(data, "prog.bin"));
        assertEquals("RuntimeError: Bad magic number in .pyc file\n", err.toString());
    }

    /** CPython's bytecode is refused with marshal's ValueError, whether loaded or imported. */
    @Test
    void cpythonBytecodeIsAValueError() throws Exception {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        Path d = Files.createDirectories(dir.resolve("foreign"));
        Files.writeString(d.resolve("cmod.py"), MODULE);
        Process p = new ProcessBuilder("python3", "-c", """
                import marshal, py_compile
                py_compile.compile('cmod.py', cfile='cmod.pyc', doraise=True)
                open('code.bin', 'wb').write(marshal.dumps(compile('x = 1', 'f', 'exec')))
                """).directory(d.toFile()).inheritIO().start();
        Assumptions.assumeTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0);
        Files.delete(d.resolve("cmod.py"));
        Path script = d.resolve("main.py");
        Files.writeString(script, """
                import marshal
                try:
                    marshal.loads(open('%s', 'rb').read())
                except ValueError as e:
                    print('ValueError', e)
                try:
                    import cmod
                except ValueError as e:
                    print('ValueError', e)
                """.formatted(d.resolve("code.bin")));
        String refused = "ValueError bad marshal data (a CPython code object: Krait loads only "
                + "code objects marshalled by Krait)\n";
        assertEquals(new ProgramRunner.Outcome(refused + refused, "", 0),
                ProgramRunner.krait(script, ""));
    }
}
