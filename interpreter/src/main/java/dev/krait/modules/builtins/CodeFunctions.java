package dev.krait.modules.builtins;

import dev.krait.ast.AstValidator;
import dev.krait.ast.Mod;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.FrontEndError;
import dev.krait.modules.ast.AstModule;
import dev.krait.objects.ArgParser;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyFunction;
import dev.krait.objects.PyCell;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.Audit;
import dev.krait.runtime.FrontEndErrors;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * The builtins that turn source into running code: {@code compile}, {@code exec},
 * {@code eval} and {@code __import__}. Source goes through the same parser and compiler as a
 * program's file; {@code exec} and {@code eval} run the code in the namespaces given, or the
 * caller's.
 *
 * <p>CPython counterpart: Python/bltinmodule.c ({@code builtin_compile_impl},
 * {@code builtin_exec_impl}, {@code builtin_eval_impl}, {@code builtin___import__}).
 */
public final class CodeFunctions {
    private CodeFunctions() {}

    /** The flags that change how compile() parses (codeop's incomplete input, type comments). */
    private static final int PARSER_FLAGS = Parser.DONT_IMPLY_DEDENT
            | Parser.ALLOW_INCOMPLETE_INPUT | Parser.TYPE_COMMENTS | Parser.BARRY_AS_BDFL;
    /** {@code ast.PyCF_ONLY_AST}. */
    static final int PYCF_ONLY_AST = 0x400;
    /** Every flag compile() accepts: the future features, CO_NESTED and the PyCF_ flags. */
    private static final int VALID_FLAGS = 0x1FE0000 | 0x10 | 0x400 | 0x1000 | 0x2000 | 0x200
            | 0x4000 | 0x100;

