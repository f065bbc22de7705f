package dev.krait.modules.sre;

/**
 * One matching run's state over one subject: the subject's characters, the window
 * {@code [start, end)} being searched, the group marks found so far, and the engine's two
 * stacks (match contexts, and saved marks). Positions are character indices from the start of
 * the subject (CPython's pointers minus {@code state->beginning}); a mark of -1 is CPython's
 * NULL.
 *
 * <p>The subject is read in place (a long text is never copied: {@code re.search('^x', s)}
 * must not cost {@code len(s)}): a str without astral characters through its Java string,
 * other strs through their code point array, bytes-like objects through their bytes. A
 * pattern keeps one state for reuse ({@link PyPattern#claimState}), so that a match
 * allocates no stacks.
 *
 * <p>CPython counterpart: Modules/_sre/sre.h {@code SRE_STATE}, sre.c {@code state_init},
 * {@code state_reset}.
 */
final class SreState {
    /** Exactly one of these three holds the subject. */
    private String text;
    private int[] codePoints;
    private byte[] bytes;
    boolean isBytes;
    /** The subject's length in characters. */
    int length;

    int start;
    int end;
    /** {@code state->ptr}: where the current attempt stands (the match end on success). */
    int ptr;
    int pos;
    int endpos;
    boolean matchAll;
    boolean mustAdvance;

    final int[] mark;
    int lastmark = -1;
    int lastindex = -1;
    SreFrames.Repeat repeat;

    /** The pattern's set tables (see {@link SreCharset.Tables}). */
    int[] setIndex;
    long[] setBits;

    /** Saved marks and repeat positions (CPython's data stack, less the contexts). */
    int[] data = new int[32];
    int dataTop;
    /** The match contexts in use: {@code contexts[0..depth)}. */
    SreFrames.Context[] contexts = new SreFrames.Context[16];
    int depth;

    /** A state for a pattern with {@code groups} groups; {@link #begin} gives it a subject. */
    SreState(int groups, SreCharset.Tables sets) {
        // two spare marks: the validator admits MARK 2*groups and 2*groups+1
        this.mark = new int[2 * groups + 2];
        this.setIndex = sets.index();
        this.setBits = sets.bits();
        SreFrames.fill(contexts, 0);
    }

    /** Starts a run over a subject (one of text, codePoints, bytes) in [start, end), clipped. */
    // CPython: Modules/_sre/sre.c state_init "adjust boundaries"
    void begin(String text, int[] codePoints, byte[] bytes, int length, long start, long end) {
        this.text = text;
        this.codePoints = codePoints;
        this.bytes = bytes;
        this.isBytes = bytes != null;
        this.length = length;
        int s = (int) Math.max(0, Math.min(start, length));
        int e = (int) Math.max(0, Math.min(end, length));
        this.start = s;
        this.end = e;
        this.ptr = s;
        this.pos = s;
        this.endpos = e;
        this.matchAll = false;
        this.mustAdvance = false;
        reset();
    }

    /** Drops the subject, so that a state kept for reuse holds no text alive. */
    void forget() {
        text = null;
        codePoints = null;
        bytes = null;
        repeat = null;
    }

    /**
     * The character at index i (a code point, or a byte 0-255). Kept under C1's inlining
     * limit (35 bytes of bytecode): the matcher runs in C1's code (see bin/krait), where a
     * larger method would be a call per character read.
     */
    int ch(int i) {
        String t = text;
        return t != null ? t.charAt(i) : wideOrByte(i);
    }

    private int wideOrByte(int i) {
        return codePoints != null ? codePoints[i] : bytes[i] & 0xFF;
    }

    // CPython: Modules/_sre/sre.c state_reset
    void reset() {
        lastmark = -1;
        lastindex = -1;
        repeat = null;
        dataTop = 0;
        depth = 0;
    }

    /** CPython's {@code RESET_CAPTURE_GROUP}, between two attempts of a search. */
    void resetCaptures() {
        lastmark = -1;
        lastindex = -1;
    }

    /** The span of group {@code index} (1-based) or null when it did not take part. */
    boolean groupSet(int index) {
        int i = (index - 1) * 2;
        return i < lastmark && mark[i] >= 0 && mark[i + 1] >= 0;
    }

    // ---- the data stack ------------------------------------------------------------------

    void push(int value) {
        if (dataTop == data.length) {
            data = java.util.Arrays.copyOf(data, data.length * 2);
        }
        data[dataTop++] = value;
    }

    int pop() {
        return data[--dataTop];
    }

    /** {@code MARK_PUSH}: saves marks 0..lastmark. */
    void pushMarks(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            if (dataTop + n > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, dataTop + n));
            }
            System.arraycopy(mark, 0, data, dataTop, n);
            dataTop += n;
        }
    }

    /** {@code MARK_POP}: restores marks 0..lastmark and drops them from the stack. */
    void popMarks(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            dataTop -= n;
            System.arraycopy(data, dataTop, mark, 0, n);
        }
    }

    /** {@code MARK_POP_KEEP}: restores marks 0..lastmark, leaving them saved. */
    void peekMarks(int lastmark) {
        if (lastmark >= 0) {
            int n = lastmark + 1;
            System.arraycopy(data, dataTop - n, mark, 0, n);
        }
    }

    /** {@code MARK_POP_DISCARD}. */
    void dropMarks(int lastmark) {
        if (lastmark >= 0) {
            dataTop -= lastmark + 1;
        }
    }

    // Inside a REPEAT ... UNTIL loop (s.repeat set), a failed branch must restore the marks
    // the loop's earlier iterations set; outside one there is nothing to restore
    // (sre_lib.h's "if (state->repeat) MARK_PUSH(...)").

    void pushMarksInRepeat(int lastmark) {
        if (repeat != null) {
            pushMarks(lastmark);
        }
    }

    void popMarksInRepeat(int lastmark) {
        if (repeat != null) {
            popMarks(lastmark);
        }
    }

    void peekMarksInRepeat(int lastmark) {
        if (repeat != null) {
            peekMarks(lastmark);
        }
    }

    void dropMarksInRepeat(int lastmark) {
        if (repeat != null) {
            dropMarks(lastmark);
        }
    }
}
