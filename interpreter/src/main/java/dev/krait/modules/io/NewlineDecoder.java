package dev.krait.modules.io;

import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;

/**
 * Universal-newline reading: optionally translates "\r\n" and "\r" to "\n", and records which
 * line endings were seen (the {@code newlines} attribute of text streams). A "\r" at the end of
 * a chunk is held back until the next chunk shows whether a "\n" follows, so that a "\r\n"
 * split across two reads still counts as one line ending.
 *
 * <p>CPython counterpart: Modules/_io/textio.c {@code IncrementalNewlineDecoder} (here without
 * the wrapped byte decoder, which the text layer applies first).
 */
final class NewlineDecoder {
    private static final int SEEN_LF = 1;
    private static final int SEEN_CR = 2;
    private static final int SEEN_CRLF = 4;

    private final boolean translate;
    private boolean pendingCR;
    private int seen;

    NewlineDecoder(boolean translate) {
        this.translate = translate;
    }

    boolean translates() {
        return translate;
    }

    boolean pendingCR() {
        return pendingCR;
    }

    void reset() {
        pendingCR = false;
        seen = 0;
    }

    void setState(boolean pending) {
        pendingCR = pending;
    }

    // CPython: Modules/_io/textio.c _PyIncrementalNewlineDecoder_decode
    String decode(String input, boolean last) {
        String out = input;
        if (pendingCR && (!out.isEmpty() || last)) {
            out = "\r" + out;
            pendingCR = false;
        }
        if (!last && out.endsWith("\r")) {
            out = out.substring(0, out.length() - 1);
            pendingCR = true;
        }
        int cr = out.indexOf('\r');
        int lf = out.indexOf('\n');
        if (cr < 0 && lf < 0) {
            return out;
        }
        if (cr < 0) {
            seen |= SEEN_LF;
            return out;
        }
        StringBuilder sb = translate ? new StringBuilder(out.length()) : null;
        int n = out.length();
        for (int i = 0; i < n; i++) {
            char c = out.charAt(i);
            if (c == '\r') {
                if (i + 1 < n && out.charAt(i + 1) == '\n') {
                    seen |= SEEN_CRLF;
                    i++;
                } else {
                    seen |= SEEN_CR;
                }
                if (sb != null) {
                    sb.append('\n');
                }
            } else {
                if (c == '\n') {
                    seen |= SEEN_LF;
                }
                if (sb != null) {
                    sb.append(c);
                }
            }
        }
        return sb != null ? sb.toString() : out;
    }

    /** The {@code newlines} attribute: None, one ending, or a tuple of those seen. */
    PyObject newlines() {
        return switch (seen) {
            case SEEN_LF -> PyStr.of("\n");
            case SEEN_CR -> PyStr.of("\r");
            case SEEN_CRLF -> PyStr.of("\r\n");
            case SEEN_CR | SEEN_LF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"));
            case SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\n"), PyStr.of("\r\n"));
            case SEEN_CR | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\r\n"));
            case SEEN_CR | SEEN_LF | SEEN_CRLF -> PyTuple.of(PyStr.of("\r"), PyStr.of("\n"),
                    PyStr.of("\r\n"));
            default -> PyNone.NONE;
        };
    }
}
