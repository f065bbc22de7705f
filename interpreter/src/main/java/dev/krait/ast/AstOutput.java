package dev.krait.ast;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The primitives of Krait's binary AST form, which the parsed-module cache stores: ints as
 * zigzag variable-length numbers (a position or a tag takes one or two bytes), each distinct
 * string once (later uses refer back to it, so an identifier used a hundred times is stored
 * once), and literal values tagged by kind. The generated {@link AstWriter} adds one method per
 * node kind; {@link AstInput} reads what this writes.
 *
 * <p>Strings keep every UTF-16 unit, lone surrogates included (a str literal may hold one), so
 * the form is not UTF-8: a string whose units are all below 256 is stored as those bytes, any
 * other as one number per unit.
 */
public class AstOutput {
    /** Tags of {@link #writeConstant} (the order of {@link ConstantValue}'s kinds). */
    static final int NONE = 0;
    static final int ELLIPSIS = 1;
    static final int TRUE = 2;
    static final int FALSE = 3;
    static final int SMALL_INT = 4;
    static final int BIG_INT = 5;
    static final int FLOAT = 6;
    static final int IMAGINARY = 7;
    static final int STR = 8;
    static final int STR_WITH_CODE_POINTS = 9;
    static final int BYTES = 10;
    static final int COMPLEX = 11;
    static final int TUPLE = 12;
    static final int FROZENSET = 13;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    private byte[] buf = new byte[8192];
    private int size;
    private final Map<String, Integer> strings = new HashMap<>();
    /** The strings of {@link #strings} in the order they were written. */
    private final List<String> stringOrder = new ArrayList<>();
    /** How many nodes that open a symbol-table block have been written (AstWriter counts). */
    protected int blocksWritten;
    /** Whether function bodies are written so that a reader can skip them (see lazyStmts). */
    private boolean skippableBodies;

    /**
     * Makes this writer write function bodies so that a reader can skip them and read them on
     * first use ({@link #lazyStmts}); a reader must be told ({@link AstInput#skippableBodies}).
     * The parsed-module cache does; {@code marshal}'s form keeps plain lists.
     */
    public final void writeSkippableBodies() {
        skippableBodies = true;
    }

    /** The bytes written so far. */
    public final byte[] toByteArray() {
        return Arrays.copyOf(buf, size);
    }

