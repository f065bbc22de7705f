package dev.krait.ast;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads the primitives {@link AstOutput} writes, from a byte range. Every read checks its
 * bounds and every count is checked against the bytes left, so that damaged data throws
 * {@link Corrupt} instead of reading past the end or allocating without limit; the generated
 * {@link AstReader} adds one method per node kind.
 */
public class AstInput {
    /** The data is not what {@link AstOutput} wrote. */
    public static final class Corrupt extends RuntimeException {
        public Corrupt(String message) {
            super(message, null, false, false);
        }
    }

    private final byte[] data;
    private int pos;
    private final int end;
    private final List<String> strings = new ArrayList<>();
    /** Where the nodes that open a symbol-table block go as they are made, or null. */
    private List<Object> blocks;
    /** Whether function bodies are in {@link AstOutput#lazyStmts}'s skippable form. */
    private boolean skippable;
    /** Whether skippable function bodies are read when met instead of on first use. */
    private boolean eager;
    /** What the function bodies this reader leaves for later read from (see LazyStmts). */
    private LazyStmts.Source source;

    public AstInput(byte[] data, int offset, int end) {
        if (offset < 0 || end > data.length || offset > end) {
            throw new Corrupt("bad range");
        }
        this.data = data;
        this.pos = offset;
        this.end = end;
    }

    /**
     * Makes the reader add each node that opens a symbol-table block (function, class,
     * lambda, comprehension) to {@code into}, in the order it makes them: children before
     * their parents, siblings in field order. The same bytes always give the same order. A
     * function body left for later ({@link LazyStmts}) adds as many stand-ins as it holds such
     * nodes, in their place; reading the body hands each stand-in with its node to the binder
     * ({@link #bindBlocks}).
     */
    public final void listBlocks(List<Object> into) {
        blocks = into;
    }

    /**
     * Tells the reader that the data's function bodies are in the skippable form
     * ({@link AstOutput#writeSkippableBodies}), and whether to read each when it meets it
     * ({@code eager}: for a caller that walks the whole tree at once) or to leave it to be read
     * on first use ({@link LazyStmts}).
     */
    public final void skippableBodies(boolean eager) {
        this.skippable = true;
        this.eager = eager;
    }

    /**
     * Sets what learns, when a function body left for later is read, which node each of the
     * stand-ins {@link #listBlocks} listed for it stands for (the symbol table read with the
     * tree, whose scopes name the stand-ins until then). Applies to every body this reader
     * left, and the bodies left within them.
     */
    public final void bindBlocks(java.util.function.BiConsumer<Object, Object> binder) {
        source().binder = binder;
    }

    private LazyStmts.Source source() {
        if (source == null) {
            source = new LazyStmts.Source(data);
        }
        return source;
    }

    /** Continues the reading of {@code parent}: a body it left for later, in its context. */
    final void resume(LazyStmts.Source from, List<String> parentStrings, int stringCount) {
        source = from;
        skippable = true;
        strings.addAll(parentStrings.subList(0, stringCount));
    }

    protected final <T> T opened(T node) {
        if (blocks != null) {
            blocks.add(node);
        }
        return node;
    }

    /** True when every byte has been read. */
    public final boolean atEnd() {
        return pos == end;
    }

    private int readByte() {
        if (pos >= end) {
            throw new Corrupt("truncated");
        }
        return data[pos++];
    }

    public final long readUnsigned() {
        // most numbers of a tree (kinds, counts, columns, string references) fit in one byte;
        // the front end runs in C1's code (bin/krait-compiler-directives.json), which does not
        // peel the loop below, so the common case is taken before it
        int p = pos;
        if (p < end && data[p] >= 0) {
            pos = p + 1;
            return data[p];
        }
        long v = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = readByte();
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
        throw new Corrupt("number too long");
    }

    public final int readInt() {
        long u = readUnsigned();
        if ((u >>> 32) != 0) {
            throw new Corrupt("int out of range");
        }
        int v = (int) u;
        return (v >>> 1) ^ -(v & 1);
    }

    public final long readLong() {
        long u = readUnsigned();
        return (u >>> 1) ^ -(u & 1);
    }

    /** A count of items still to read, each at least one byte long. */
    private int readCount(long count) {
        if (count < 0 || count > end - pos) {
            throw new Corrupt("bad count");
        }
        return (int) count;
    }

    /** A number below {@code bound} (an enum member's ordinal). */
    public final int readIndex(int bound) {
        long v = readUnsigned();
        if (v >= bound) {
            throw new Corrupt("bad index");
        }
        return (int) v;
    }

    public final byte[] readBytes() {
        int n = readCount(readUnsigned());
        byte[] b = new byte[n];
        System.arraycopy(data, pos, b, 0, n);
        pos += n;
        return b;
    }

