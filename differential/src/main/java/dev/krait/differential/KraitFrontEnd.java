package dev.krait.differential;

import dev.krait.ast.AstDump;
import dev.krait.ast.Mod;
import dev.krait.compiler.Compiler;
import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import dev.krait.symtable.SymbolTable;
import dev.krait.symtable.SymtableRecursionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Krait's side of a parse comparison: {@code Parser.parse} then {@code AstDump.dump}, giving a
 * {@link ParseOutcome} in exactly the shape {@link CPythonOracle#parse} gives CPython's, so that
 * the two compare with {@code equals}.
 *
 * <p>A Python exception Krait raises on purpose (SyntaxError family, MemoryError, RecursionError,
 * UnicodeDecodeError) is an outcome to compare. Anything else -- a Java exception escaping, a
 * stack overflow, a hang -- is a crash, which is always a bug: it is reported as an
 * {@link AssertionError} naming it, so a test fails there whatever CPython said.
 *
 * <p>Parses run on pooled threads with a 512 MB stack, as {@code bin/krait} runs them, so that
 * nesting CPython accepts does not overflow the test JVM's smaller stacks.
 */
public final class KraitFrontEnd {
    /** The file name {@code ast.parse} gives a source passed without one. */
    private static final String FILENAME = "<unknown>";
    private static final long STACK_BYTES = 512L * 1024 * 1024;
    /** Far above any real parse (the whole stdlib takes seconds); only a hang reaches it. */
    private static final long TIMEOUT_SECONDS = 120;

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(bigStacks());

    private KraitFrontEnd() {}

    /** Krait's parse of the source, in the same shape as {@link CPythonOracle#parse}. */
    public static ParseOutcome parse(byte[] source, boolean includeAttributes) {
        Future<ParseOutcome> result = WORKERS.submit(() -> parseHere(source, includeAttributes));
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw crash(e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("Krait hung: no answer after " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Krait was parsing", e);
        }
    }

    /**
     * Krait's front end up to code generation, as {@code compile(source, filename, "exec")} runs
     * CPython's: the parse, then the symbol table and the compiler's static checks, whose
     * SyntaxErrors only these later stages find. A source that passes them all gives
     * {@code parsed("")}.
     */
    public static ParseOutcome compile(byte[] source, String filename) {
        Future<ParseOutcome> result = WORKERS.submit(() -> compileHere(source, filename));
        try {
            return result.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw crash(e.getCause());
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new AssertionError("Krait hung: no answer after " + TIMEOUT_SECONDS + " s");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while Krait was compiling", e);
        }
    }

    private static ParseOutcome compileHere(byte[] source, String filename) {
        try {
            Mod tree = Parser.parse(source, filename, Parser.Mode.EXEC);
            Compiler.staticChecks(tree, SymbolTable.build(tree, filename), 0);
        } catch (PythonSyntaxError e) {
            return new ParseOutcome(null, e.type.name(), e.msg, e.lineno, e.offset, e.endLineno,
                    e.endOffset);
        } catch (ParserOverflowError e) {
            return new ParseOutcome(null, e.pythonType, e.getMessage(), 0, 0, 0, 0);
        } catch (PythonUnicodeDecodeError e) {
            return new ParseOutcome(null, "UnicodeDecodeError", e.msg, 0, 0, 0, 0);
        } catch (SymtableRecursionException e) {
            return new ParseOutcome(null, "RecursionError", e.getMessage(), 0, 0, 0, 0);
        }
        return ParseOutcome.parsed("");
    }

    /** {@link #parse} with the dump replaced by its SHA-256, like {@code parseDigest}. */
    public static ParseOutcome parseDigest(byte[] source, boolean includeAttributes) {
        return parse(source, includeAttributes).digested();
    }

    /** The parse on the caller's own thread (which must have a big enough stack). */
    static ParseOutcome parseHere(byte[] source, boolean includeAttributes) {
        Mod tree;
        try {
            tree = Parser.parse(source, FILENAME, Parser.Mode.EXEC);
        } catch (PythonSyntaxError e) {
            return new ParseOutcome(null, e.type.name(), e.msg, e.lineno, e.offset, e.endLineno,
                    e.endOffset);
        } catch (ParserOverflowError e) {
            return new ParseOutcome(null, e.pythonType, e.getMessage(), 0, 0, 0, 0);
        } catch (PythonUnicodeDecodeError e) {
            return new ParseOutcome(null, "UnicodeDecodeError", e.msg, 0, 0, 0, 0);
        }
        return ParseOutcome.parsed(AstDump.dump(tree, includeAttributes, null));
    }

    private static AssertionError crash(Throwable cause) {
        if (cause instanceof AssertionError assertion) {
            return assertion;
        }
        return new AssertionError("Krait crashed: " + cause, cause);
    }

    private static ThreadFactory bigStacks() {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, "krait-parse-" + count.incrementAndGet(),
                    STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
