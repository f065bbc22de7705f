package dev.krait.modules.sre;

/**
 * The engine's frames: a {@link Context} per level of a match in progress (an alternative, one
 * more repetition, a look-around, a repeat's tail), kept on the state's context stack and
 * reused from one match to the next, and a {@link Repeat} per {@code REPEAT ... UNTIL} loop
 * being run. The matcher ({@link SreMatcher}) pushes a context where CPython's C code would
 * recurse, so that deep patterns use heap memory, never the Java stack.
 *
 * <p>CPython counterpart: Modules/_sre/sre_lib.h {@code SRE(match_context)}, sre.h
 * {@code SRE_REPEAT}, and sre_lib.h's {@code DO_JUMPX}.
 */
final class SreFrames {
    private SreFrames() {}

    // The matcher's actions (see SreMatcher.match) besides the opcodes (0..42): its entry,
    // exit, loop and resume points.
    static final int ENTER = 100;
    static final int EXIT = 101;
    static final int BRANCH_LOOP = 102;
    static final int REPEAT_ONE_LITERAL_LOOP = 103;
    static final int REPEAT_ONE_LOOP = 104;
    static final int MIN_REPEAT_ONE_LOOP = 105;
    static final int POSS_REPEAT_MIN_LOOP = 106;
    static final int POSS_REPEAT_LOOP = 107;
    static final int MAX_UNTIL_TAIL = 108;
    /** Fails the current level: {@code RETURN_FAILURE}. */
    static final int FAIL = 109;
    // Resume points after a sub-match (CPython's JUMP_* values).
    static final int JUMP_NONE = 200;
    static final int JUMP_MAX_UNTIL_1 = 201;
    static final int JUMP_MAX_UNTIL_2 = 202;
    static final int JUMP_MAX_UNTIL_3 = 203;
    static final int JUMP_MIN_UNTIL_1 = 204;
    static final int JUMP_MIN_UNTIL_2 = 205;
    static final int JUMP_MIN_UNTIL_3 = 206;
    static final int JUMP_REPEAT = 207;
    static final int JUMP_REPEAT_ONE_1 = 208;
    static final int JUMP_REPEAT_ONE_2 = 209;
    static final int JUMP_MIN_REPEAT_ONE = 210;
    static final int JUMP_BRANCH = 211;
    static final int JUMP_ASSERT = 212;
    static final int JUMP_ASSERT_NOT = 213;
    static final int JUMP_POSS_REPEAT_1 = 214;
    static final int JUMP_POSS_REPEAT_2 = 215;
    static final int JUMP_ATOMIC_GROUP = 216;

    /** One level of the match: CPython's {@code SRE(match_context)}. */
    static final class Context {
        int pc;
        int ptr;
        long count;
        int chr;
        Repeat rep;
        int lastmark;
        int lastindex;
        boolean toplevel;
        int jump;
    }

    /** The state of one REPEAT ... UNTIL loop: CPython's {@code SRE_REPEAT}. */
    static final class Repeat {
        long count = -1;
        /** Code index just after the REPEAT opcode (its skip, min, max, then the item). */
        final int pc;
        final Repeat prev;
        int lastPtr = -1;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    /**
     * A context for a sub-match, on top of the state's stack: the one left there by an earlier
     * match when there is one, so that matching allocates only while the stack grows.
     */
    // CPython: Modules/_sre/sre_lib.h DO_JUMPX
    static Context push(SreState s, int jump, boolean toplevel) {
        // the common path is small enough for C1 to inline (see SreState.ch): every slot of
        // the stack holds a context, made when the stack is made or grows
        int depth = s.depth;
        Context[] contexts = s.contexts;
        Context c = depth < contexts.length ? contexts[depth] : grow(s);
        s.depth = depth + 1;
        c.jump = jump;
        c.toplevel = toplevel;
        c.rep = null;
        return c;
    }

    /** Doubles the context stack, filling the new half; answers the first new context. */
    private static Context grow(SreState s) {
        int n = s.contexts.length;
        s.contexts = java.util.Arrays.copyOf(s.contexts, n * 2);
        fill(s.contexts, n);
        return s.contexts[n];
    }

    /** A context in every slot of {@code contexts} from {@code from} on. */
    static void fill(Context[] contexts, int from) {
        for (int i = from; i < contexts.length; i++) {
            contexts[i] = new Context();
        }
    }

    /**
     * Saves where {@code parent} stands ({@code pc}, {@code ptr}) and pushes the context of a
     * sub-match, which resumes the parent at {@code jump} when it finishes.
     */
    static Context descend(SreState s, Context parent, int pc, int ptr, int jump,
            boolean toplevel) {
        parent.pc = pc;
        parent.ptr = ptr;
        return push(s, jump, toplevel);
    }
}