    private void ensure(int more) {
        if (size + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + more));
        }
    }

    /** A non-negative number, seven bits a byte, low bits first. */
    public final void writeUnsigned(long v) {
        ensure(10);
        while ((v & ~0x7FL) != 0) {
            buf[size++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[size++] = (byte) v;
    }

    /** Any int: zigzag-coded, so that small negative numbers stay short too. */
    public final void writeInt(int v) {
        writeUnsigned(((v << 1) ^ (v >> 31)) & 0xFFFFFFFFL);
    }

    public final void writeLong(long v) {
        writeUnsigned((v << 1) ^ (v >> 63));
    }

    public final void writeBytes(byte[] b) {
        writeUnsigned(b.length);
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    /**
     * A string or null: 0 for null, 1 + the index of a string written before, or
     * {@code 1 + count} followed by the new string (its length times two, plus one when its
     * units are all below 256 and follow as bytes).
     */
    public final void writeString(String s) {
        if (s == null) {
            writeUnsigned(0);
            return;
        }
        Integer seen = strings.get(s);
        if (seen != null) {
            writeUnsigned(seen + 1L);
            return;
        }
        int index = strings.size();
        strings.put(s, index);
        stringOrder.add(s);
        writeUnsigned(index + 1L);
        int n = s.length();
        boolean narrow = true;
        for (int i = 0; i < n && narrow; i++) {
            narrow = s.charAt(i) < 256;
        }
        writeUnsigned(n * 2L + (narrow ? 1 : 0));
        if (narrow) {
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[size++] = (byte) s.charAt(i);
            }
        } else {
            for (int i = 0; i < n; i++) {
                writeUnsigned(s.charAt(i));
            }
        }
    }

    public final void writeConstant(ConstantValue c) {
        switch (c) {
            case ConstantValue.None n -> writeUnsigned(NONE);
            case ConstantValue.Ellipsis e -> writeUnsigned(ELLIPSIS);
            case ConstantValue.Bool b -> writeUnsigned(b.value() ? TRUE : FALSE);
            case ConstantValue.Int i -> {
                BigInteger v = i.value();
                if (v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
                    writeUnsigned(SMALL_INT);
                    writeLong(v.longValue());
                } else {
                    writeUnsigned(BIG_INT);
                    writeBytes(v.toByteArray());
                }
            }
            case ConstantValue.Float f -> {
                writeUnsigned(FLOAT);
                writeLong(Double.doubleToRawLongBits(f.value()));
            }
            case ConstantValue.Imaginary i -> {
                writeUnsigned(IMAGINARY);
                writeLong(Double.doubleToRawLongBits(i.imag()));
            }
            case ConstantValue.Str s -> {
                writeUnsigned(s.codePoints() == null ? STR : STR_WITH_CODE_POINTS);
                writeString(s.value());
                if (s.codePoints() != null) {
                    writeUnsigned(s.codePoints().length);
                    for (int cp : s.codePoints()) {
                        writeUnsigned(cp);
                    }
                }
            }
            case ConstantValue.Bytes b -> {
                writeUnsigned(BYTES);
                writeBytes(b.value());
            }
            case ConstantValue.Complex z -> {
                writeUnsigned(COMPLEX);
                writeLong(Double.doubleToRawLongBits(z.real()));
                writeLong(Double.doubleToRawLongBits(z.imag()));
            }
            case ConstantValue.Tuple t -> {
                writeUnsigned(TUPLE);
                list(t.items(), this::writeConstant);
            }
            case ConstantValue.FrozenSet f -> {
                writeUnsigned(FROZENSET);
                list(f.items(), this::writeConstant);
            }
        }
    }

    /** A list (0 for null, else its size plus one), each item by {@code item}. */
    protected final <T> void list(List<T> items, Consumer<T> item) {
        if (items == null) {
            writeUnsigned(0);
            return;
        }
        writeUnsigned(items.size() + 1L);
        for (T t : items) {
            item.accept(t);
        }
    }

    /**
     * A function body: a plain {@link #list}, or, when this writer
     * {@link #writeSkippableBodies}, written so that a reader can skip it and read it on first
     * use ({@link LazyStmts}): most functions a module defines are never called in a given run.
     * After the list's header (0 for null, else its size plus one) come, for a non-empty body:
     * 1 and the first statement when it is an expression statement of a constant (a possible
     * docstring, which the compiler reads when it makes the function), else 0; the type name
     * of the last statement (whether control can fall off the end); how many nodes that open
     * a symbol-table block the rest holds; and the rest's length in bytes, then the rest. The
     * strings the rest adds to the table are forgotten after it, so that a reader that skips
     * the rest numbers the strings that follow as the writer did.
     */
    protected final void lazyStmts(List<Stmt> items, Consumer<Stmt> item) {
        if (!skippableBodies) {
            list(items, item);
            return;
        }
        if (items == null) {
            writeUnsigned(0);
            return;
        }
        int n = items.size();
        writeUnsigned(n + 1L);
        if (n == 0) {
            return;
        }
        boolean head = items.get(0) instanceof Stmt.Expr e && e.value() instanceof Expr.Constant;
        writeUnsigned(head ? 1 : 0);
        if (head) {
            item.accept(items.get(0));
        }
        writeString(items.get(n - 1).typeName());
        int stringsBefore = stringOrder.size();
        int blocksBefore = blocksWritten;
        int start = size;
        for (int i = head ? 1 : 0; i < n; i++) {
            item.accept(items.get(i));
        }
        for (int i = stringOrder.size() - 1; i >= stringsBefore; i--) {
            strings.remove(stringOrder.remove(i));
        }
        int length = size - start;
        // the two counts go before the rest's bytes, which are moved up to make room
        int end = size;
        writeUnsigned(blocksWritten - blocksBefore);
        writeUnsigned(length);
        int prefix = size - end;
        byte[] counts = Arrays.copyOfRange(buf, end, size);
        System.arraycopy(buf, start, buf, start + prefix, length);
        System.arraycopy(counts, 0, buf, start, prefix);
    }

    protected final void stringList(List<String> items) {
        list(items, this::writeString);
    }

    protected final void enumList(List<? extends Enum<?>> items) {
        list(items, e -> writeUnsigned(e.ordinal()));
    }

    /** An optional int (ImportFrom's level): 0 for null, else the value zigzag-coded plus one. */
    protected final void nullableInt(Integer v) {
        if (v == null) {
            writeUnsigned(0);
        } else {
            writeUnsigned((((v << 1) ^ (v >> 31)) & 0xFFFFFFFFL) + 1);
        }
    }
}
