package dev.krait.modules.cjk;

/**
 * One CJK encoding as {@code _multibytecodec} drives it: a step function for each direction that
 * converts as much as it can and reports the first problem as a number, exactly as CPython's
 * {@code MultibyteCodec} encode and decode functions do, so that the error handling around them
 * (in {@link MultibyteCoding}) is shared by every encoding.
 *
 * <p>A step returns 0 when all input was converted, a positive count of code points (encoding)
 * or bytes (decoding) that cannot be converted, or {@link #TOOFEW} when the input ends inside a
 * sequence. Stateful encodings (ISO-2022, HZ) keep their shift state in eight bytes, laid out as
 * CPython's {@code MultibyteCodec_State} is, because the incremental coders' {@code getstate}
 * exposes those bytes as an integer.
 *
 * <p>CPython counterpart: Modules/cjkcodecs/multibytecodec.h {@code MultibyteCodec}.
 */
abstract class CjkCodec {
    /** MBERR_TOOFEW: the input ends in the middle of a sequence. */
    static final int TOOFEW = -2;
    /** MBERR_INTERNAL: the codec reached a state it should not be able to reach. */
    static final int INTERNAL = -3;

    /** MBENC_FLUSH: no more input follows, so a pending pair must be decided now. */
    static final int FLUSH = 1;
    /** MBENC_RESET: end with the encoding's initial shift state. */
    static final int RESET = 2;

    /** The codec's name as {@code getcodec} knows it and as errors report it. */
    final String name;

    CjkCodec(String name) {
        this.name = name;
    }

    /** Encodes {@code in.cps[in.pos:in.len]} onto {@code in.out}, advancing {@code in.pos}. */
    abstract int encode(byte[] state, EncodeBuffer in, int flags);

    /** Decodes {@code in.data[in.pos:in.end]} onto {@code in.out}, advancing {@code in.pos}. */
    abstract int decode(byte[] state, DecodeBuffer in);

    /** Whether the encoding has a shift state to return to at the end (CPython's encreset). */
    boolean hasEncodeReset() {
        return false;
    }

    /** Writes what returns the encoder to its initial state; 0 or an error as from encode. */
    int encodeReset(byte[] state, EncodeBuffer out) {
        return 0;
    }

    /** Puts an encoder's state in its initial form. */
    void encodeInit(byte[] state) {
    }

    /** Puts a decoder's state in its initial form. */
    void decodeInit(byte[] state) {
    }

    /** What a decoder's reset does to its state (CPython's decreset). */
    void decodeReset(byte[] state) {
        decodeInit(state);
    }

    /** Whether the decoder has a state to reset (CPython's decreset). */
    boolean hasDecodeReset() {
        return false;
    }

    /** Forces the mapping tables to be built, so that a failure happens at getcodec. */
    void prepare() {
    }
}
