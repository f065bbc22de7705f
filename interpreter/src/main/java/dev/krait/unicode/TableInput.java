package dev.krait.unicode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads one of the generated table files ({@code tools/generate-unicode-tables} writes them):
 * gzip around a big-endian stream that starts with a header naming the table and the Unicode
 * version it was generated from. The file is inflated into memory in one go and parsed from a
 * buffer, which keeps first-use cost low. A missing, truncated or mismatched file means a broken
 * build, not bad user input, so it fails with an {@link IllegalStateException} naming the file.
 */
final class TableInput implements AutoCloseable {
    private static final String MAGIC = "KRAITUCD";
    private static final int FORMAT = 1;

    private final String table;
    private final ByteBuffer in;

    private TableInput(String table, ByteBuffer in) {
        this.table = table;
        this.in = in;
    }

    /** Opens {@code <table>.gz} beside this class and checks its header. */
    static TableInput open(String table) {
        String resource = table + ".gz";
        byte[] bytes;
        try (InputStream raw = TableInput.class.getResourceAsStream(resource)) {
            if (raw == null) {
                throw new IllegalStateException("Unicode table missing from the class path: "
                        + resource);
            }
            bytes = new GZIPInputStream(raw, 1 << 16).readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Unicode table " + resource, e);
        }
        TableInput input = new TableInput(table, ByteBuffer.wrap(bytes));
        String magic = new String(input.bytes(MAGIC.length()), StandardCharsets.ISO_8859_1);
        int format = input.u8();
        String name = input.text();
        String version = input.text();
        if (!MAGIC.equals(magic) || format != FORMAT || !table.equals(name)
                || !UnicodeData.UNIDATA_VERSION.equals(version)) {
            throw new IllegalStateException("Unicode table " + resource + " has header " + name
                    + "/" + version + "/format " + format + "; expected " + table + "/"
                    + UnicodeData.UNIDATA_VERSION + "/format " + FORMAT);
        }
        return input;
    }

    private IllegalStateException truncated() {
        return new IllegalStateException("Unicode table " + table + ".gz is truncated");
    }

    int u8() {
        try {
            return in.get() & 0xff;
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    int u16() {
        try {
            return in.getChar();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    int i32() {
        try {
            return in.getInt();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    double f64() {
        try {
            return in.getDouble();
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
    }

    /** An unsigned number, 7 bits a byte, low bits first, high bit set on all but the last. */
    int varint() {
        int value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = u8();
            value |= (b & 0x7f) << shift;
            if (b < 0x80) {
                return value;
            }
        }
    }

    /** An ASCII text: u16 length, then its bytes. */
    String text() {
        int length = u16();
        if (length > in.remaining()) {
            throw truncated();
        }
        String text = new String(in.array(), in.position(), length, StandardCharsets.ISO_8859_1);
        in.position(in.position() + length);
        return text;
    }

    byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        try {
            in.get(bytes);
        } catch (BufferUnderflowException e) {
            throw truncated();
        }
        return bytes;
    }

    /** {@code count} u16 values. */
    char[] chars(int count) {
        if ((long) count * 2 > in.remaining()) {
            throw truncated();
        }
        char[] chars = new char[count];
        in.asCharBuffer().get(chars);
        in.position(in.position() + count * 2);
        return chars;
    }

    /** {@code count} i32 values. */
    int[] ints(int count) {
        if ((long) count * 4 > in.remaining()) {
            throw truncated();
        }
        int[] ints = new int[count];
        in.asIntBuffer().get(ints);
        in.position(in.position() + count * 4);
        return ints;
    }

    /** A code point sequence: u8 length, then i32 code points. */
    int[] codePoints() {
        return ints(u8());
    }

    /** Fails unless the whole file was read: a longer file is a format mismatch. */
    @Override
    public void close() {
        if (in.hasRemaining()) {
            throw new IllegalStateException("Unicode table " + table + ".gz has trailing data");
        }
    }
}
