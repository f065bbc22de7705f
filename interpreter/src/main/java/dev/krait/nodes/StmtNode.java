package dev.krait.nodes;

import dev.krait.objects.PyFrame;

/**
 * A statement of the executable tree. Executing it returns how control leaves it: normally, or
 * by {@code break}, {@code continue} or {@code return} (whose value waits in
 * {@link PyFrame#returnValue}). Returning a code instead of throwing keeps loops and returns free
 * of allocation and of Java exception handling.
 */
public abstract class StmtNode extends Node {
    public static final int NORMAL = 0;
    public static final int BREAK = 1;
    public static final int CONTINUE = 2;
    public static final int RETURN = 3;
    /**
     * A tracer set {@code f_lineno} ({@link Jumps}): the statements pass this up, leaving their
     * blocks, until the block that leads to the target restarts there.
     */
    public static final int JUMP = 4;

    protected StmtNode(int line, int col, int endLine, int endCol) {
        super(line, col, endLine, endCol);
    }

    public abstract int exec(PyFrame f);

    /**
     * The statement's clauses, for {@link Jumps}' analysis of where a jump may go; a simple
     * statement has none.
     */
    void clauses(Jumps.Clauses out) {}

    /**
     * Runs this statement entering its clause {@code clause} where a jump lands ({@code entry}
     * runs the clause from there), then goes on as the statement would after that clause. Only
     * statements that list clauses a jump may enter override it.
     */
    int execAt(PyFrame f, StmtNode[] clause, Jumps.Entry entry) {
        return entry.run(f);
    }

    /** Runs statements in order, stopping at the first that does not complete normally. */
    public static int execBlock(StmtNode[] body, PyFrame f) {
        for (StmtNode s : body) {
            if (f.trace != null) {
                dev.krait.runtime.Tracing.statement(f, s.line);
                if (f.pendingJump() != null) {
                    return resumeJump(body, f);
                }
            }
            int r = s.exec(f);
            if (r != NORMAL) {
                return r == JUMP ? resumeJump(body, f) : r;
            }
        }
        return NORMAL;
    }

    /** {@link #execBlock} from the statement at {@code from} on. */
    static int execBlockFrom(StmtNode[] body, int from, PyFrame f) {
        for (int i = from; i < body.length; i++) {
            StmtNode s = body[i];
            if (f.trace != null) {
                dev.krait.runtime.Tracing.statement(f, s.line);
                if (f.pendingJump() != null) {
                    return resumeJump(body, f);
                }
            }
            int r = s.exec(f);
            if (r != NORMAL) {
                return r == JUMP ? resumeJump(body, f) : r;
            }
        }
        return NORMAL;
    }

    /**
     * A jump passes block {@code body}: if the target is in it or below it, runs from there;
     * otherwise passes the jump up.
     */
    static int resumeJump(StmtNode[] body, PyFrame f) {
        Jumps.Position to = (Jumps.Position) f.pendingJump();
        java.util.List<Jumps.Block> path = to.path();
        int d = Jumps.depthIn(path, body);
        if (d < 0) {
            return JUMP;
        }
        f.extras().pendingJump = null;
        return Jumps.runFrom(to, path, d, f);
    }
}
