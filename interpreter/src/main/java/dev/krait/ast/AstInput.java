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

    public AstInput(byte[] data, int offset, int end) {
        if (offset < 0 || end > data.length || offset > end) {
            throw new Corrupt("bad range");
        }
        this.data = data;
        this.pos = offset;
        this.end = end;
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
            default -> throw new Corrupt("bad constant tag");
        };
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
