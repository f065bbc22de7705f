package dev.krait.modules.symtable;

import dev.krait.ast.Mod;
import dev.krait.lexer.FrontEndError;
import dev.krait.lexer.SourceWarnings;
import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.FsDecoder;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.FrontEndErrors;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.symtable.SymbolFlags;
import dev.krait.symtable.SymbolTable;

/**
 * The {@code _symtable} module: {@code symtable(source, filename, startstr)} parses the source
 * and runs the compiler's scope analysis on it -- the {@code __future__} imports and both passes
 * of the symbol table, none of the code generator's later checks -- and returns the top block's
 * {@link PySTEntry}; the constants are CPython's flag bits, which Krait's
 * {@link SymbolFlags} shares, so the pure-Python {@code symtable} module reads them unchanged.
 *
 * <p>CPython counterpart: Modules/symtablemodule.c.
 */
@NativeModule.Register("_symtable")
public final class SymtableModule implements NativeModule {
    /** CPython's scope numbers and where they sit ({@code Include/internal/pycore_symtable.h}). */
    private static final int SCOPE_OFF = 11;
    private static final int SCOPE_MASK = 15;

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_symtable");
        ModuleBuilder.addFunctions(m, SymtableModule.class);
        // CPython: Modules/symtablemodule.c symtable_init_constants
        constant(m, "USE", SymbolFlags.USE);
        constant(m, "DEF_GLOBAL", SymbolFlags.DEF_GLOBAL);
        constant(m, "DEF_NONLOCAL", SymbolFlags.DEF_NONLOCAL);
        constant(m, "DEF_LOCAL", SymbolFlags.DEF_LOCAL);
        constant(m, "DEF_PARAM", SymbolFlags.DEF_PARAM);
        constant(m, "DEF_FREE", SymbolFlags.DEF_FREE);
        constant(m, "DEF_FREE_CLASS", SymbolFlags.DEF_FREE_CLASS);
        constant(m, "DEF_IMPORT", SymbolFlags.DEF_IMPORT);
        constant(m, "DEF_BOUND", SymbolFlags.DEF_BOUND);
        constant(m, "DEF_ANNOT", SymbolFlags.DEF_ANNOT);
        constant(m, "TYPE_FUNCTION", PySTEntry.FUNCTION_BLOCK);
        constant(m, "TYPE_CLASS", PySTEntry.CLASS_BLOCK);
        constant(m, "TYPE_MODULE", PySTEntry.MODULE_BLOCK);
        constant(m, "LOCAL", 1);
        constant(m, "GLOBAL_EXPLICIT", 2);
        constant(m, "GLOBAL_IMPLICIT", 3);
        constant(m, "FREE", 4);
        constant(m, "CELL", 5);
        constant(m, "SCOPE_OFF", SCOPE_OFF);
        constant(m, "SCOPE_MASK", SCOPE_MASK);
        return m;
    }

    private static void constant(PyModule m, String name, int value) {
        m.put(name, PyInt.of(value));
    }

    // CPython: Modules/symtablemodule.c _symtable_symtable_impl
    @Exposed(value = "symtable($module, source, filename, startstr, /)",
            doc = "Return symbol and scope dictionaries used internally by compiler.")
    public static PyObject symtable(PyObject source, PyObject filename, PyObject startstr) {
        String file = FsDecoder.decode(filename);
        if (!(startstr instanceof PyStr mode)) {
            // CPython: Python/getargs.c _PyArg_BadArgument
            throw PyExceptions.typeError("symtable() argument 3 must be str, not "
                    + (startstr == PyNone.NONE ? "None" : startstr.type().getName()));
        }
        CArgs.cString(mode);
        // CPython: Python/pythonrun.c _Py_SourceAsString
        byte[] bytes = source instanceof PyStr ? null : PyBytes.bytesLikeCopy(source);
        if (bytes == null && !(source instanceof PyStr)) {
            throw PyExceptions.typeError("symtable() arg 1 must be a string or bytes object");
        }
        if (bytes != null ? contains(bytes, (byte) 0)
                : ((PyStr) source).value().indexOf('\0') >= 0) {
            throw PyExceptions.of(PyExceptions.SyntaxError,
                    "source code string cannot contain null bytes");
        }
        Parser.Mode parseMode = switch (mode.value()) {
            case "exec" -> Parser.Mode.EXEC;
            case "eval" -> Parser.Mode.EVAL;
            case "single" -> Parser.Mode.SINGLE;
            default -> throw PyExceptions.valueError(
                    "symtable() arg 3 must be 'exec' or 'eval' or 'single'");
        };
        // CPython: Python/symtable.c _Py_SymtableStringObjectFlags
        SymbolTable table;
        try {
            SourceWarnings warnings = FrontEndErrors.warnings(ThreadState.current().interpreter);
            Mod tree = bytes != null ? Parser.parse(bytes, file, parseMode, 0, warnings)
                    : Parser.parse(((PyStr) source).value(), file, parseMode, 0, warnings);
            table = SymbolTable.build(tree, file);
        } catch (FrontEndError e) {
            throw FrontEndErrors.toPython(e);
        }
        return new PySTEntry(table.top());
    }

    private static boolean contains(byte[] bytes, byte b) {
        for (byte x : bytes) {
            if (x == b) {
                return true;
            }
        }
        return false;
    }
}
