package dev.krait.modules.zlib;

import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * One inflate stream as zlib's {@code inflateInit2} sets it up from {@code wbits}: -8..-15 raw,
 * 8..15 zlib, 24..31 gzip, 40..47 either (detected from the first two bytes), and 0 (or 16, 32)
 * for the window size the zlib header declares. The deflate body goes through a raw
 * {@link Inflater}; the zlib and gzip headers and trailers are parsed and checked here with
 * zlib's own checks and messages ("incorrect header check", "invalid window size",
 * "unknown header flags set", "header crc mismatch", "incorrect data check",
 * "incorrect length check").
 *
 * <p>Like zlib's {@code inflate}, {@link #inflate} consumes what input it can from an
 * {@link Input}, writes at most what the output allows, and answers a zlib return code; a data
 * error throws a {@link ZError} and leaves the stream broken, so later calls fail the same way.
 */
final class InflateEngine {
    static final int Z_OK = 0;
    static final int Z_STREAM_END = 1;

    /** Where the input of one call stands: zlib's {@code next_in} and {@code avail_in}. */
    static final class Input {
        final byte[] buf;
        int pos;
        final int end;

        Input(byte[] buf) {
            this.buf = buf;
            this.end = buf.length;
        }

        int available() {
            return end - pos;
        }
    }

    private enum Mode { HEAD, DICT, BODY, CHECK, DONE, BAD }

    /** zlib's {@code state->wrap}: 1 zlib allowed, 2 gzip allowed, 4 check the trailer. */
    private final int wrap;
    /** The window bits asked for (0: take the zlib header's). */
    private int wbits;
    private final Inflater inflater = new Inflater(true);
    private Mode mode;
    /** True once a gzip header was read (zlib's {@code state->flags} nonzero). */
    private boolean gzip;
    /** The dictionary Adler-32 a zlib header asked for. */
    private int dictId;
    /** Header or trailer bytes read so far (they arrive in pieces). */
    private byte[] held = new byte[16];
    private int heldLen;
    private int check;
    private long total;
    private String badMessage;

    private InflateEngine(int wrap, int wbits) {
        this.wrap = wrap;
        this.wbits = wbits;
        this.mode = wrap == 0 ? Mode.BODY : Mode.HEAD;
    }

    /** A stream for {@code wbits}, or Z_STREAM_ERROR where zlib's {@code inflateInit2} refuses. */
    // CPython: zlib inflate.c inflateReset2 (the library's checks)
    static InflateEngine open(int windowBits) {
        int wrapMode;
        int w = windowBits;
        if (w < 0) {
            if (w < -15) {
                throw ZError.stream();
            }
            wrapMode = 0;
            w = -w;
        } else {
            wrapMode = (w >> 4) + 5;
            if (w < 48) {
                w &= 15;
            }
        }
        if (w != 0 && (w < 8 || w > 15)) {
            throw ZError.stream();
        }
        return new InflateEngine(wrapMode, w);
    }

    boolean isRaw() {
        return wrap == 0;
    }

    /** Sets the preset dictionary: a raw stream's at the start, a zlib stream's when asked. */
    // CPython: zlib inflate.c inflateSetDictionary
    void setDictionary(byte[] dict) {
        if (wrap != 0 && mode != Mode.DICT) {
            throw ZError.stream();
        }
        if (mode == Mode.DICT) {
            if (Checksums.adler32(1, dict, 0, dict.length) != dictId) {
                throw new ZError(ZError.Z_DATA_ERROR, null);
            }
            mode = Mode.BODY;
        }
        if (dict.length > 0) {
            inflater.setDictionary(dict);
        }
    }

    /**
     * Inflates from {@code in} into {@code out} until the stream ends, the input runs out
     * (Z_BUF_ERROR) or the output reaches its limit (Z_OK); Z_NEED_DICT when a zlib header asks
     * for a dictionary.
     */
    // CPython: zlib inflate.c inflate (its HEAD, FLAGS..HCRC, DICTID, CHECK and LENGTH states)
    int inflate(Input in, OutputBlocks out) {
        for (;;) {
            switch (mode) {
                case HEAD -> {
                    if (!readHeader(in)) {
                        return ZError.Z_BUF_ERROR;
                    }
                }
                case DICT -> {
                    return ZError.Z_NEED_DICT;
                }
                case BODY -> {
                    int r = inflateBody(in, out);
                    if (r != Z_STREAM_END) {
                        return r;
                    }
                    heldLen = 0;
                    mode = wrap == 0 ? Mode.DONE : Mode.CHECK;
                }
                case CHECK -> {
                    if (!readTrailer(in)) {
                        return ZError.Z_BUF_ERROR;
                    }
                    mode = Mode.DONE;
                }
                case DONE -> {
                    return Z_STREAM_END;
                }
                case BAD -> throw ZError.data(badMessage);
            }
        }
    }

    private ZError bad(String message) {
        mode = Mode.BAD;
        badMessage = message;
        return ZError.data(message);
    }

