package dev.krait.modules.sre;

import static dev.krait.modules.sre.SreConstants.*;
import static dev.krait.modules.sre.SreFrames.*;

import dev.krait.objects.PyExceptions;

/**
 * The matching machine: runs the code of one pattern at one position, with backtracking.
 *
 * <p>As in CPython, a sub-match (an alternative, one more repetition, a look-around, the tail
 * after a repeat) does not recurse in Java: the current {@link Context} saves where it stands,
 * a new context starts the sub-match, and when that one finishes the machine pops it and
 * resumes the saved context at the point named by its {@code jump} code. Deep patterns and
 * catastrophic backtracking therefore use heap memory, never the Java stack. Java has no
 * {@code goto}, so the machine is a loop over an {@code action}: an opcode to execute, or one
 * of the entry, exit, loop and resume points of sre_lib.h's {@code SRE(match)}.
 *
 * <p>CPython counterpart: Modules/_sre/sre_lib.h {@code SRE(match)}.
 */
final class SreMatcher {
    private SreMatcher() {}

    static RuntimeException internalError() {
        return PyExceptions.runtimeError("internal error in regular expression engine");
    }

    private static long unsigned(int v) {
        return v & 0xFFFFFFFFL;
    }

    /**
     * Whether the code from {@code pc0} matches at {@code s.ptr}; on success {@code s.ptr} is
     * where the match ends and the marks hold the groups.
     */
    // CPython: Modules/_sre/sre_lib.h SRE(match)
    static boolean match(SreState s, int[] code, int pc0, boolean toplevel0) {
        final int end = s.end;
        final int base = s.depth;
        Context ctx = push(s, JUMP_NONE, toplevel0);
        int pc = pc0;
        int ptr = 0;
        boolean ret = false;
        int action = ENTER;
        for (;;) {
            switch (action) {
                case ENTER:
                    ptr = s.ptr;
                    if (code[pc] == INFO) {
                        // <INFO> <skip> <flags> <min> ...: too little text left cannot match
                        long min = unsigned(code[pc + 3]);
                        if (min != 0 && end - ptr < min) {
                            action = FAIL;
                            continue;
                        }
                        pc += code[pc + 1] + 1;
                    }
                    action = code[pc++];
                    continue;

                case FAIL:
                    ret = false;
                    action = EXIT;
                    continue;

                case EXIT: {
                    int jump = ctx.jump;
                    s.depth--;
                    if (s.depth == base) {
                        return ret;
                    }
                    ctx = s.contexts[s.depth - 1];
                    pc = ctx.pc;
                    ptr = ctx.ptr;
                    action = jump;
                    continue;
                }

                case MARK: {
                    int i = code[pc];
                    if ((i & 1) != 0) {
                        s.lastindex = i / 2 + 1;
                    }
                    if (i > s.lastmark) {
                        // marks skipped over are unset
                        for (int j = s.lastmark + 1; j < i; j++) {
                            s.mark[j] = -1;
                        }
                        s.lastmark = i;
                    }
                    s.mark[i] = ptr;
                    pc++;
                    action = code[pc++];
                    continue;
                }

                case LITERAL:
                    if (ptr >= end || s.ch(ptr) != code[pc]) {
                        action = FAIL;
                        continue;
                    }
                    pc++;
                    ptr++;
                    action = code[pc++];
                    continue;

                case NOT_LITERAL:
                    if (ptr >= end || s.ch(ptr) == code[pc]) {
                        action = FAIL;
                        continue;
                    }
                    pc++;
                    ptr++;
                    action = code[pc++];
                    continue;

                case SUCCESS:
                    if (ctx.toplevel && ((s.matchAll && ptr != s.end)
                            || (s.mustAdvance && ptr == s.start))) {
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    ret = true;
                    action = EXIT;
                    continue;

                case AT:
                    if (!SreCharset.at(s, ptr, code[pc])) {
                        action = FAIL;
                        continue;
                    }
                    pc++;
                    action = code[pc++];
                    continue;

                case CATEGORY:
                    if (ptr >= end || !SreChars.category(code[pc], s.ch(ptr))) {
                        action = FAIL;
                        continue;
                    }
                    pc++;
                    ptr++;
                    action = code[pc++];
                    continue;

                case ANY:
                    if (ptr >= end || SreChars.isLinebreak(s.ch(ptr))) {
                        action = FAIL;
                        continue;
                    }
                    ptr++;
                    action = code[pc++];
                    continue;

                case ANY_ALL:
                    if (ptr >= end) {
                        action = FAIL;
                        continue;
                    }
                    ptr++;
                    action = code[pc++];
                    continue;

                case IN:
                case IN_IGNORE:
                case IN_UNI_IGNORE:
                case IN_LOC_IGNORE: {
                    if (ptr >= end
                            || !SreCharset.test(s, action, code, pc + 1, s.ch(ptr))) {
                        action = FAIL;
                        continue;
                    }
                    pc += code[pc];
                    ptr++;
                    action = code[pc++];
                    continue;
                }

                case LITERAL_IGNORE:
                case LITERAL_UNI_IGNORE:
                case LITERAL_LOC_IGNORE:
                case NOT_LITERAL_IGNORE:
                case NOT_LITERAL_UNI_IGNORE:
                case NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !SreChars.literalIgnore(action, code[pc], s.ch(ptr))) {
                        action = FAIL;
                        continue;
                    }
                    pc++;
                    ptr++;
                    action = code[pc++];
                    continue;

                case JUMP:
                case INFO:
                    pc += code[pc];
                    action = code[pc++];
                    continue;

                case BRANCH:
                    // <BRANCH> <0=skip> code <JUMP> ... <NULL>
                    ctx.lastmark = s.lastmark;
                    ctx.lastindex = s.lastindex;
                    s.pushMarksInRepeat(ctx.lastmark);
                    action = BRANCH_LOOP;
                    continue;

                case BRANCH_LOOP: {
                    boolean jumped = false;
                    for (; code[pc] != 0; pc += code[pc]) {
                        // skip alternatives whose first character cannot match (CPython
                        // tests a leading LITERAL or IN; marks before it are looked past too)
                        if (!SreFirstChars.mayStart(s, code, pc + 1, ptr)) {
                            continue;
                        }
                        s.ptr = ptr;
                        jumped = true;
                        break;
                    }
                    if (jumped) {
                        ctx = descend(s, ctx, pc, ptr, JUMP_BRANCH, ctx.toplevel);
                        pc = pc + 1;
                        action = ENTER;
                        continue;
                    }
                    s.dropMarksInRepeat(ctx.lastmark);
                    action = FAIL;
                    continue;
                }

                case JUMP_BRANCH:
                    if (ret) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = EXIT;
                        continue;
                    }
                    s.peekMarksInRepeat(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    pc += code[pc];
                    action = BRANCH_LOOP;
                    continue;

                case REPEAT_ONE: {
                    // <REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    long min = unsigned(code[pc + 1]);
                    if (min > end - ptr) {
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    int n = SreCharset.count(s, code, pc + 3, unsigned(code[pc + 2]));
                    ctx.count = n;
                    ptr += n;
                    if (n < min) {
                        action = FAIL;
                        continue;
                    }
                    int tail = pc + code[pc];
                    if (code[tail] == SUCCESS && ptr == s.end
                            && !(ctx.toplevel && s.mustAdvance && ptr == s.start)) {
                        // the tail is empty: done
                        s.ptr = ptr;
                        ret = true;
                        action = EXIT;
                        continue;
                    }
                    ctx.lastmark = s.lastmark;
                    ctx.lastindex = s.lastindex;
                    s.pushMarksInRepeat(ctx.lastmark);
                    if (code[tail] == LITERAL) {
                        // skip positions where the tail's first literal is absent
                        ctx.chr = code[tail + 1];
                        action = REPEAT_ONE_LITERAL_LOOP;
                    } else {
                        action = REPEAT_ONE_LOOP;
                    }
                    continue;
                }

                case REPEAT_ONE_LITERAL_LOOP: {
                    long min = unsigned(code[pc + 1]);
                    while (ctx.count >= min && (ptr >= end || s.ch(ptr) != ctx.chr)) {
                        ptr--;
                        ctx.count--;
                    }
                    if (ctx.count < min) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    int next = pc + code[pc];
                    ctx = push(s, JUMP_REPEAT_ONE_1, ctx.toplevel);
                    pc = next;
                    action = ENTER;
                    continue;
                }

                case REPEAT_ONE_LOOP: {
                    if (ctx.count < unsigned(code[pc + 1])) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    int next = pc + code[pc];
                    ctx = push(s, JUMP_REPEAT_ONE_2, ctx.toplevel);
                    pc = next;
                    action = ENTER;
                    continue;
                }

                case JUMP_REPEAT_ONE_1:
                case JUMP_REPEAT_ONE_2:
                    if (ret) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = EXIT;
                        continue;
                    }
                    s.peekMarksInRepeat(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    ptr--;
                    ctx.count--;
                    action = action == JUMP_REPEAT_ONE_1 ? REPEAT_ONE_LITERAL_LOOP
                            : REPEAT_ONE_LOOP;
                    continue;

                case MIN_REPEAT_ONE: {
                    // <MIN_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    long min = unsigned(code[pc + 1]);
                    if (min > end - ptr) {
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    if (min == 0) {
                        ctx.count = 0;
                    } else {
                        int n = SreCharset.count(s, code, pc + 3, min);
                        if (n < min) {
                            action = FAIL;
                            continue;
                        }
                        ctx.count = n;
                        ptr += n;
                    }
                    if (code[pc + code[pc]] == SUCCESS && !(ctx.toplevel
                            && ((s.matchAll && ptr != s.end)
                                || (s.mustAdvance && ptr == s.start)))) {
                        s.ptr = ptr;
                        ret = true;
                        action = EXIT;
                        continue;
                    }
                    ctx.lastmark = s.lastmark;
                    ctx.lastindex = s.lastindex;
                    s.pushMarksInRepeat(ctx.lastmark);
                    action = MIN_REPEAT_ONE_LOOP;
                    continue;
                }

                case MIN_REPEAT_ONE_LOOP: {
                    long max = unsigned(code[pc + 2]);
                    if (max == MAXREPEAT || ctx.count <= max) {
                        s.ptr = ptr;
                        ctx.pc = pc;
                        ctx.ptr = ptr;
                        int next = pc + code[pc];
                        ctx = push(s, JUMP_MIN_REPEAT_ONE, ctx.toplevel);
                        pc = next;
                        action = ENTER;
                        continue;
                    }
                    s.dropMarksInRepeat(ctx.lastmark);
                    action = FAIL;
                    continue;
                }

                case JUMP_MIN_REPEAT_ONE: {
                    if (ret) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = EXIT;
                        continue;
                    }
                    s.peekMarksInRepeat(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    s.ptr = ptr;
                    int n = SreCharset.count(s, code, pc + 3, 1);
                    if (n == 0) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = FAIL;
                        continue;
                    }
                    ptr++;
                    ctx.count++;
                    action = MIN_REPEAT_ONE_LOOP;
                    continue;
                }

                case POSSESSIVE_REPEAT_ONE: {
                    // <POSSESSIVE_REPEAT_ONE> <skip> <1=min> <2=max> item <SUCCESS> tail
                    long min = unsigned(code[pc + 1]);
                    if (ptr + min > end) {
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr;
                    int n = SreCharset.count(s, code, pc + 3, unsigned(code[pc + 2]));
                    ctx.count = n;
                    ptr += n;
                    if (n < min) {
                        action = FAIL;
                        continue;
                    }
                    pc += code[pc];
                    if (code[pc] == SUCCESS && ptr == s.end
                            && !(ctx.toplevel && s.mustAdvance && ptr == s.start)) {
                        s.ptr = ptr;
                        ret = true;
                        action = EXIT;
                        continue;
                    }
                    // the tail is matched without giving anything back
                    action = code[pc++];
                    continue;
                }

                case REPEAT: {
                    // <REPEAT> <skip> <1=min> <2=max> <3=repeat_index> item <UNTIL> tail
                    ctx.rep = new Repeat(pc, s.repeat);
                    s.repeat = ctx.rep;
                    s.ptr = ptr;
                    ctx.pc = pc;
                    ctx.ptr = ptr;
                    int next = pc + code[pc];
                    ctx = push(s, JUMP_REPEAT, ctx.toplevel);
                    pc = next;
                    action = ENTER;
                    continue;
                }

                case JUMP_REPEAT:
                    s.repeat = ctx.rep.prev;
                    action = EXIT;
                    continue;

                case MAX_UNTIL: {
                    // maximizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MAX_UNTIL> tail
                    Repeat rep = s.repeat;
                    if (rep == null) {
                        throw internalError();
                    }
                    ctx.rep = rep;
                    s.ptr = ptr;
                    ctx.count = rep.count + 1;
                    if (ctx.count < unsigned(code[rep.pc + 1])) {
                        // not enough repetitions yet
                        rep.count = ctx.count;
                        ctx = descend(s, ctx, pc, ptr, JUMP_MAX_UNTIL_1, ctx.toplevel);
                        pc = rep.pc + 3;
                        action = ENTER;
                        continue;
                    }
                    long max = unsigned(code[rep.pc + 2]);
                    if ((ctx.count < max || max == MAXREPEAT) && s.ptr != rep.lastPtr) {
                        // enough repetitions, but try one more
                        rep.count = ctx.count;
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        s.pushMarks(ctx.lastmark);
                        // zero-width match protection
                        s.push(rep.lastPtr);
                        rep.lastPtr = s.ptr;
                        ctx = descend(s, ctx, pc, ptr, JUMP_MAX_UNTIL_2, ctx.toplevel);
                        pc = rep.pc + 3;
                        action = ENTER;
                        continue;
                    }
                    action = MAX_UNTIL_TAIL;
                    continue;
                }

                case JUMP_MAX_UNTIL_1:
                    if (ret) {
                        action = EXIT;
                        continue;
                    }
                    ctx.rep.count = ctx.count - 1;
                    s.ptr = ptr;
                    action = EXIT;
                    continue;

                case JUMP_MAX_UNTIL_2:
                    ctx.rep.lastPtr = s.pop();
                    if (ret) {
                        s.dropMarks(ctx.lastmark);
                        action = EXIT;
                        continue;
                    }
                    s.popMarks(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    ctx.rep.count = ctx.count - 1;
                    s.ptr = ptr;
                    action = MAX_UNTIL_TAIL;
                    continue;

                case MAX_UNTIL_TAIL:
                    // no more repetitions here: the tail must match
                    s.repeat = ctx.rep.prev;
                    ctx = descend(s, ctx, pc, ptr, JUMP_MAX_UNTIL_3, ctx.toplevel);
                    action = ENTER;
                    continue;

                case JUMP_MAX_UNTIL_3:
                    s.repeat = ctx.rep;
                    if (!ret) {
                        s.ptr = ptr;
                    }
                    action = EXIT;
                    continue;

                case MIN_UNTIL: {
                    // minimizing repeat: <REPEAT> <skip> <1=min> <2=max> item <MIN_UNTIL> tail
                    Repeat rep = s.repeat;
                    if (rep == null) {
                        throw internalError();
                    }
                    ctx.rep = rep;
                    s.ptr = ptr;
                    ctx.count = rep.count + 1;
                    if (ctx.count < unsigned(code[rep.pc + 1])) {
                        rep.count = ctx.count;
                        ctx = descend(s, ctx, pc, ptr, JUMP_MIN_UNTIL_1, ctx.toplevel);
                        pc = rep.pc + 3;
                        action = ENTER;
                        continue;
                    }
                    // try the tail first
                    s.repeat = rep.prev;
                    ctx.lastmark = s.lastmark;
                    ctx.lastindex = s.lastindex;
                    s.pushMarksInRepeat(ctx.lastmark);
                    ctx = descend(s, ctx, pc, ptr, JUMP_MIN_UNTIL_2, ctx.toplevel);
                    action = ENTER;
                    continue;
                }

                case JUMP_MIN_UNTIL_1:
                    if (ret) {
                        action = EXIT;
                        continue;
                    }
                    ctx.rep.count = ctx.count - 1;
                    s.ptr = ptr;
                    action = EXIT;
                    continue;

                case JUMP_MIN_UNTIL_2: {
                    Repeat repeatOfTail = s.repeat;
                    Repeat rep = ctx.rep;
                    s.repeat = rep;
                    if (ret) {
                        if (repeatOfTail != null) {
                            s.dropMarks(ctx.lastmark);
                        }
                        action = EXIT;
                        continue;
                    }
                    if (repeatOfTail != null) {
                        s.popMarks(ctx.lastmark);
                    }
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    s.ptr = ptr;
                    long max = unsigned(code[rep.pc + 2]);
                    if ((ctx.count >= max && max != MAXREPEAT) || s.ptr == rep.lastPtr) {
                        action = FAIL;
                        continue;
                    }
                    rep.count = ctx.count;
                    // zero-width match protection
                    s.push(rep.lastPtr);
                    rep.lastPtr = s.ptr;
                    ctx = descend(s, ctx, pc, ptr, JUMP_MIN_UNTIL_3, ctx.toplevel);
                    pc = rep.pc + 3;
                    action = ENTER;
                    continue;
                }

                case JUMP_MIN_UNTIL_3:
                    ctx.rep.lastPtr = s.pop();
                    if (ret) {
                        action = EXIT;
                        continue;
                    }
                    ctx.rep.count = ctx.count - 1;
                    s.ptr = ptr;
                    action = EXIT;
                    continue;

                case POSSESSIVE_REPEAT:
                    // <POSSESSIVE_REPEAT> <skip> <1=min> <2=max> pattern <SUCCESS> tail
                    s.ptr = ptr;
                    ctx.count = 0;
                    action = POSS_REPEAT_MIN_LOOP;
                    continue;

                case POSS_REPEAT_MIN_LOOP:
                    if (ctx.count < unsigned(code[pc + 1])) {
                        ctx = descend(s, ctx, pc, ptr, JUMP_POSS_REPEAT_1, false);
                        pc = pc + 3;
                        action = ENTER;
                        continue;
                    }
                    // no position equals -1, so the loop below starts
                    ptr = -1;
                    action = POSS_REPEAT_LOOP;
                    continue;

                case JUMP_POSS_REPEAT_1:
                    if (ret) {
                        ctx.count++;
                        action = POSS_REPEAT_MIN_LOOP;
                        continue;
                    }
                    s.ptr = ptr;
                    action = EXIT;
                    continue;

                case POSS_REPEAT_LOOP: {
                    long max = unsigned(code[pc + 2]);
                    if ((ctx.count < max || max == MAXREPEAT) && s.ptr != ptr) {
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        s.pushMarks(ctx.lastmark);
                        // an iteration that matched nothing ends the loop
                        ptr = s.ptr;
                        ctx = descend(s, ctx, pc, ptr, JUMP_POSS_REPEAT_2, false);
                        pc = pc + 3;
                        action = ENTER;
                        continue;
                    }
                    pc += code[pc] + 1;
                    ptr = s.ptr;
                    action = code[pc++];
                    continue;
                }

                case JUMP_POSS_REPEAT_2:
                    if (ret) {
                        s.dropMarks(ctx.lastmark);
                        ctx.count++;
                        action = POSS_REPEAT_LOOP;
                        continue;
                    }
                    s.popMarks(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    // the failed iteration may have moved the input pointer (a lookahead or an
                    // inner repeat leaves it where it stopped): the loop ends where the last
                    // successful one did (CPython 3.11.5, gh-100061 and gh-106052)
                    s.ptr = ptr;
                    pc += code[pc] + 1;
                    ptr = s.ptr;
                    action = code[pc++];
                    continue;

                case ATOMIC_GROUP:
                    // <ATOMIC_GROUP> <skip> pattern <SUCCESS> tail
                    s.ptr = ptr;
                    ctx = descend(s, ctx, pc, ptr, JUMP_ATOMIC_GROUP, false);
                    pc = pc + 1;
                    action = ENTER;
                    continue;

                case JUMP_ATOMIC_GROUP:
                    if (!ret) {
                        s.ptr = ptr;
                        action = EXIT;
                        continue;
                    }
                    pc += code[pc];
                    ptr = s.ptr;
                    action = code[pc++];
                    continue;

                case GROUPREF:
                case GROUPREF_IGNORE:
                case GROUPREF_UNI_IGNORE:
                case GROUPREF_LOC_IGNORE: {
                    int after = SreCharset.groupRef(s, action, code[pc], ptr);
                    if (after < 0) {
                        action = FAIL;
                        continue;
                    }
                    ptr = after;
                    pc++;
                    action = code[pc++];
                    continue;
                }

                case GROUPREF_EXISTS: {
                    // <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno ...
                    int groupref = code[pc] * 2;
                    if (groupref >= s.lastmark) {
                        pc += code[pc + 1];
                    } else {
                        int p = s.mark[groupref];
                        int e = s.mark[groupref + 1];
                        if (p < 0 || e < 0 || e < p) {
                            pc += code[pc + 1];
                        } else {
                            pc += 2;
                        }
                    }
                    action = code[pc++];
                    continue;
                }

                case ASSERT:
                    // <ASSERT> <skip> <back> <pattern>
                    if (ptr < unsigned(code[pc + 1])) {
                        action = FAIL;
                        continue;
                    }
                    s.ptr = ptr - code[pc + 1];
                    ctx = descend(s, ctx, pc, ptr, JUMP_ASSERT, false);
                    pc = pc + 2;
                    action = ENTER;
                    continue;

                case JUMP_ASSERT:
                    if (!ret) {
                        action = EXIT;
                        continue;
                    }
                    pc += code[pc];
                    action = code[pc++];
                    continue;

                case ASSERT_NOT:
                    // <ASSERT_NOT> <skip> <back> <pattern>
                    if (ptr >= unsigned(code[pc + 1])) {
                        s.ptr = ptr - code[pc + 1];
                        ctx.lastmark = s.lastmark;
                        ctx.lastindex = s.lastindex;
                        s.pushMarksInRepeat(ctx.lastmark);
                        ctx = descend(s, ctx, pc, ptr, JUMP_ASSERT_NOT, false);
                        pc = pc + 2;
                        action = ENTER;
                        continue;
                    }
                    pc += code[pc];
                    action = code[pc++];
                    continue;

                case JUMP_ASSERT_NOT:
                    if (ret) {
                        s.dropMarksInRepeat(ctx.lastmark);
                        action = FAIL;
                        continue;
                    }
                    s.popMarksInRepeat(ctx.lastmark);
                    s.lastmark = ctx.lastmark;
                    s.lastindex = ctx.lastindex;
                    pc += code[pc];
                    action = code[pc++];
                    continue;

                case FAILURE:
                    action = FAIL;
                    continue;

                default:
                    // set items and unknown opcodes cannot start an instruction
                    throw internalError();
            }
        }
    }
}
