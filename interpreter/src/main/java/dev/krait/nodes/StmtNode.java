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

    protected StmtNode(int line, int col, int endLine, int endCol) {
        super(line, col, endLine, endCol);
    }

    public abstract int exec(PyFrame f);

    /** Runs statements in order, stopping at the first that does not complete normally. */
    public static int execBlock(StmtNode[] body, PyFrame f) {
        for (StmtNode s : body) {
            if (f.trace != null) {
                dev.krait.runtime.Tracing.line(f, s.line);
            }
            int r = s.exec(f);
            if (r != NORMAL) {
                return r;
            }
        }
        return NORMAL;
    }
}
