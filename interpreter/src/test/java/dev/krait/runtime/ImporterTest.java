package dev.krait.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.krait.modules.CPythonCases;
import dev.krait.modules.ProgramRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import system end to end: a tree of modules and packages in a temporary folder, and main
 * programs that import from it, run by python3 and by Krait (in this JVM, with the folder first
 * on {@code sys.path} as a script's folder is); stdout, stderr and the exit status must agree.
 */
class ImporterTest {
    /** The modules the programs import, by path relative to the folder. */
    private static final Map<String, String> MODULES = new LinkedHashMap<>();

    static {
        MODULES.put("plain.py", "print('plain runs', __name__)\nVALUE = 1\n_private = 2\n"
                + "public = 3\n");
        MODULES.put("withall.py", "__all__ = ['a', 'b']\na = 1\nb = 2\nc = 3\n");
        MODULES.put("badall.py", "__all__ = ['a', 1]\na = 1\n");
        MODULES.put("circ_a.py", "from circ_b import y\nx = 1\n");
        MODULES.put("circ_b.py", "from circ_a import x\ny = 2\n");
        MODULES.put("circ_ok_a.py", "import circ_ok_b\nA = 1\n");
        MODULES.put("circ_ok_b.py", "import circ_ok_a\nB = 2\ndef get():\n"
                + "    return circ_ok_a.A\n");
        MODULES.put("pkg/__init__.py", "print('pkg init', __name__, __package__)\n"
                + "from .sub import VALUE as V\n");
        MODULES.put("pkg/sub.py", "VALUE = 'sub'\nfrom . import helper\n"
                + "print('sub', __name__, __package__, __spec__.parent)\n");
        MODULES.put("pkg/helper.py", "H = 'h'\n");
        MODULES.put("pkg/beyond.py", "from ... import x\n");
        MODULES.put("pkg/deep/__init__.py", "from .. import sub as up\n");
        MODULES.put("pkg/deep/leaf.py", "from ..helper import H\nfrom .. import deep\n"
                + "LEAF = H + '!'\n");
        MODULES.put("ns/part.py", "P = 'part'\n");
        MODULES.put("replaces.py", "import sys\nsys.modules[__name__] = 'replaced'\n");
        MODULES.put("raises.py", "raise ValueError('boom in module')\n");
        MODULES.put("syntaxerr.py", "x = (\n");
        MODULES.put("notpkg.py", "N = 1\n");
    }

    /** Main programs: each prints what it sees; paths are shown relative to the folder. */
    private static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        String here = "import sys\nD = sys.path[0]\ndef rel(p):\n"
                + "    return p.replace(D, '<dir>') if isinstance(p, str) else p\n";
        PROGRAMS.put("basics", here + """
                import plain
                import plain as again
                print(again is plain, 'plain' in sys.modules, sys.modules['plain'] is plain)
                print(plain.VALUE, plain.__name__, repr(plain.__package__), rel(plain.__file__))
                print(plain.__spec__.name, rel(plain.__spec__.origin), repr(plain.__spec__.parent))
                print(plain.__spec__.submodule_search_locations, plain.__spec__.has_location)
                print(sorted(k for k in vars(plain) if k.startswith('__')))
                print(type(plain.__builtins__).__name__, plain.__loader__ is not None or True)
                print(rel(repr(plain)))
                """);
        PROGRAMS.put("star", here + """
                from withall import *
                print(a, b)
                try:
                    c
                except NameError as e:
                    print(e)
                from plain import *
                print(public, '_private' in dir(), 'VALUE' in dir())
                try:
                    from badall import *
                except TypeError as e:
                    print(e)
                """);
        PROGRAMS.put("packages", here + """
                import pkg.sub
                print(pkg.sub.VALUE, pkg.V, pkg.sub.helper.H, pkg.helper is pkg.sub.helper)
                print(rel(pkg.__file__), [rel(p) for p in pkg.__path__], pkg.__package__)
                print(pkg.__spec__.parent, pkg.sub.__spec__.parent, pkg.sub.__package__)
                print([rel(p) for p in pkg.__spec__.submodule_search_locations])
                import pkg.deep.leaf
                print(pkg.deep.leaf.LEAF, pkg.deep.up is pkg.sub, pkg.deep.leaf.deep is pkg.deep)
                from pkg import helper
                from pkg.deep import leaf as L
                print(helper.H, L.LEAF, sorted(m for m in sys.modules if m.startswith('pkg')))
                m = __import__('pkg.deep.leaf')
                print(m is pkg, __import__('pkg.deep.leaf', fromlist=['x']) is pkg.deep.leaf)
                print(__import__('pkg', fromlist=['helper', 'missing_sub']) is pkg)
                try:
                    from pkg import missing_sub
                except ImportError as e:
                    print(rel(str(e)), e.name, rel(e.path))
                """);
        PROGRAMS.put("relative_errors", here + """
                try:
                    from . import x
                except ImportError as e:
                    print(type(e).__name__, e)
                try:
                    import pkg.beyond
                except ImportError as e:
                    print(type(e).__name__, e)
                print('pkg.beyond' in sys.modules)
                """);
        PROGRAMS.put("errors", here + """
                for name in ['missing_mod', 'notpkg.x', 'plain.x', 'pkg.nothing']:
                    try:
                        __import__(name)
                    except ModuleNotFoundError as e:
                        print(type(e).__name__, e, e.name)
                try:
                    from plain import nope
                except ImportError as e:
                    print(rel(str(e)), e.name, rel(e.path))
                try:
                    import raises
                except ValueError as e:
                    print('ValueError', e, 'raises' in sys.modules)
                try:
                    import syntaxerr
                except SyntaxError as e:
                    print(type(e).__name__, e.msg, e.lineno, rel(e.filename))
                sys.modules['blocked'] = None
                try:
                    import blocked
                except ModuleNotFoundError as e:
                    print(e, e.name)
                import replaces
                print(replaces)
                """);
        PROGRAMS.put("circular", here + """
                import circ_ok_a
                print(circ_ok_a.circ_ok_b.get(), circ_ok_a.circ_ok_b.B)
                try:
                    import circ_a
                except ImportError as e:
                    print(rel(str(e)))
                print('circ_a' in sys.modules, 'circ_b' in sys.modules)
                """);
        PROGRAMS.put("namespace", here + """
                import ns.part
                print(ns.part.P, ns.__file__, [rel(p) for p in ns.__path__])
                print(ns.__spec__.origin, ns.__package__, ns.part.__package__)
                from ns import part
                print(part is ns.part)
                """);
        PROGRAMS.put("uncaught", "import sys\nprint('before')\nimport missing_mod_q\n");
        PROGRAMS.put("exit_in_module", "import sys\nprint('x', end='')\nsys.exit('bye')\n");
    }

    @TempDir
    static Path dir;

    @TestFactory
    Stream<DynamicTest> programsAgainstCPython() throws IOException {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        for (Map.Entry<String, String> m : MODULES.entrySet()) {
            Path p = dir.resolve(m.getKey());
            Files.createDirectories(p.getParent());
            Files.writeString(p, m.getValue());
        }
        return PROGRAMS.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Path script = dir.resolve("main_" + e.getKey() + ".py");
            Files.writeString(script, e.getValue());
            assertEquals(ProgramRunner.python(script, ""), ProgramRunner.krait(script, ""),
                    e.getKey());
        }));
    }
}