    // CPython: Python/bltinmodule.c builtin_compile_impl
    @Exposed(value = "compile($module, /, source, filename, mode, flags=0, dont_inherit=False, "
            + "optimize=-1, *, _feature_version=-1)")
    public static PyObject compile(PyObject source, PyObject filename, PyObject mode,
            PyObject flags, PyObject dontInherit, PyObject optimize, PyObject featureVersion) {
        String file = dev.krait.modules.posix.FsDecoder.decode(filename);
        String m = Ops.str(mode).value();
        if (!(mode instanceof PyStr)) {
            throw PyExceptions.typeError("compile() argument 'mode' must be str, not "
                    + mode.type().getName());
        }
        // CPython: Python/clinic/bltinmodule.c.h builtin_compile, int converters
        long f = CArgs.asInt(flags);
        if ((f & ~VALID_FLAGS) != 0) {
            throw PyExceptions.valueError("compile(): unrecognised flags");
        }
        long opt = CArgs.asInt(optimize);
        if (opt < -1 || opt > 2) {
            throw PyExceptions.valueError("compile(): invalid optimize value");
        }
        Parser.Mode parseMode = switch (m) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            case "func_type" -> Parser.Mode.FUNC_TYPE;
            default -> throw PyExceptions.valueError(
                    "compile() mode must be 'exec', 'eval' or 'single'");
        };
        if (AstModule.isAst(source)) {
            // CPython: builtin_compile_impl returns an AST unchanged under PyCF_ONLY_AST
            if ((f & PYCF_ONLY_AST) != 0) {
                return source;
            }
            Audit.audit("compile", source, PyNone.NONE); // CPython: Python-ast.c PyAST_obj2mod
            Interpreter interp = ThreadState.current().interpreter;
            Mod tree = AstModule.fromPython(interp, source, parseMode);
            AstValidator.validate(tree);
            int level = opt >= 0 ? (int) opt : interpreterOptimize(interp);
            try {
                return Compiler.compile(tree, file, parseMode, level,
                        w -> Importer.compileWarning(interp, file, w), false, null,
                        (f & AstModule.PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
            } catch (FrontEndError e) {
                throw FrontEndErrors.toPython(e);
            }
        }
        if ((f & PYCF_ONLY_AST) != 0) {
            return parseToAst(source, file, parseMode, f, featureVersion);
        }
        if (parseMode == Parser.Mode.FUNC_TYPE) {
            throw PyExceptions.valueError("compile() mode 'func_type' requires flag "
                    + "PyCF_ONLY_AST");
        }
        if (!(source instanceof PyStr)) {
            // CPython: _Py_SourceAsString takes bytes and any other buffer
            byte[] bytes = PyBytes.bytesLikeCopy(source);
            if (bytes != null) {
                return compileBytes(bytes, file, parseMode, (int) opt, (int) f);
            }
        }
        if (!(source instanceof PyStr s)) {
            throw PyExceptions.typeError("compile() arg 1 must be a string, bytes or AST object");
        }
        return compileString(s.value(), file, parseMode, (int) opt, (int) f);
    }

    /**
     * {@code compile(source, filename, mode, PyCF_ONLY_AST)}: the parsed tree as {@code ast}
     * objects; {@code _feature_version} (a minor version of Python 3, -1 for 3.11) picks the
     * grammar accepted, as only this mode allows.
     */
    // CPython: Python/bltinmodule.c builtin_compile_impl sets cf_feature_version for
    // PyCF_ONLY_AST only; Parser/pegen.c _PyPegen_run_parser_from_string reads it
    private static PyObject parseToAst(PyObject source, String file, Parser.Mode mode,
            long flags, PyObject featureVersion) {
        long requested = featureVersion == null ? -1 : CArgs.asInt(featureVersion);
        int version = requested >= 0 ? (int) Math.min(requested, Integer.MAX_VALUE)
                : Parser.LATEST_FEATURE_VERSION;
        int parserFlags = (int) (flags & PARSER_FLAGS);
        Interpreter interp = ThreadState.current().interpreter;
        Mod tree;
        try {
            byte[] bytes = source instanceof PyStr ? null : PyBytes.bytesLikeCopy(source);
            if (bytes != null) {
                for (byte b : bytes) {
                    if (b == 0) {
                        throw PyExceptions.of(PyExceptions.SyntaxError,
                                "source code string cannot contain null bytes");
                    }
                }
                tree = Parser.parse(bytes, file, mode, parserFlags, version,
                        FrontEndErrors.warnings(interp));
            } else if (source instanceof PyStr s) {
                if (s.value().indexOf('\0') >= 0) {
                    throw PyExceptions.of(PyExceptions.SyntaxError,
                            "source code string cannot contain null bytes");
                }
                tree = Parser.parse(s.value(), file, mode, parserFlags, version,
                        FrontEndErrors.warnings(interp));
            } else {
                throw PyExceptions.typeError(
                        "compile() arg 1 must be a string, bytes or AST object");
            }
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
        return AstModule.toPython(interp, tree);
    }

    /** Compiles source bytes, decoded as a file's are (PEP 263 cookie, BOM, UTF-8). */
    static PyCode compileBytes(byte[] source, String filename, Parser.Mode mode, int optimize) {
        return compileBytes(source, filename, mode, optimize, 0);
    }

    /**
     * {@link #compileBytes} with compile()'s flags: those that change how it parses
     * ({@link #PARSER_FLAGS}) and {@code PyCF_ALLOW_TOP_LEVEL_AWAIT}.
     */
    static PyCode compileBytes(byte[] source, String filename, Parser.Mode mode, int optimize,
            int compileFlags) {
        for (byte b : source) {
            if (b == 0) {
                throw PyExceptions.of(PyExceptions.SyntaxError,
                        "source code string cannot contain null bytes");
            }
        }
        auditCompile(source, filename);
        Interpreter interp = ThreadState.current().interpreter;
        int level = optimize >= 0 ? optimize : interpreterOptimize(interp);
        try {
            Mod tree = Parser.parse(source, filename, mode, compileFlags & PARSER_FLAGS,
                    FrontEndErrors.warnings(interp));
            return Compiler.compile(tree, filename, mode, level,
                    w -> Importer.compileWarning(interp, filename, w), false, null,
                    (compileFlags & AstModule.PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
    }

    /**
     * Parses and compiles source text, turning front-end errors into Python exceptions;
     * {@code optimize} -1 means the interpreter's level ({@code -O}).
     */
    static PyCode compileString(String source, String filename, Parser.Mode mode,
            int optimize) {
        return compileString(source, filename, mode, optimize, 0);
    }

    /** {@link #compileString} with compile()'s flags, as {@link #compileBytes} takes them. */
    static PyCode compileString(String source, String filename, Parser.Mode mode,
            int optimize, int compileFlags) {
        if (source.indexOf('\0') >= 0) {
            throw PyExceptions.of(PyExceptions.SyntaxError,
                    "source code string cannot contain null bytes");
        }
        if (Audit.active()) {
            auditCompile(source.getBytes(java.nio.charset.StandardCharsets.UTF_8), filename);
        }
        Interpreter interp = ThreadState.current().interpreter;
        int level = optimize >= 0 ? optimize : interpreterOptimize(interp);
        try {
            Mod tree = Parser.parse(source, filename, mode, compileFlags & PARSER_FLAGS,
                    FrontEndErrors.warnings(interp));
            return Compiler.compile(tree, filename, mode, level,
                    w -> Importer.compileWarning(interp, filename, w), false, null,
                    (compileFlags & AstModule.PYCF_ALLOW_TOP_LEVEL_AWAIT) != 0);
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
    }

    /**
     * The {@code compile} audit event: the source as the parser reads it (UTF-8 bytes) and the
     * file name. CPython: Parser/peg_api.c _PyParser_ASTFromString.
     */
    private static void auditCompile(byte[] source, String filename) {
        if (Audit.active()) {
            Audit.audit("compile", PyBytes.of(source), PyStr.of(filename));
        }
    }

    private static int interpreterOptimize(Interpreter interp) {
        return interp.optimizeLevel();
    }

    @Exposed(value = "exec($module, source, globals=None, locals=None, /, *, closure=None)")
    public static PyObject exec(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        if (npos < 1 || npos > 3) {
            throw PyExceptions.typeError("exec expected " + (npos < 1 ? "at least 1 argument"
                    : "at most 3 arguments") + ", got " + npos);
        }
        PyObject closure = ArgParser.keywords("exec", args, kwnames, "closure")[0];
        return run("exec", args[0], npos > 1 ? args[1] : PyNone.NONE,
                npos > 2 ? args[2] : PyNone.NONE, closure);
    }

    @Exposed(value = "eval($module, source, globals=None, locals=None, /)")
    public static PyObject eval(PyObject source, PyObject globals, PyObject locals) {
        return run("eval", source, globals, locals, null);
    }

    // CPython: Python/bltinmodule.c builtin_exec_impl and builtin_eval_impl
    private static PyObject run(String fn, PyObject source, PyObject globals, PyObject locals,
            PyObject closure) {
        boolean isExec = fn.equals("exec");
        if (globals != PyNone.NONE && !(globals instanceof PyDict)) {
            if (isExec) {
                throw PyExceptions.typeError("exec() globals must be a dict, not "
                        + globals.type().getName());
            }
            throw PyExceptions.typeError(isMapping(globals)
                    ? "globals must be a real dict; try eval(expr, {}, mapping)"
                    : "globals must be a dict");
        }
        if (locals != PyNone.NONE && !isMapping(locals)) {
            throw PyExceptions.typeError(isExec ? "locals must be a mapping or None, not "
                    + locals.type().getName() : "locals must be a mapping");
        }
        PyDict g;
        PyObject l;
        if (globals == PyNone.NONE) {
            PyFrame caller = NamespaceFunctions.callerFrame(fn);
            g = caller.globals;
            l = locals == PyNone.NONE ? NamespaceFunctions.callerLocals(fn) : locals;
        } else {
            g = (PyDict) globals;
            l = locals == PyNone.NONE ? g : locals;
        }
        Interpreter interp = ThreadState.current().interpreter;
        if (g.getItem(PyStr.of("__builtins__")) == null) {
            g.setItem(PyStr.of("__builtins__"), interp.builtins());
        }
        boolean hasClosure = closure != null && closure != PyNone.NONE;
        PyCode code;
        if (source instanceof PyCode c) {
            Audit.audit("exec", c); // CPython: Python/bltinmodule.c builtin_exec_impl
            if (isExec) {
                PyCell[] cells = closureCells(c, hasClosure ? closure : null);
                if (cells != null) {
                    return execWithClosure(interp, c, g, cells);
                }
            } else if (c.freevars.length > 0) {
                throw PyExceptions.typeError("code object passed to " + fn
                        + "() may not contain free variables");
            }
            code = c;
        } else if (source instanceof PyStr s) {
            if (hasClosure) {
                throw PyExceptions.typeError("closure can only be used when source is a code "
                        + "object");
            }
            String text = s.value();
            if (!isExec) {
                int i = 0;
                while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                    i++;
                }
                text = text.substring(i);
            }
            code = compileString(text, "<string>", isExec ? Parser.Mode.EXEC : Parser.Mode.EVAL,
                    -1);
        } else if (PyBytes.bytesLikeCopy(source) != null) {
            if (hasClosure) {
                throw PyExceptions.typeError("closure can only be used when source is a code "
                        + "object");
            }
            byte[] text = PyBytes.bytesLikeCopy(source);
            int i = 0;
            while (!isExec && i < text.length && (text[i] == ' ' || text[i] == '\t')) {
                i++;
            }
            code = compileBytes(java.util.Arrays.copyOfRange(text, i, text.length), "<string>",
                    isExec ? Parser.Mode.EXEC : Parser.Mode.EVAL, -1);
        } else {
            throw PyExceptions.typeError(fn + "() arg 1 must be a string, bytes or code object");
        }
        if (!(source instanceof PyCode)) {
            Audit.audit("exec", code); // CPython: Python/pythonrun.c run_eval_code_obj
        }
        PyObject result = interp.exec(code, g, l);
        return isExec ? PyNone.NONE : result;
    }

    /**
     * The cells {@code exec(code, closure=...)} binds to the code's free variables: none for
     * code without free variables, else exactly one cell per free variable.
     * CPython: Python/bltinmodule.c builtin_exec_impl.
     */
    private static PyCell[] closureCells(PyCode code, PyObject closure) {
        int numFree = code.freevars.length;
        if (numFree == 0) {
            if (closure != null) {
                throw PyExceptions.typeError("cannot use a closure with this code object");
            }
            return null;
        }
        boolean ok = closure != null && closure.type() == PyTuple.TYPE
                && ((PyTuple) closure).size() == numFree;
        PyCell[] cells = new PyCell[numFree];
        for (int i = 0; ok && i < numFree; i++) {
            ok = ((PyTuple) closure).get(i) instanceof PyCell;
            cells[i] = ok ? (PyCell) ((PyTuple) closure).get(i) : null;
        }
        if (!ok) {
            throw PyExceptions.typeError("code object requires a closure of exactly length "
                    + numFree);
        }
        return cells;
    }

    /**
     * Runs function code with free variables as CPython's PyEval_EvalCodeEx does: as a
     * function over the given globals and cells, called without arguments.
     */
    private static PyObject execWithClosure(Interpreter interp, PyCode code, PyDict globals,
            PyCell[] cells) {
        if ((code.flags & PyCode.CO_NEWLOCALS) == 0) {
            throw PyExceptions.notImplementedError("exec() with a closure of a class or module "
                    + "body's code object is not supported yet");
        }
        PyObject b = globals.getItem(PyStr.of("__builtins__"));
        PyDict builtins = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d
                : interp.builtins();
        Ops.call(new PyFunction(code, globals, builtins, null, null, cells));
        return PyNone.NONE;
    }

    private static boolean isMapping(PyObject o) {
        return o instanceof PyDict || o.type().lookup("__getitem__") != null;
    }

    @Exposed(value = "__import__($module, /, name, globals=None, locals=None, fromlist=(), "
            + "level=0)")
    public static PyObject __import__(PyObject name, PyObject globals, PyObject locals,
            PyObject fromlist, PyObject level) {
        PyInt lv = Numbers.index(level);
        int l = lv.isSmall() && Math.abs(lv.longValue()) < Integer.MAX_VALUE
                ? (int) lv.longValue() : (lv.signum() < 0 ? -1 : Integer.MAX_VALUE);
        return ThreadState.current().interpreter.importer().importName(name, globals, fromlist,
                l);
    }
}
