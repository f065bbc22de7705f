package dev.krait.modules.zlib;

/**
 * A zlib return code other than success, with zlib's message if it set one: what the engines
 * report and {@link ZlibModule#error} turns into CPython's {@code zlib.error} text. Like every
 * Python-level exception in Krait it carries no stack trace.
 */
final class ZError extends RuntimeException {
    static final int Z_NEED_DICT = 2;
    static final int Z_STREAM_ERROR = -2;
    static final int Z_DATA_ERROR = -3;
    static final int Z_BUF_ERROR = -5;

    final int code;
    /** zlib's {@code strm->msg}, or null when zlib left it unset. */
    final String zmsg;

    ZError(int code, String zmsg) {
        super(zmsg, null, false, false);
        this.code = code;
        this.zmsg = zmsg;
    }

    static ZError data(String zmsg) {
        return new ZError(Z_DATA_ERROR, zmsg);
    }

    static ZError stream() {
        return new ZError(Z_STREAM_ERROR, null);
    }
}
