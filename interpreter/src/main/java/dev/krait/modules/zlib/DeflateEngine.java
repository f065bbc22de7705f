package dev.krait.modules.zlib;

import java.util.zip.Deflater;

/**
 * One deflate stream in the zlib, gzip or raw format, as zlib's {@code deflateInit2} sets it up
 * from {@code wbits}: 9..15 zlib, -9..-15 raw, 25..31 gzip. The compressed body comes from a raw
 * {@link Deflater} (the JDK's bundled zlib, so the same bytes as CPython's zlib for the default
 * window and memory level); the two-byte zlib header with its Adler-32 trailer, or the ten-byte
 * gzip header with its CRC-32 and length trailer, are written here exactly as zlib's
 * {@code deflate} writes them.
 *
 * <p>The JDK's deflater always uses a 32 KiB window and memory level 8 and knows only the
 * default, filtered and Huffman-only strategies: smaller windows, other memory levels and the
 * RLE and fixed strategies compress validly but not byte for byte as CPython does (see
 * docs/DIFFERENCES.md).
 */
final class DeflateEngine {
    static final int Z_NO_FLUSH = 0;
    static final int Z_PARTIAL_FLUSH = 1;
    static final int Z_SYNC_FLUSH = 2;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;
    static final int Z_BLOCK = 5;
    static final int Z_HUFFMAN_ONLY = 2;
    static final int Z_FIXED = 4;

    private final int level;
    private final int strategy;
    /** 0 raw, 1 zlib, 2 gzip: zlib's {@code s->wrap}. */
    private final int wrap;
    private final int windowBits;
    private final Deflater deflater;
    /** The dictionary's Adler-32 when one was set (zlib format only), else -1. */
    private long dictId = -1;
    private boolean started;
    private boolean ended;
    /** Adler-32 (zlib) or CRC-32 (gzip) of the input so far. */
    private int check;
    private long totalIn;
    /** The flush mode of the last deflate call: zlib's {@code s->last_flush}. */
    private int lastFlush = -2;
    /** zlib's {@code strm->msg}: set by some failures, and kept until the next one sets it. */
    private String msg;

    private DeflateEngine(int level, int strategy, int wrap, int windowBits) {
        this.level = level;
        this.strategy = strategy;
        this.wrap = wrap;
        this.windowBits = windowBits;
        this.check = wrap == 1 ? 1 : 0;
        Deflater d = new Deflater(level, true);
        // The JDK has no RLE or fixed-code strategy; those streams use the default one.
        if (strategy == Deflater.FILTERED || strategy == Deflater.HUFFMAN_ONLY) {
            d.setStrategy(strategy);
        }
        this.deflater = d;
    }

    /**
     * A stream for these parameters, or a {@link ZError} with Z_STREAM_ERROR where zlib's
     * {@code deflateInit2} refuses them.
     */
    // CPython: zlib deflate.c deflateInit2_ (the library's checks)
    static DeflateEngine open(int level, int method, int wbits, int memLevel, int strategy) {
        int wrapMode = 1;
        int w = wbits;
        if (level == -1) {
            level = 6;
        }
        if (w < 0) {
            wrapMode = 0;
            if (w < -15) {
                throw ZError.stream();
            }
            w = -w;
        } else if (w > 15) {
            wrapMode = 2;
            w -= 16;
        }
        if (memLevel < 1 || memLevel > 9 || method != 8 || w < 8 || w > 15 || level < 0
                || level > 9 || strategy < 0 || strategy > Z_FIXED || (w == 8 && wrapMode != 1)) {
            throw ZError.stream();
        }
        if (w == 8) {
            w = 9;
        }
        return new DeflateEngine(level, strategy, wrapMode, w);
    }

    /** Sets a preset dictionary; false where zlib refuses one (gzip, or after data). */
    // CPython: zlib deflate.c deflateSetDictionary
    boolean setDictionary(byte[] dict) {
        if (wrap == 2 || started) {
            return false;
        }
        if (wrap == 1) {
            dictId = Integer.toUnsignedLong(Checksums.adler32(1, dict, 0, dict.length));
            if (dict.length == 0) {
                dictId = -1;
            }
        }
        if (dict.length > 0) {
            deflater.setDictionary(dict);
        }
        return true;
    }

    boolean ended() {
        return ended;
    }

    /** zlib's ordering of flush modes (Z_BLOCK between Z_NO_FLUSH and Z_PARTIAL_FLUSH). */
    private static int rank(int flush) {
        return flush * 2 - (flush > 4 ? 9 : 0);
    }

    /**
     * Notes a deflate call as zlib's bookkeeping would: a call that has no input and asks for
     * no stronger flush than the last one leaves "buffer error" in {@code strm->msg}, which a
     * later Z_STREAM_ERROR still shows. CPython: zlib deflate.c deflate (its ERR_RETURN).
     */
    private void noteCall(int availIn, int flush) {
        int old = lastFlush;
        lastFlush = flush;
        if (availIn == 0 && rank(flush) <= rank(old) && flush != Z_FINISH) {
            msg = "buffer error";
        }
    }

