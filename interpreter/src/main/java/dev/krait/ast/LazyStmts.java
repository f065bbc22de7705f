package dev.krait.ast;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.BiConsumer;

/**
 * A function body read from Krait's binary AST form ({@link AstInput#lazyStmts}) on first use,
 * not when the tree is read: an import from the parsed-module cache reads every module-level
 * statement and class body, but most of the functions a module defines are never called in a
 * given run, and their bodies are most of its bytes. Until then the list knows, without reading
 * the statements, its size, its first statement when that is an expression statement of a
 * constant (a possible docstring: {@link #head}), and the type name of its last statement
 * ({@link #lastType}): what the compiler reads when it makes the function, whose body it
 * compiles on the first call.
 *
 * <p>The first use of any element reads all the statements once, under this list's lock, so
 * that every thread sees the same node objects (the symbol table and the compiler key their
 * work by node identity). The body's nodes that open a symbol-table block were listed as
 * stand-ins when the tree was read ({@link AstInput#listBlocks}); reading the body hands each
 * stand-in with its node to the binder the reader was given, so that the scopes read with the
 * tree find their nodes. A body within the body is again left for later, with stand-ins of its
 * own in the list of the body read.
 *
 * <p>The data was checked (a checksum over the whole entry) before the tree was read, so a
 * body that does not read back is an internal error ({@link AstInput.Corrupt}), not a miss.
 */
// CPython has no counterpart: a .pyc unmarshals a function's code object with its module.
public final class LazyStmts extends AbstractList<Stmt> implements RandomAccess {
    /** What the bodies left by one reading of a tree share: the bytes, and the binder. */
    static final class Source {
        final byte[] data;
        volatile BiConsumer<Object, Object> binder;

        Source(byte[] data) {
            this.data = data;
        }
    }

    private final Source source;
    private final int start;
    private final int end;
    private final int size;
    private final Stmt head;
    private final String lastType;
    /** The string table as the body's bytes expect it: the first entries of the reader's. */
    private List<String> strings;
    private final int stringCount;
    /** The stand-ins listed for the body's block-opening nodes, or null when none were. */
    private Object[] standIns;
    private volatile List<Stmt> items;

    LazyStmts(Source source, int start, int end, List<String> strings, int stringCount,
            int size, Stmt head, String lastType, Object[] standIns) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.strings = strings;
        this.stringCount = stringCount;
        this.size = size;
        this.head = head;
        this.lastType = lastType;
        this.standIns = standIns;
    }

    /**
     * The first statement when it is an expression statement of a constant, read with the
     * tree; null when the first statement is anything else (it is then no docstring).
     */
    public Stmt head() {
        return head;
    }

    /** The type name ({@link Node#typeName}) of the last statement, known without reading. */
    public String lastType() {
        return lastType;
    }

    /** Whether the statements have been read. */
    public boolean isRead() {
        return items != null;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Stmt get(int index) {
        if (index == 0 && head != null) {
            return head;
        }
        return items().get(index);
    }

    private List<Stmt> items() {
        List<Stmt> read = items;
        if (read == null) {
            synchronized (this) {
                read = items;
                if (read == null) {
                    read = read();
                    items = read;
                }
            }
        }
        return read;
    }

    private List<Stmt> read() {
        AstReader reader = new AstReader(source.data, start, end);
        reader.resume(source, strings, stringCount);
        List<Object> blocks = standIns == null ? null : new java.util.ArrayList<>();
        reader.listBlocks(blocks);
        Stmt[] read = new Stmt[size];
        int i = 0;
        if (head != null) {
            read[i++] = head;
        }
        for (; i < size; i++) {
            read[i] = reader.nodeStmt();
            if (read[i] == null) {
                throw new AstInput.Corrupt("a function body's statement is missing");
            }
        }
        if (!reader.atEnd() || (blocks != null && blocks.size() != standIns.length)) {
            throw new AstInput.Corrupt("a function body does not read back");
        }
        BiConsumer<Object, Object> binder = source.binder;
        if (blocks != null && binder != null) {
            for (int b = 0; b < standIns.length; b++) {
                binder.accept(standIns[b], blocks.get(b));
            }
        }
        // what only the reading needed can go
        strings = null;
        standIns = null;
        return Arrays.asList(read);
    }
}
