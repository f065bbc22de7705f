package dev.krait.modules.marshal;

import dev.krait.ast.AstReader;
import dev.krait.ast.AstWriter;
import dev.krait.ast.Mod;
import dev.krait.compiler.CompiledModule;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.parser.Parser;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Krait's marshal form of a code object, type code {@code 'K'} (CPython's is {@code 'c'}, its
 * bytecode, which Krait does not have). A Krait code object runs a tree of executable nodes that
 * hold runtime objects; what can be written is what it was compiled from
 * ({@link CompiledModule}): the module's syntax tree in the parsed-module cache's binary form,
 * the file name, mode and optimization level, and the code's path through {@code co_consts}
 * from the module code. Reading compiles the tree again (the compile is deterministic, so the
 * code at the path is the one written) and puts back the attributes {@code replace()} may have
 * changed: name, qualified name, first line, flags.
 *
 * <p>After the type code come these values, each written as marshal writes values (so shared
 * strings and the tree's bytes become back-references): the AST schema ({@link AstReader#SCHEMA},
 * which must match the reader's), the tree's bytes, the mode ({@code 'exec'}, {@code 'eval'} or
 * {@code 'single'}), the optimization level, the path (a tuple of ints), then the code's
 * {@code co_filename}, {@code co_name}, {@code co_qualname}, {@code co_firstlineno} and
 * {@code co_flags}.
 *
 * <p>CPython counterpart: Python/marshal.c {@code w_complex_object} and {@code r_object}, the
 * {@code TYPE_CODE} cases.
 */
final class CodeMarshal {
    /**
     * Appended to the written mode of a module compiled with {@code PyCF_ALLOW_TOP_LEVEL_AWAIT},
     * which must be compiled so again to be the same code (a coroutine's).
     */
    private static final String AWAIT_SUFFIX = "+await";

    /** The type code of a Krait code object; unused by CPython's format. */
    static final char TYPE_KRAIT_CODE = 'K';
    /** How many values follow the type code. */
    static final int PARTS = 10;

    private CodeMarshal() {}

    /**
     * The values that stand for {@code code} after the type code, in order;
     * {@code treeBytes} keeps each tree's bytes object, so that codes of one module written
     * together share it (a back-reference). ValueError("unmarshallable object") for a code
     * that was not made by the compiler from a tree.
     */
    static PyObject[] parts(PyCode code, Map<Mod, PyObject> treeBytes,
            Map<CompiledModule, Integer> levels) {
        if (!(code.origin() instanceof CompiledModule m)) {
            throw PyExceptions.valueError("unmarshallable object");
        }
        int optimize = levels.computeIfAbsent(m, CodeMarshal::effectiveOptimize);
        PyObject tree = treeBytes.computeIfAbsent(m.tree(), t -> {
            AstWriter w = new AstWriter();
            w.nodeMod(t);
            return PyBytes.of(w.toByteArray());
        });
        int[] path = code.path();
        PyObject[] steps = new PyObject[path.length];
        for (int i = 0; i < path.length; i++) {
            steps[i] = PyInt.of(path[i]);
        }
        return new PyObject[] {PyStr.of(AstReader.SCHEMA), tree,
            PyStr.of(m.mode().name().toLowerCase(java.util.Locale.ROOT)
                    + (m.topLevelAwait() ? AWAIT_SUFFIX : "")),
            PyInt.of(optimize), PyTuple.of(steps), PyStr.of(code.filename),
            PyStr.of(code.name), PyStr.of(code.qualname), PyInt.of(code.firstlineno),
            PyInt.of(code.flags)};
    }

    /**
     * The lowest optimization level at which {@code m}'s tree compiles to the code its own
     * level gave: a module without {@code assert} or {@code __debug__} compiles alike at 0 and
     * 1, one without docstrings alike at 1 and 2. CPython's bytecode for such levels is the
     * same, which {@code compileall}'s {@code hardlink_dupes} relies on to link their .pyc
     * files; writing the lowest level makes Krait's files the same too. Decided by compiling
     * and comparing (code equality compares constants, names and positions, nested code
     * objects included); only levels above 0 cost anything.
     */
    private static int effectiveOptimize(CompiledModule m) {
        int level = m.optimize();
        if (level <= 0) {
            return level;
        }
        PyCode at = compile(m, level);
        while (level > 0) {
            PyCode below = compile(m, level - 1);
            if (at.__eq__(below) != dev.krait.objects.PyBool.TRUE) {
                break;
            }
            level--;
        }
        return level;
    }

    private static PyCode compile(CompiledModule m, int level) {
        try {
            return Compiler.compile(m.tree(), m.filename(), m.mode(), level, w -> { }, true,
                    null, m.topLevelAwait());
        } catch (PythonSyntaxError e) {
            throw bad("Krait code object that does not compile: " + e.msg);
        }
    }

    /** Rebuilds code objects read in one {@code loads}, compiling each tree once. */
    static final class Rebuilder {
        private record Unit(PyObject tree, String filename, Parser.Mode mode, int optimize,
                boolean topLevelAwait, PyCode code) {}

        private final List<Unit> compiled = new ArrayList<>();
        private final Map<PyObject, Mod> trees = new IdentityHashMap<>();

        /** The code object {@code parts} (as {@link #parts} made them) stand for. */
        PyCode rebuild(PyObject[] parts) {
            if (!(parts[0] instanceof PyStr schema) || !(parts[1] instanceof PyBytes)
                    || !(parts[2] instanceof PyStr mode) || !(parts[3] instanceof PyInt opt)
                    || !(parts[4] instanceof PyTuple path) || !(parts[5] instanceof PyStr file)
                    || !(parts[6] instanceof PyStr name) || !(parts[7] instanceof PyStr qual)
                    || !(parts[8] instanceof PyInt first) || !(parts[9] instanceof PyInt flags)
                    || !opt.isSmall() || !first.isSmall() || !flags.isSmall()) {
                throw bad("malformed Krait code object");
            }
            if (!schema.value().equals(AstReader.SCHEMA)) {
                throw bad("Krait code object written by a Krait with another AST schema");
            }
            String modeName = mode.value();
            boolean topLevelAwait = modeName.endsWith(AWAIT_SUFFIX);
            if (topLevelAwait) {
                modeName = modeName.substring(0, modeName.length() - AWAIT_SUFFIX.length());
            }
            Parser.Mode m = switch (modeName) {
                case "exec" -> Parser.Mode.EXEC;
                case "eval" -> Parser.Mode.EVAL;
                case "single" -> Parser.Mode.SINGLE;
                default -> throw bad("malformed Krait code object");
            };
            PyCode code = root(parts[1], file.value(), m, (int) opt.longValue(), topLevelAwait);
            for (PyObject step : path.items()) {
                PyTuple consts = (PyTuple) code.co_consts();
                if (!(step instanceof PyInt i) || !i.isSmall() || i.longValue() < 0
                        || i.longValue() >= consts.size()
                        || !(consts.get((int) i.longValue()) instanceof PyCode nested)) {
                    throw bad("malformed Krait code object");
                }
                code = nested;
            }
            return withAttributes(code, name, qual, (int) first.longValue(),
                    (int) flags.longValue());
        }

        private PyCode root(PyObject treeBytes, String filename, Parser.Mode mode,
                int optimize, boolean topLevelAwait) {
            for (Unit u : compiled) {
                if (u.tree == treeBytes && u.filename.equals(filename) && u.mode == mode
                        && u.optimize == optimize && u.topLevelAwait == topLevelAwait) {
                    return u.code;
                }
            }
            Mod tree = trees.computeIfAbsent(treeBytes, b -> readTree(((PyBytes) b).array()));
            PyCode code;
            try {
                // the tree was compiled before it was written: its compile-time warnings were
                // shown then, as CPython shows them when it writes a .pyc, not when it reads one
                code = Compiler.compile(tree, filename, mode, optimize, w -> { }, true, null,
                        topLevelAwait);
            } catch (PythonSyntaxError e) {
                throw bad("Krait code object that does not compile: " + e.msg);
            }
            compiled.add(new Unit(treeBytes, filename, mode, optimize, topLevelAwait, code));
            return code;
        }

        private static Mod readTree(byte[] data) {
            try {
                AstReader reader = new AstReader(data, 0, data.length);
                Mod tree = reader.nodeMod();
                if (tree != null && reader.atEnd()) {
                    return tree;
                }
            } catch (RuntimeException e) {
                // a damaged tree (AstInput.Corrupt, an index out of range): reported below
            }
            throw bad("malformed Krait code object");
        }

        /** {@code code} with the attributes written, as {@code replace()} made them. */
        private static PyCode withAttributes(PyCode code, PyStr name, PyStr qual, int first,
                int flags) {
            if (code.name.equals(name.value()) && code.qualname.equals(qual.value())
                    && code.firstlineno == first && code.flags == flags) {
                return code;
            }
            try {
                return (PyCode) code.replace(new PyObject[] {name, qual, PyInt.of(first),
                    PyInt.of(flags)}, new String[] {"co_name", "co_qualname",
                        "co_firstlineno", "co_flags"});
            } catch (PyException e) {
                throw bad("malformed Krait code object");
            }
        }
    }

    private static PyException bad(String what) {
        return PyExceptions.valueError("bad marshal data (" + what + ")");
    }
}
