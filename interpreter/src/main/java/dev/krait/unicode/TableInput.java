package dev.krait.unicode;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

/**
 * Reads one of the generated table files ({@code tools/generate-unicode-tables} writes them):
 * gzip around a big-endian stream that starts with a header naming the table and the Unicode
 * version it was generated from. A missing or mismatched file means a broken build, not bad user
 * input, so it fails with an {@link IllegalStateException} that says which file.
 */
final class TableInput implements AutoCloseable {
    private static final String MAGIC = "KRAITUCD";
    private static final int FORMAT = 1;

    private final String table;
    private final DataInputStream in;

    private TableInput(String table, DataInputStream in) {
        this.table = table;
        this.in = in;
    }

    /** Opens {@code <table>.gz} beside this class and checks its header. */
    static TableInput open(String table) {
        String resource = table + ".gz";
        InputStream raw = TableInput.class.getResourceAsStream(resource);
        if (raw == null) {
            throw new IllegalStateException("Unicode table missing from the class path: " + resource);
        }
        try {
            DataInputStream in = new DataInputStream(
                    new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
            TableInput input = new TableInput(table, in);
            byte[] magic = new byte[MAGIC.length()];
            in.readFully(magic);
            int format = in.readUnsignedByte();
            String name = input.text();
            String version = input.text();
            if (!MAGIC.equals(new String(magic, StandardCharsets.ISO_8859_1)) || format != FORMAT
                    || !table.equals(name) || !UnicodeData.UNIDATA_VERSION.equals(version)) {
                throw new IllegalStateException("Unicode table " + resource + " has header "
                        + name + "/" + version + "/format " + format + "; expected " + table + "/"
                        + UnicodeData.UNIDATA_VERSION + "/format " + FORMAT);
            }
            return input;
        } catch (IOException e) {
            throw input(table, e);
        }
    }

    private static UncheckedIOException input(String table, IOException e) {
        return new UncheckedIOException("cannot read Unicode table " + table + ".gz", e);
    }

    int u8() {
        try {
            return in.readUnsignedByte();
        } catch (IOException e) {
            throw input(table, e);
        }
    }

    int i32() {
        try {
            return in.readInt();
        } catch (IOException e) {
            throw input(table, e);
        }
    }

    double f64() {
        try {
            return in.readDouble();
        } catch (IOException e) {
            throw input(table, e);
        }
    }

    /** An ASCII text: u16 length, then its bytes. */
    String text() {
        return new String(bytes(u16()), StandardCharsets.ISO_8859_1);
    }

    int u16() {
        try {
            return in.readUnsignedShort();
        } catch (IOException e) {
            throw input(table, e);
        }
    }

    byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        try {
            in.readFully(bytes);
        } catch (IOException e) {
            throw input(table, e);
        }
        return bytes;
    }

    /** {@code count} u16 values, read in bulk. */
    char[] chars(int count) {
        char[] chars = new char[count];
        ByteBuffer.wrap(bytes(count * 2)).asCharBuffer().get(chars);
        return chars;
    }

    /** {@code count} i32 values, read in bulk. */
    int[] ints(int count) {
        int[] ints = new int[count];
        ByteBuffer.wrap(bytes(count * 4)).asIntBuffer().get(ints);
        return ints;
    }

    /** A code point sequence: u8 length, then i32 code points. */
    int[] codePoints() {
        int[] cps = new int[u8()];
        for (int i = 0; i < cps.length; i++) {
            cps[i] = i32();
        }
        return cps;
    }

    /** Fails unless the whole stream was read: a shorter or longer file is a format mismatch. */
    @Override
    public void close() {
        try {
            if (in.read() != -1) {
                throw new IllegalStateException("Unicode table " + table + ".gz has trailing data");
            }
            in.close();
        } catch (IOException e) {
            throw input(table, e);
        }
    }
}
