package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;

/**
 * Checks, before a pattern is built, that its code has the shape re/_compiler.py gives it: known
 * opcodes with their operands, forward skips that land inside the code on the right opcode,
 * group numbers below the group count. The matcher trusts code that passed (it does not check
 * bounds or termination as it runs), so hand-made code reaching {@code _sre.compile} gets
 * CPython's {@code RuntimeError: invalid SRE code} instead of undefined behaviour.
 *
 * <p>CPython counterpart: Modules/_sre/sre.c {@code _validate_charset},
 * {@code _validate_inner}, {@code _validate_outer}.
 */
final class SreValidator {
    /** Thrown internally on the first defect (CPython's FAIL macro). */
    private static final class Invalid extends RuntimeException {
        Invalid() {
            super(null, null, false, false);
        }
    }

    private static final Invalid INVALID = new Invalid();

    private final int[] code;
    private final long groups;
    /** The next word to read (CPython's {@code code} pointer). */
    private int pc;
    /** Where each set starts and the opcode that tests it, in pairs (for the set tables). */
    private int[] sets = new int[8];
    private int setWords;
    /** Where each greedy REPEAT_ONE starts (for {@link SreFirstChars#program}). */
    private int[] repeats = new int[4];
    private int repeatCount;

    private SreValidator(int[] code, long groups) {
        this.code = code;
        this.groups = groups;
    }

    /** Whether {@code code} is valid code for a pattern with {@code groups} groups. */
    static boolean valid(int[] code, long groups) {
        return validate(code, groups) != null;
    }

    /**
     * What validation learnt of valid code: where its sets start and which opcode tests each,
     * in pairs ({@code INFO}'s set counts as tested by {@code IN}), and where its greedy
     * {@code REPEAT_ONE}s are.
     */
    record Layout(int[] sets, int[] repeatOnes) {}

    /** Validates {@code code}; answers null if it is invalid. */
    // CPython: Modules/_sre/sre.c _validate_outer
    static Layout validate(int[] code, long groups) {
        if (groups < 0 || groups > MAXGROUPS || code.length == 0
                || code[code.length - 1] != SUCCESS) {
            return null;
        }
        SreValidator v = new SreValidator(code, groups);
        try {
            // code ending in a JUMP (answer 1) is refused too
            if (v.inner(0, code.length - 1) != 0) {
                return null;
            }
        } catch (Invalid | ArrayIndexOutOfBoundsException e) {
            return null;
        }
        return new Layout(java.util.Arrays.copyOf(v.sets, v.setWords),
                java.util.Arrays.copyOf(v.repeats, v.repeatCount));
    }

    private void noteSet(int start, int op) {
        if (setWords + 2 > sets.length) {
            sets = java.util.Arrays.copyOf(sets, sets.length * 2);
        }
        sets[setWords++] = start;
        sets[setWords++] = op;
    }

    private static void fail() {
        throw INVALID;
    }

    private long u(int i) {
        return code[i] & 0xFFFFFFFFL;
    }

    private long op(int end) {
        if (pc >= end) {
            fail();
        }
        return u(pc++);
    }

    private long arg(int end) {
        return op(end);
    }

    /** Reads a skip that must not reach past {@code end} (less {@code adj}). */
    private long skip(int end, int adj) {
        if (pc >= end) {
            fail();
        }
        long skip = u(pc);
        if (skip - adj < 0 || skip - adj > end - pc) {
            fail();
        }
        pc++;
        return skip;
    }

    // CPython: Modules/_sre/sre.c _validate_charset
    private void charset(int from, int end) {
        int saved = pc;
        pc = from;
        while (pc < end) {
            long op = op(end);
            switch ((int) op) {
                case NEGATE:
                    break;
                case LITERAL:
                    arg(end);
                    break;
                case RANGE:
                case RANGE_UNI_IGNORE:
                    arg(end);
                    arg(end);
                    break;
                case CHARSET:
                    if (8 > end - pc) {
                        fail();
                    }
                    pc += 8;
                    break;
                case BIGCHARSET: {
                    long blocks = arg(end);
                    if (64 > end - pc) {
                        fail();
                    }
                    // every block number must name one of the blocks
                    for (int i = 0; i < 256; i++) {
                        if (((code[pc + (i >> 2)] >>> ((i & 3) * 8)) & 0xFF) >= blocks) {
                            fail();
                        }
                    }
                    pc += 64;
                    if (blocks * 8 > end - pc) {
                        fail();
                    }
                    pc += (int) (blocks * 8);
                    break;
                }
                case CATEGORY: {
                    long c = arg(end);
                    if (c > CATEGORY_UNI_NOT_LINEBREAK) {
                        fail();
                    }
                    break;
                }
                default:
                    fail();
            }
        }
        pc = saved;
    }

