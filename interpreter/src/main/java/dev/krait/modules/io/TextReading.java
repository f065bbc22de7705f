package dev.krait.modules.io;

import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.math.BigInteger;

/**
 * The reading and positioning methods of {@code TextIOWrapper}: chunked decoding into the
 * wrapper's decoded characters, {@code read}, {@code readline} with the three newline modes,
 * iteration, and the {@code tell}/{@code seek} cookies. Static methods taking the wrapper
 * first; the state is {@link PyTextIOWrapper}'s.
 *
 * <p>CPython counterpart: Modules/_io/textio.c (textiowrapper_read_chunk,
 * _textiowrapper_readline, _io_TextIOWrapper_tell_impl, _io_TextIOWrapper_seek_impl).
 */
public final class TextReading {
    private TextReading() {}

    private static void checkReadable(PyTextIOWrapper self) {
        self.checkOpen();
        if (self.decoder == null) {
            throw IoErrors.unsupported("not readable");
        }
    }

    /** Sends pending writes down before reading, as CPython's writeflush. */
    private static void flushWrites(PyTextIOWrapper self) {
        self.writeFlush();
        if (self.fastBuffer != null && self.fastBuffer.canWrite) {
            self.fastBuffer.flushWrites();
        }
    }

    /** Reads and decodes one chunk into the decoded characters; false at EOF with none. */
    // CPython: Modules/_io/textio.c textiowrapper_read_chunk
    static boolean readChunk(PyTextIOWrapper self, int sizeHint) {
        byte[] before = null;
        int flags = 0;
        boolean atStart = false;
        if (self.telling) {
            before = self.decoder.pendingBytes();
            flags = self.decoder.flags();
            atStart = self.decoder.atStart();
        }
        int size = Math.max(self.chunkSize, sizeHint);
        byte[] input;
        if (self.fastBuffer != null && self.fastBuffer.canRead) {
            self.fastBuffer.checkClosed("read of closed file");
            input = self.fastBuffer.read1Bytes(size);
        } else {
            PyObject r = Ops.callMethod(self.buffer, self.hasRead1 ? "read1" : "read",
                    PyInt.of(size));
            input = PyBytes.bytesLikeOrNull(r);
            if (input == null) {
                throw PyExceptions.typeError("underlying " + (self.hasRead1 ? "read1" : "read")
                        + "() should have returned a bytes-like object, not '"
                        + r.type().getName() + "'");
            }
        }
        boolean eof = input.length == 0;
        String text = self.decoder.decode(input, eof);
        self.decoded = text;
        self.decodedPos = 0;
        if (self.telling) {
            byte[] fed = new byte[before.length + input.length];
            System.arraycopy(before, 0, fed, 0, before.length);
            System.arraycopy(input, 0, fed, before.length, input.length);
            self.snapshotFlags = flags;
            self.snapshotAtStart = atStart;
            self.snapshotInput = fed;
        }
        // what the decoder let go of only at the end (a stateful one's last word) is read as
        // any other chunk; the next read finds the end again
        return !eof || !text.isEmpty();
    }