    private ZError streamError() {
        return new ZError(ZError.Z_STREAM_ERROR, msg);
    }

    /** Compresses {@code data} with Z_NO_FLUSH, returning what zlib hands out now. */
    byte[] compress(byte[] data) {
        if (ended) {
            throw streamError();
        }
        noteCall(data.length, Z_NO_FLUSH);
        OutputBlocks out = new OutputBlocks(-1);
        writeHeader(out);
        countInput(data);
        deflater.setInput(data);
        run(out, Deflater.NO_FLUSH);
        return out.toByteArray();
    }

    /** Compresses all of {@code data} and ends the stream, as one-shot {@code compress} does. */
    byte[] compressAll(byte[] data) {
        OutputBlocks out = new OutputBlocks(-1);
        writeHeader(out);
        countInput(data);
        deflater.setInput(data);
        finish(out);
        return out.toByteArray();
    }

    private void countInput(byte[] data) {
        if (wrap == 1) {
            check = Checksums.adler32(check, data, 0, data.length);
        } else if (wrap == 2) {
            check = Checksums.crc32(check, data, 0, data.length);
        }
        totalIn += data.length;
    }

    /** Z_FINISH: the rest of the body, then the trailer; the stream is over. */
    private void finish(OutputBlocks out) {
        deflater.finish();
        do {
            if (out.space() == 0) {
                out.grow();
            }
            out.advance(deflater.deflate(out.array(), out.size(), out.space()));
        } while (!deflater.finished());
        writeTrailer(out);
        deflater.end();
        ended = true;
    }

    /**
     * Flushes with {@code mode}; Z_FINISH ends the stream. Z_PARTIAL_FLUSH and Z_BLOCK, which
     * the JDK lacks, flush as Z_SYNC_FLUSH does.
     */
    byte[] flush(int mode) {
        if (ended || mode < 0 || mode > Z_BLOCK) {
            throw streamError();
        }
        noteCall(0, mode);
        OutputBlocks out = new OutputBlocks(-1);
        writeHeader(out);
        if (mode == Z_FINISH) {
            finish(out);
        } else {
            run(out, mode == Z_FULL_FLUSH ? Deflater.FULL_FLUSH
                    : mode == Z_NO_FLUSH ? Deflater.NO_FLUSH : Deflater.SYNC_FLUSH);
        }
        return out.toByteArray();
    }

    /** Calls the deflater until it leaves output space unused, as CPython's loops do. */
    private void run(OutputBlocks out, int flush) {
        do {
            if (out.space() == 0) {
                out.grow();
            }
            out.advance(deflater.deflate(out.array(), out.size(), out.space(), flush));
        } while (out.space() == 0);
    }

    /** The zlib or gzip header, on the stream's first call. */
    // CPython: zlib deflate.c deflate (the INIT_STATE and GZIP_STATE headers)
    private void writeHeader(OutputBlocks out) {
        if (started) {
            return;
        }
        started = true;
        if (wrap == 1) {
            int levelFlags = strategy >= Z_HUFFMAN_ONLY || level < 2 ? 0
                    : level < 6 ? 1 : level == 6 ? 2 : 3;
            int header = (8 + ((windowBits - 8) << 4)) << 8 | levelFlags << 6;
            if (dictId >= 0) {
                header |= 0x20;
            }
            header += 31 - (header % 31);
            byte[] h = dictId >= 0
                    ? new byte[] {(byte) (header >> 8), (byte) header, (byte) (dictId >> 24),
                        (byte) (dictId >> 16), (byte) (dictId >> 8), (byte) dictId}
                    : new byte[] {(byte) (header >> 8), (byte) header};
            out.write(h, 0, h.length);
        } else if (wrap == 2) {
            int xfl = level == 9 ? 2 : strategy >= Z_HUFFMAN_ONLY || level < 2 ? 4 : 0;
            byte[] h = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, (byte) xfl, 3};
            out.write(h, 0, h.length);
        }
    }

    // CPython: zlib deflate.c deflate (the trailer written on Z_FINISH)
    private void writeTrailer(OutputBlocks out) {
        int c = check;
        if (wrap == 1) {
            byte[] t = {(byte) (c >> 24), (byte) (c >> 16), (byte) (c >> 8), (byte) c};
            out.write(t, 0, 4);
        } else if (wrap == 2) {
            int n = (int) totalIn;
            byte[] t = {(byte) c, (byte) (c >> 8), (byte) (c >> 16), (byte) (c >> 24),
                (byte) n, (byte) (n >> 8), (byte) (n >> 16), (byte) (n >> 24)};
            out.write(t, 0, 8);
        }
    }

    /** Frees the JDK deflater's native memory now rather than at collection. */
    void close() {
        if (!ended) {
            deflater.end();
            ended = true;
        }
    }
}