    /** Validates code[from, end); answers 1 when it ends with a JUMP (for GROUPREF_EXISTS). */
    // CPython: Modules/_sre/sre.c _validate_inner
    private int inner(int from, int end) {
        pc = from;
        if (pc > end) {
            fail();
        }
        while (pc < end) {
            int op = (int) op(end);
            switch (op) {
                case MARK:
                    if (arg(end) > 2 * groups + 1) {
                        fail();
                    }
                    break;
                case LITERAL:
                case NOT_LITERAL:
                case LITERAL_IGNORE:
                case NOT_LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    arg(end);
                    break;
                case SUCCESS:
                case FAILURE:
                case ANY:
                case ANY_ALL:
                    break;
                case AT:
                    if (arg(end) > AT_UNI_NON_BOUNDARY) {
                        fail();
                    }
                    break;
                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE: {
                    int skip = (int) skip(end, 0);
                    // the set ends with FAILURE, checked apart
                    charset(pc, pc + skip - 2);
                    noteSet(pc, op);
                    if (code[pc + skip - 2] != FAILURE) {
                        fail();
                    }
                    pc += skip - 1;
                    break;
                }
                case INFO:
                    info(end);
                    break;
                case BRANCH:
                    branch(end);
                    break;
                case REPEAT_ONE:
                case MIN_REPEAT_ONE:
                case POSSESSIVE_REPEAT_ONE: {
                    if (op == REPEAT_ONE) {
                        if (repeatCount == repeats.length) {
                            repeats = java.util.Arrays.copyOf(repeats, repeatCount * 2);
                        }
                        repeats[repeatCount++] = pc - 1;
                    }
                    int skip = (int) skip(end, 0);
                    long min = arg(end);
                    long max = arg(end);
                    if (min > max || max > MAXREPEAT) {
                        fail();
                    }
                    int body = pc;
                    inner(body, body + skip - 4);
                    pc = body + skip - 4;
                    if (op(end) != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case REPEAT:
                case POSSESSIVE_REPEAT: {
                    int skip = (int) skip(end, 0);
                    long min = arg(end);
                    long max = arg(end);
                    if (min > max || max > MAXREPEAT) {
                        fail();
                    }
                    int body = pc;
                    inner(body, body + skip - 3);
                    pc = body + skip - 3;
                    long until = op(end);
                    if (op == POSSESSIVE_REPEAT ? until != SUCCESS
                            : until != MAX_UNTIL && until != MIN_UNTIL) {
                        fail();
                    }
                    break;
                }
                case ATOMIC_GROUP: {
                    int skip = (int) skip(end, 0);
                    int body = pc;
                    inner(body, body + skip - 2);
                    pc = body + skip - 2;
                    if (op(end) != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE:
                    if (arg(end) >= groups) {
                        fail();
                    }
                    break;
                case GROUPREF_EXISTS:
                    groupRefExists(end);
                    break;
                case ASSERT:
                case ASSERT_NOT: {
                    int skip = (int) skip(end, 0);
                    long back = arg(end);
                    pc--;
                    if ((back & 0x80000000L) != 0) {
                        fail();
                    }
                    int at = pc;
                    inner(at + 1, at + skip - 2);
                    pc = at + skip - 2;
                    if (op(end) != SUCCESS) {
                        fail();
                    }
                    break;
                }
                case JUMP:
                    if (pc + 1 != end) {
                        fail();
                    }
                    return 1;
                default:
                    fail();
            }
        }
        return 0;
    }

    private void info(int end) {
        // <INFO> <1=skip> <2=flags> <3=min> <4=max> [prefix or charset]
        int skip = (int) skip(end, 0);
        int newcode = pc + skip - 1;
        long flags = arg(end);
        arg(end);
        arg(end);
        if ((flags & ~(INFO_PREFIX | INFO_LITERAL | INFO_CHARSET)) != 0
                || ((flags & INFO_PREFIX) != 0 && (flags & INFO_CHARSET) != 0)
                || ((flags & INFO_LITERAL) != 0 && (flags & INFO_PREFIX) == 0)) {
            fail();
        }
        if ((flags & INFO_PREFIX) != 0) {
            long prefixLen = arg(end);
            arg(end);
            if (prefixLen > newcode - pc) {
                fail();
            }
            pc += (int) prefixLen;
            if (prefixLen > newcode - pc) {
                fail();
            }
            // each overlap entry is below the prefix length
            for (int i = 0; i < prefixLen; i++) {
                if (u(pc + i) >= prefixLen) {
                    fail();
                }
            }
            pc += (int) prefixLen;
        }
        if ((flags & INFO_CHARSET) != 0) {
            charset(pc, newcode - 1);
            noteSet(pc, IN);
            if (code[newcode - 1] != FAILURE) {
                fail();
            }
            pc = newcode;
        } else if (pc != newcode) {
            fail();
        }
    }

    private void branch(int end) {
        // every alternative ends with a JUMP to the same place: the end of the branch
        int target = -1;
        for (;;) {
            int skip = (int) skip(end, 0);
            if (skip == 0) {
                break;
            }
            int body = pc;
            inner(body, body + skip - 3);
            pc = body + skip - 3;
            if (op(end) != JUMP) {
                fail();
            }
            int jump = (int) skip(end, 0);
            int to = pc + jump - 1;
            if (target < 0) {
                target = to;
            } else if (to != target) {
                fail();
            }
        }
        if (pc != target) {
            fail();
        }
    }

    private void groupRefExists(int end) {
        // <GROUPREF_EXISTS> <group> <skip> then-part [JUMP <skip> else-part]
        if (arg(end) >= groups) {
            fail();
        }
        int skip = (int) skip(end, 1);
        pc--; // the skip counts from its own word
        int at = pc;
        int rc = inner(at + 1, at + skip - 1);
        pc = at;
        if (rc == 1) {
            // the then-part ended with a JUMP over the else-part
            pc = at + skip - 2;
            skip = (int) skip(end, 0);
            int from = pc;
            rc = inner(from, from + skip - 1);
            pc = from;
        }
        if (rc != 0) {
            fail();
        }
        pc += skip - 1;
    }
}