    private static String takeDecoded(PyTextIOWrapper self, int codePoints) {
        String d = self.decoded;
        int from = self.decodedPos;
        int available = d.codePointCount(from, d.length());
        int n = Math.min(codePoints, available);
        int to = d.offsetByCodePoints(from, n);
        self.decodedPos = to;
        return d.substring(from, to);
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_read_impl
    @Exposed("read($self, size=-1, /)")
    public static PyObject read(PyTextIOWrapper self, PyObject size) {
        long n = PyIOBase.sizeArg(size);
        checkReadable(self);
        flushWrites(self);
        if (n < 0) {
            PyObject all = self.fastBuffer != null && self.fastBuffer.canRead
                    ? bytesOrNone(self.fastBuffer.readBytes(-1))
                    : Ops.callMethod(self.buffer, "read");
            if (!(all instanceof PyBytes b)) {
                throw PyExceptions.typeError("underlying read() should have returned a bytes "
                        + "object, not '" + all.type().getName() + "'");
            }
            String rest = self.decoded.substring(self.decodedPos)
                    + self.decoder.decode(b.array(), true);
            self.decoded = "";
            self.decodedPos = 0;
            self.snapshotInput = null;
            return PyStr.of(rest);
        }
        StringBuilder out = new StringBuilder(takeDecoded(self, (int) Math.min(n,
                Integer.MAX_VALUE)));
        long have = out.codePointCount(0, out.length());
        while (have < n) {
            if (!readChunk(self, (int) Math.min(n - have, Integer.MAX_VALUE - 8))) {
                break;
            }
            String more = takeDecoded(self, (int) Math.min(n - have, Integer.MAX_VALUE));
            out.append(more);
            have += more.codePointCount(0, more.length());
        }
        return PyStr.of(out.toString());
    }

    /**
     * The end (exclusive) of the first line ending in {@code line} from {@code start}, or -1.
     * A universal reader not translating stops at "\r" only when it knows what follows.
     */
    // CPython: Modules/_io/textio.c _PyIO_find_line_ending
    static int findLineEnding(PyTextIOWrapper self, CharSequence line, int start) {
        int n = line.length();
        if (self.readTranslate) {
            for (int i = start; i < n; i++) {
                if (line.charAt(i) == '\n') {
                    return i + 1;
                }
            }
            return -1;
        }
        if (self.readUniversal) {
            for (int i = start; i < n; i++) {
                char c = line.charAt(i);
                if (c == '\n') {
                    return i + 1;
                }
                if (c == '\r') {
                    return i + 1 < n && line.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                }
            }
            return -1;
        }
        String nl = self.readnl;
        for (int i = start; i + nl.length() <= n; i++) {
            if (line.charAt(i) == nl.charAt(0)
                    && (nl.length() == 1 || line.charAt(i + 1) == nl.charAt(1))) {
                return i + nl.length();
            }
        }
        return -1;
    }

    // CPython: Modules/_io/textio.c _textiowrapper_readline
    static String readLine(PyTextIOWrapper self, long limit) {
        checkReadable(self);
        flushWrites(self);
        // The common case: the whole line is in the decoded characters already.
        String d = self.decoded;
        int from = self.decodedPos;
        int found = findLineEnding(self, d, from);
        if (found >= 0 && (limit < 0 || d.codePointCount(from, found) <= limit)) {
            self.decodedPos = found;
            return d.substring(from, found);
        }
        StringBuilder line = new StringBuilder(self.decoded.length() - self.decodedPos);
        line.append(self.decoded, self.decodedPos, self.decoded.length());
        int start = 0;
        int end;
        while (true) {
            end = findLineEnding(self, line, start);
            if (end >= 0) {
                break;
            }
            if (limit >= 0 && line.codePointCount(0, line.length()) >= limit) {
                end = line.length();
                break;
            }
            // A "\r\n" must not be split, so look again from just before the end.
            start = Math.max(0, line.length() - 1);
            boolean more = readChunk(self, 0);
            line.append(self.decoded);
            if (!more) {
                end = findLineEnding(self, line, start);
                if (end < 0) {
                    end = line.length();
                }
                break;
            }
        }
        if (limit >= 0 && line.codePointCount(0, end) > limit) {
            end = line.offsetByCodePoints(0, (int) limit);
        }
        // What follows the line is always a suffix of the last chunk's decoded characters
        // (a limit or an ending is reached within it), so the chunk stays the decoded
        // characters, consumed up to there, and tell() can count from its snapshot.
        int rest = line.length() - end;
        self.decodedPos = self.decoded.length() - rest;
        return line.substring(0, end);
    }

    @Exposed("readline($self, size=-1, /)")
    public static PyObject readline(PyTextIOWrapper self, PyObject size) {
        return PyStr.of(readLine(self, PyIOBase.sizeArg(size)));
    }

    // CPython: Modules/_io/textio.c textiowrapper_iternext
    @Exposed("__next__($self, /)")
    public static PyObject __next__(PyTextIOWrapper self) {
        self.telling = false;
        String line = readLine(self, -1);
        if (line.isEmpty()) {
            self.snapshotInput = null;
            self.telling = self.seekable;
            throw PyExceptions.stopIteration();
        }
        return PyStr.of(line);
    }

    // ---- tell and seek -----------------------------------------------------------------------

    private static BigInteger cookie(long position, int flags, int bytesToFeed, long charsToSkip,
            boolean needEof) {
        BigInteger c = BigInteger.valueOf(position);
        c = c.or(BigInteger.valueOf(flags).shiftLeft(64));
        c = c.or(BigInteger.valueOf(bytesToFeed).shiftLeft(128));
        c = c.or(BigInteger.valueOf(charsToSkip).shiftLeft(192));
        return c.or(BigInteger.valueOf(needEof ? 1 : 0).shiftLeft(256));
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_tell_impl
    @Exposed("tell($self, /)")
    public static PyObject tell(PyTextIOWrapper self) {
        self.checkOpen();
        if (!self.seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        if (!self.telling) {
            throw PyExceptions.of(PyExceptions.OSError,
                    "telling position disabled by next() call");
        }
        self.writeFlush();
        if (self.fastBuffer != null) {
            self.fastBuffer.flush();
        } else {
            Ops.callMethod(self.buffer, "flush");
        }
        PyObject posObj = self.fastBuffer != null ? self.fastBuffer.tell()
                : Ops.callMethod(self.buffer, "tell");
        long position = PyIOBase.ssize(posObj);
        if (self.decoder == null || self.snapshotInput == null) {
            return posObj;
        }
        byte[] input = self.snapshotInput;
        long start = position - input.length;
        String d = self.decoded;
        // Characters consumed from this chunk's decoded text.
        long consumed = d.codePointCount(0, self.decodedPos);
        if (consumed == 0) {
            return PyInt.of(cookie(start, self.snapshotFlags, 0, 0, false));
        }
        // Feed the chunk's bytes one at a time to a decoder in the snapshot's state, noting the
        // last point where it held nothing back, until it has produced the consumed characters.
        TextDecoder sim = self.decoder.copyWithState(self.snapshotFlags);
        sim.setAtStart(self.snapshotAtStart);
        long cleanPos = start;
        int cleanFlags = self.snapshotFlags;
        long charsAtClean = 0;
        long chars = 0;
        int fed = 0;
        byte[] one = new byte[1];
        for (int i = 0; i < input.length; i++) {
            one[0] = input[i];
            String out = sim.decode(one, false);
            chars += out.codePointCount(0, out.length());
            fed++;
            if (sim.clean() && chars <= consumed) {
                cleanPos = start + i + 1;
                // a codec decoder (UTF-16's) may keep flags, such as the byte order, when clean
                cleanFlags = sim.flags();
                charsAtClean = chars;
                fed = 0;
                if (chars == consumed) {
                    return PyInt.of(cookie(cleanPos, cleanFlags, 0, 0, false));
                }
            }
            if (chars >= consumed) {
                return PyInt.of(cookie(cleanPos, cleanFlags, fed, consumed - charsAtClean,
                        false));
            }
        }
        String tail = sim.decode(new byte[0], true);
        chars += tail.codePointCount(0, tail.length());
        if (chars < consumed) {
            throw PyExceptions.of(PyExceptions.OSError, "can't reconstruct logical file "
                    + "position");
        }
        return PyInt.of(cookie(cleanPos, cleanFlags, fed, consumed - charsAtClean, true));
    }

    // CPython: Modules/_io/textio.c _io_TextIOWrapper_seek_impl
    @Exposed("seek($self, cookie, whence=os.SEEK_SET, /)")
    public static PyObject seek(PyTextIOWrapper self, PyObject cookieArg, PyObject whenceArg) {
        self.checkOpen();
        int whence = whenceArg == null ? 0 : (int) PyIOBase.ssize(whenceArg);
        if (!self.seekable) {
            throw IoErrors.unsupported("underlying stream is not seekable");
        }
        PyInt cookieInt = Numbers.index(cookieArg);
        switch (whence) {
            case 1:
                if (cookieInt.signum() != 0) {
                    throw IoErrors.unsupported("can't do nonzero cur-relative seeks");
                }
                cookieInt = Numbers.index(tell(self));
                break;
            case 2:
                if (cookieInt.signum() != 0) {
                    throw IoErrors.unsupported("can't do nonzero end-relative seeks");
                }
                Ops.callMethod(self, "flush");
                self.decoded = "";
                self.decodedPos = 0;
                                self.snapshotInput = null;
                if (self.decoder != null) {
                    self.decoder.reset();
                }
                PyObject end = Ops.callMethod(self.buffer, "seek", PyInt.of(0), PyInt.of(2));
                // CPython: a stream whose end is at 0 starts afresh (a byte-order mark first)
                self.resetEncoder(Ops.eqBool(end, PyInt.of(0)));
                return end;
            case 0:
                break;
            default:
                throw PyExceptions.valueError("invalid whence (" + whence
                        + ", should be 0, 1 or 2)");
        }
        if (cookieInt.signum() < 0) {
            throw PyExceptions.valueError("negative seek position " + Ops.repr(cookieInt));
        }
        Ops.callMethod(self, "flush");
        BigInteger c = cookieInt.bigValue();
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        long startPos = c.and(mask).longValue();
        int flags = c.shiftRight(64).and(mask).intValue();
        int bytesToFeed = c.shiftRight(128).and(mask).intValue();
        long charsToSkip = c.shiftRight(192).and(mask).longValue();
        boolean needEof = c.shiftRight(256).testBit(0);
        Ops.callMethod(self.buffer, "seek", PyInt.of(startPos));
        self.decoded = "";
        self.decodedPos = 0;
                self.snapshotInput = null;
        if (self.decoder != null) {
            self.decoder.reset();
            if (startPos != 0 || flags != 0) {
                self.decoder.setState(flags);
            }
            self.snapshotFlags = flags;
            self.snapshotAtStart = self.decoder.atStart();
            self.snapshotInput = new byte[0];
        }
        if (charsToSkip > 0 || bytesToFeed > 0) {
            PyObject chunk = Ops.callMethod(self.buffer, "read", PyInt.of(bytesToFeed));
            byte[] input = PyBytes.requireBytesLike(chunk);
            self.snapshotInput = input;
            self.decoded = self.decoder.decode(input, needEof);
            if (self.decoded.codePointCount(0, self.decoded.length()) < charsToSkip) {
                throw PyExceptions.of(PyExceptions.OSError, "can't restore logical file "
                        + "position");
            }
            self.decodedPos = self.decoded.offsetByCodePoints(0, (int) charsToSkip);
        }
        // CPython: the encoder restarts (writing a byte-order mark) only at position 0
        self.resetEncoder(startPos == 0 && flags == 0);
        return cookieInt;
    }

    /** What the buffer's read() returned: None when a non-blocking stream had nothing. */
    private static PyObject bytesOrNone(byte[] b) {
        return b == null ? dev.krait.objects.PyNone.NONE : PyBytes.of(b);
    }
}
