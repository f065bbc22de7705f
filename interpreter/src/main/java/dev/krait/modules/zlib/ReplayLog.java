package dev.krait.modules.zlib;

import java.util.ArrayList;
import java.util.List;

/**
 * The calls made on a compression or decompression object, kept so that {@code copy()} can
 * rebuild the same state: the JDK's {@code Deflater} and {@code Inflater} cannot be cloned (zlib's
 * {@code deflateCopy}/{@code inflateCopy} are not exposed), but both are deterministic, so a
 * fresh one given the same calls with the same output space ends in the same state. The log
 * holds the inputs (immutable arrays) up to {@link #LIMIT} bytes; past that it is dropped and
 * copying is refused (docs/DIFFERENCES.md).
 */
final class ReplayLog {
    /** The most input kept for replay. */
    static final long LIMIT = 64L << 20;

    /** One call: its input (null for a flush) and its integer argument. */
    record Call(byte[] data, long arg) {
    }

    private List<Call> calls = new ArrayList<>();
    private long bytes;

    ReplayLog() {
    }

    private ReplayLog(List<Call> calls, long bytes) {
        this.calls = calls;
        this.bytes = bytes;
    }

    void add(byte[] data, long arg) {
        if (calls == null) {
            return;
        }
        bytes += data == null ? 0 : data.length;
        if (bytes > LIMIT) {
            calls = null;
            return;
        }
        calls.add(new Call(data, arg));
    }

    /** The calls so far, or null once the log was dropped. */
    List<Call> calls() {
        return calls;
    }

    ReplayLog copy() {
        return new ReplayLog(calls == null ? null : new ArrayList<>(calls), bytes);
    }
}