    public final String readString() {
        long ref = readUnsigned();
        if (ref == 0) {
            return null;
        }
        if (ref <= strings.size()) {
            return strings.get((int) (ref - 1));
        }
        if (ref != strings.size() + 1L) {
            throw new Corrupt("bad string reference");
        }
        long header = readUnsigned();
        int n = readCount(header >>> 1);
        String s;
        if ((header & 1) != 0) {
            s = new String(data, pos, n, StandardCharsets.ISO_8859_1);
            pos += n;
        } else {
            char[] units = new char[n];
            for (int i = 0; i < n; i++) {
                long u = readUnsigned();
                if (u > Character.MAX_VALUE) {
                    throw new Corrupt("bad char");
                }
                units[i] = (char) u;
            }
            s = new String(units);
        }
        strings.add(s);
        return s;
    }

    public final ConstantValue readConstant() {
        int tag = (int) readUnsigned();
        return switch (tag) {
            case AstOutput.NONE -> ConstantValue.NONE;
            case AstOutput.ELLIPSIS -> ConstantValue.ELLIPSIS;
            case AstOutput.TRUE -> ConstantValue.TRUE;
            case AstOutput.FALSE -> ConstantValue.FALSE;
            case AstOutput.SMALL_INT -> new ConstantValue.Int(BigInteger.valueOf(readLong()));
            case AstOutput.BIG_INT -> new ConstantValue.Int(new BigInteger(readBytes()));
            case AstOutput.FLOAT -> new ConstantValue.Float(Double.longBitsToDouble(readLong()));
            case AstOutput.IMAGINARY ->
                    new ConstantValue.Imaginary(Double.longBitsToDouble(readLong()));
            case AstOutput.STR -> new ConstantValue.Str(nonNull(readString()));
            case AstOutput.STR_WITH_CODE_POINTS -> {
                String value = nonNull(readString());
                int[] codePoints = new int[readCount(readUnsigned())];
                for (int i = 0; i < codePoints.length; i++) {
                    codePoints[i] = (int) readUnsigned();
                }
                yield new ConstantValue.Str(value, codePoints);
            }
            case AstOutput.BYTES -> new ConstantValue.Bytes(readBytes());
            case AstOutput.COMPLEX -> new ConstantValue.Complex(
                    Double.longBitsToDouble(readLong()), Double.longBitsToDouble(readLong()));
            case AstOutput.TUPLE -> new ConstantValue.Tuple(readConstants());
            case AstOutput.FROZENSET -> new ConstantValue.FrozenSet(readConstants());
            default -> throw new Corrupt("bad constant tag");
        };
    }

    private List<ConstantValue> readConstants() {
        List<ConstantValue> items = list(this::readConstant);
        if (items == null) {
            throw new Corrupt("missing constants");
        }
        return items;
    }

    private static String nonNull(String s) {
        if (s == null) {
            throw new Corrupt("missing string");
        }
        return s;
    }

    /** A list {@link AstOutput#list} wrote (null for 0), each item by {@code item}. */
    protected final <T> List<T> list(Supplier<T> item) {
        long header = readUnsigned();
        if (header == 0) {
            return null;
        }
        int n = readCount(header - 1);
        List<T> items = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            items.add(item.get());
        }
        return items;
    }

    /**
     * A function body {@link AstOutput#lazyStmts} wrote: a plain list, or in the skippable form
     * ({@link #skippableBodies}) a {@link LazyStmts} that reads its statements on first use, or
     * when reading eagerly the statements read now.
     */
    protected final List<Stmt> lazyStmts(Supplier<Stmt> item) {
        if (!skippable) {
            return list(item);
        }
        long header = readUnsigned();
        if (header == 0) {
            return null;
        }
        int n = readCount(header - 1);
        if (n == 0) {
            return new ArrayList<>(0);
        }
        Stmt head = readIndex(2) == 1 ? item.get() : null;
        String lastType = nonNull(readString());
        int nblocks = readCount(readUnsigned());
        int length = readCount(readUnsigned());
        int start = pos;
        if (eager) {
            int stringsBefore = strings.size();
            List<Stmt> items = new ArrayList<>(n);
            if (head != null) {
                items.add(head);
            }
            while (items.size() < n) {
                items.add(item.get());
            }
            if (pos != start + length) {
                throw new Corrupt("bad body length");
            }
            // the body's own strings are not seen after it (see AstOutput.lazyStmts)
            strings.subList(stringsBefore, strings.size()).clear();
            return items;
        }
        pos = start + length;
        Object[] standIns = null;
        if (blocks != null) {
            standIns = new Object[nblocks];
            for (int i = 0; i < nblocks; i++) {
                standIns[i] = new Object();
                blocks.add(standIns[i]);
            }
        }
        return new LazyStmts(source(), start, start + length, strings, strings.size(), n, head,
                lastType, standIns);
    }

    protected final List<String> stringList() {
        return list(this::readString);
    }

    protected final <E> List<E> enumList(E[] values) {
        return list(() -> values[readIndex(values.length)]);
    }

    protected final Integer nullableInt() {
        long u = readUnsigned();
        if (u == 0) {
            return null;
        }
        if (((u - 1) >>> 32) != 0) {
            throw new Corrupt("int out of range");
        }
        int v = (int) (u - 1);
        return (v >>> 1) ^ -(v & 1);
    }
}
