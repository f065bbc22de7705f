package dev.krait.symtable;

import dev.krait.ast.AstInput;
import dev.krait.ast.AstOutput;
import dev.krait.ast.Mod;
import dev.krait.lexer.PythonSyntaxError;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A module's symbol table in the parsed-module cache's binary form, so that an import that reads
 * a cached tree also reads the scopes the compiler needs instead of running the symbol table's
 * three walks of the tree ({@link ScopeBuilder}, {@link ScopeAnalysis}, {@link LocalsOrder})
 * again. They depend on the tree alone, and the cache stores them only for a tree whose table
 * was built without an error, so the scopes read back are the ones {@link SymbolTable#build}
 * would make and every compile-time error is still raised where CPython raises it (a tree with
 * an error has no stored scopes, and is analysed as before).
 *
 * <p>A scope names its node by its place in the list of block-opening nodes (function, class,
 * lambda, comprehension) that {@link dev.krait.ast.AstReader#listBlocks} makes while reading
 * the tree: the writer numbers the nodes of a tree read back from the bytes it stores, so both
 * sides number the same bytes the same way. The scopes follow in the table's own order (each
 * scope, then its children), with everything the compiler reads: kind, name, position, the
 * symbols with their flags and resolved scopes in first-seen order (made into a map only when
 * a lookup needs it), the parameters, {@code co_varnames}, {@code co_cellvars} and
 * {@code co_freevars}, and the generator, closure and comprehension facts. The
 * {@code global}/{@code nonlocal} directives are left out: only the analysis reads them, to
 * place its errors.
 */
// CPython has no counterpart: its .pyc files hold the compiled code, which makes the table moot.
public final class ScopeCodec {
    /** Bumped whenever what a scope holds, or its order here, changes. */
    public static final int VERSION = 2;

    private static final Scope.Kind[] KINDS = Scope.Kind.values();
    private static final Scope.Comprehension[] COMPREHENSIONS = Scope.Comprehension.values();

    /** More symbols than any entry holds: a count beyond it is damage, not an allocation. */
    private static final int MAX_COUNT = 1 << 20;

    private ScopeCodec() {}

    private static List<String> readNames(AstInput in) {
        int count = in.readIndex(MAX_COUNT);
        String[] names = new String[count];
        for (int i = 0; i < count; i++) {
            names[i] = in.readString();
        }
        return List.of(names);
    }

    /**
     * Writes {@code table}, the symbol table of a tree whose block-opening nodes, in
     * {@link dev.krait.ast.AstReader#listBlocks} order, are {@code blockNodes}.
     */
    public static void write(SymbolTable table, List<Object> blockNodes, AstOutput out) {
        IdentityHashMap<Object, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < blockNodes.size(); i++) {
            index.put(blockNodes.get(i), i + 1);
        }
        out.writeInt(VERSION);
        out.writeUnsigned(blockNodes.size());
        writeScope(table.top(), index, out);
    }

    private static void writeScope(Scope s, IdentityHashMap<Object, Integer> index,
            AstOutput out) {
        Integer at = s.kind() == Scope.Kind.MODULE ? Integer.valueOf(0) : index.get(s.node());
        if (at == null) {
            throw new IllegalStateException("a scope whose node the tree does not hold");
        }
        out.writeUnsigned(at);
        out.writeUnsigned(s.kind().ordinal());
        out.writeString(s.name());
        out.writeInt(s.lineno());
        out.writeInt(s.colOffset());
        out.writeUnsigned((s.free ? 1 : 0) | (s.childFree ? 2 : 0) | (s.generator ? 4 : 0)
                | (s.coroutine ? 8 : 0) | (s.returnsValue ? 16 : 0)
                | (s.needsClassClosure ? 32 : 0) | (s.varargs ? 64 : 0)
                | (s.varkeywords ? 128 : 0) | (s.compIterTarget ? 256 : 0));
        out.writeUnsigned(s.comprehension.ordinal());
        out.writeInt(s.compIterExpr);
        Map<String, Integer> symbols = s.rawSymbols();
        out.writeUnsigned(symbols.size());
        for (var e : symbols.entrySet()) {
            out.writeString(e.getKey());
            out.writeInt(e.getValue());
        }
        writeNames(s.parameters, out);
        writeNames(s.varnames(), out);
        writeNames(s.cellvars(), out);
        writeNames(s.freevars(), out);
        out.writeUnsigned(s.children.size());
        for (Scope child : s.children) {
            writeScope(child, index, out);
        }
    }

    private static void writeNames(List<String> names, AstOutput out) {
        out.writeUnsigned(names.size());
        for (String n : names) {
            out.writeString(n);
        }
    }

    /**
     * Reads back the table of {@code module} (file {@code filename}), whose block-opening nodes
     * the reader listed as {@code blockNodes}; throws {@link AstInput.Corrupt} (or another
     * runtime exception) for data that does not fit the tree, which the cache takes as a miss.
     */
    public static SymbolTable read(Mod module, String filename, List<Object> blockNodes,
            AstInput in) {
        if (in.readInt() != VERSION || in.readUnsigned() != blockNodes.size()) {
            throw new AstInput.Corrupt("scopes of another version or tree");
        }
        FutureFeatures future;
        try {
            future = FutureFeatures.of(module, filename);
        } catch (PythonSyntaxError e) {
            throw new AstInput.Corrupt("scopes stored for a tree with an error");
        }
        IdentityHashMap<Object, Scope> blocks = new IdentityHashMap<>();
        boolean[] used = new boolean[blockNodes.size()];
        Scope top = readScope(module, null, blockNodes, used, blocks, in);
        if (top.kind() != Scope.Kind.MODULE || !in.atEnd()) {
            throw new AstInput.Corrupt("bad scopes");
        }
        return SymbolTable.of(top, blocks, future, filename);
    }

    private static Scope readScope(Mod module, Scope parent, List<Object> blockNodes,
            boolean[] used, IdentityHashMap<Object, Scope> blocks, AstInput in) {
        int at = in.readIndex(blockNodes.size() + 1);
        if ((at == 0) != (parent == null) || (at > 0 && used[at - 1])) {
            throw new AstInput.Corrupt("bad scope node");
        }
        Object node = at == 0 ? module : blockNodes.get(at - 1);
        if (at > 0) {
            used[at - 1] = true;
        }
        Scope.Kind kind = KINDS[in.readIndex(KINDS.length)];
        Scope s = new Scope(kind, in.readString(), node, parent, in.readInt(), in.readInt());
        int bits = (int) in.readUnsigned();
        s.free = (bits & 1) != 0;
        s.childFree = (bits & 2) != 0;
        s.generator = (bits & 4) != 0;
        s.coroutine = (bits & 8) != 0;
        s.returnsValue = (bits & 16) != 0;
        s.needsClassClosure = (bits & 32) != 0;
        s.varargs = (bits & 64) != 0;
        s.varkeywords = (bits & 128) != 0;
        s.compIterTarget = (bits & 256) != 0;
        s.comprehension = COMPREHENSIONS[in.readIndex(COMPREHENSIONS.length)];
        s.compIterExpr = in.readInt();
        int count = in.readIndex(MAX_COUNT);
        String[] names = new String[count];
        int[] values = new int[count];
        for (int i = 0; i < count; i++) {
            names[i] = in.readString();
            values[i] = in.readInt();
        }
        for (long n = in.readUnsigned(); n > 0; n--) {
            s.parameters.add(in.readString());
        }
        s.setVarnames(readNames(in));
        s.restore(names, values, readNames(in), readNames(in));
        blocks.put(node, s);
        for (long n = in.readUnsigned(); n > 0; n--) {
            s.children.add(readScope(module, s, blockNodes, used, blocks, in));
        }
        return s;
    }
}