    /** The body through the JDK's raw inflater; Z_STREAM_END when its last block is done. */
    private int inflateBody(Input in, OutputBlocks out) {
        inflater.setInput(in.buf, in.pos, in.available());
        try {
            for (;;) {
                if (out.space() == 0) {
                    if (out.atLimit()) {
                        return Z_OK;
                    }
                    out.grow();
                }
                int start = out.size();
                int n = inflater.inflate(out.array(), start, out.space());
                if (n > 0) {
                    if (wrap != 0) {
                        check = gzip ? Checksums.crc32(check, out.array(), start, n)
                                : Checksums.adler32(check, out.array(), start, n);
                    }
                    total += n;
                    out.advance(n);
                }
                if (inflater.finished()) {
                    return Z_STREAM_END;
                }
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    return ZError.Z_BUF_ERROR;
                }
            }
        } catch (DataFormatException e) {
            throw bad(e.getMessage() == null ? "invalid input data" : e.getMessage());
        } finally {
            in.pos = in.end - inflater.getRemaining();
        }
    }

    /** Moves up to {@code want} bytes of input into {@code held}; true once it holds them. */
    private boolean hold(Input in, int want) {
        if (held.length < want) {
            held = java.util.Arrays.copyOf(held, Math.max(want, held.length * 2));
        }
        int n = Math.min(want - heldLen, in.available());
        if (n > 0) {
            System.arraycopy(in.buf, in.pos, held, heldLen, n);
            heldLen += n;
            in.pos += n;
        }
        return heldLen >= want;
    }

    private int heldByte(int i) {
        return held[i] & 0xff;
    }

    /** Reads a zlib or gzip header, a byte field at a time; false while input is missing. */
    private boolean readHeader(Input in) {
        if (!hold(in, 2)) {
            return false;
        }
        if ((wrap & 2) != 0 && heldByte(0) == 0x1f && heldByte(1) == 0x8b) {
            gzip = true;
            if (wbits == 0) {
                wbits = 15;
            }
            return readGzipHeader(in);
        }
        int cmf = heldByte(0);
        int flg = heldByte(1);
        if ((wrap & 1) == 0 || ((cmf << 8) + flg) % 31 != 0) {
            throw bad("incorrect header check");
        }
        if ((cmf & 15) != 8) {
            throw bad("unknown compression method");
        }
        int len = (cmf >> 4) + 8;
        if (wbits == 0) {
            wbits = len;
        }
        if (len > 15 || len > wbits) {
            throw bad("invalid window size");
        }
        check = 1;
        if ((flg & 0x20) == 0) {
            mode = Mode.BODY;
            return true;
        }
        if (!hold(in, 6)) {
            return false;
        }
        dictId = heldByte(2) << 24 | heldByte(3) << 16 | heldByte(4) << 8 | heldByte(5);
        mode = Mode.DICT;
        return true;
    }

    /**
     * The gzip header after its magic: method and flags, time, extra flags and OS, then the
     * optional extra field, name, comment and header CRC. {@code held} keeps every header byte
     * so that the parse can resume where the input ran out.
     */
    private boolean readGzipHeader(Input in) {
        if (!hold(in, 4)) {
            return false;
        }
        if (heldByte(2) != 8) {
            throw bad("unknown compression method");
        }
        int flags = heldByte(3);
        if ((flags & 0xe0) != 0) {
            throw bad("unknown header flags set");
        }
        int at = 10;
        if (!hold(in, at)) {
            return false;
        }
        if ((flags & 0x04) != 0) {
            if (!hold(in, at + 2)) {
                return false;
            }
            at += 2 + (heldByte(at) | heldByte(at + 1) << 8);
            if (!hold(in, at)) {
                return false;
            }
        }
        for (int bit : new int[] {0x08, 0x10}) {
            if ((flags & bit) != 0) {
                // A zero-terminated name or comment: search what is held, then hold more.
                for (;;) {
                    if (at >= heldLen && !hold(in, at + 1)) {
                        return false;
                    }
                    if (held[at++] == 0) {
                        break;
                    }
                }
            }
        }
        if ((flags & 0x02) != 0) {
            if (!hold(in, at + 2)) {
                return false;
            }
            int want = heldByte(at) | heldByte(at + 1) << 8;
            if ((wrap & 4) != 0 && want != (Checksums.crc32(0, held, 0, at) & 0xffff)) {
                throw bad("header crc mismatch");
            }
        }
        check = 0;
        mode = Mode.BODY;
        return true;
    }

    /** The Adler-32 (zlib) or CRC-32 and length (gzip) after the body; false while missing. */
    private boolean readTrailer(Input in) {
        if (!hold(in, 4)) {
            return false;
        }
        int got = gzip
                ? heldByte(0) | heldByte(1) << 8 | heldByte(2) << 16 | heldByte(3) << 24
                : heldByte(0) << 24 | heldByte(1) << 16 | heldByte(2) << 8 | heldByte(3);
        if ((wrap & 4) != 0 && got != check) {
            throw bad("incorrect data check");
        }
        if (gzip) {
            if (!hold(in, 8)) {
                return false;
            }
            int len = heldByte(4) | heldByte(5) << 8 | heldByte(6) << 16 | heldByte(7) << 24;
            if ((wrap & 4) != 0 && len != (int) total) {
                throw bad("incorrect length check");
            }
        }
        return true;
    }

    /** Frees the JDK inflater's native memory now rather than at collection. */
    void close() {
        inflater.end();
    }
}
