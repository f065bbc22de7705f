package dev.krait.nodes;

import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFrame;
import dev.krait.runtime.ThreadState;

/**
 * The root of the executable tree: every node knows the source span it came from, which is what
 * tracebacks show. The compiler builds the tree once; evaluation only walks it.
 *
 * <p>When a Python exception passes through an operation node, the node records itself in the
 * exception's traceback for the current frame ({@link #trace}) unless a node deeper in the same
 * frame already did — so each frame's entry names the innermost operation that failed, as
 * CPython's traceback names the failing instruction.
 */
public abstract class Node {
    public final int line;
    public final int col;
    public final int endLine;
    public final int endCol;

    protected Node(int line, int col, int endLine, int endCol) {
        this.line = line;
        this.col = col;
        this.endLine = endLine;
        this.endCol = endCol;
    }

    /**
     * Adds this node to the exception's traceback for frame {@code f} (if no deeper node did),
     * and, in the frame that raised it, links the exception to the one being handled as its
     * {@code __context__}, as CPython does when an exception is raised during the handling of
     * another.
     */
    protected final PyException trace(PyException e, PyFrame f) {
        PyBaseException v = e.value;
        PyFrame from = v.tracebackFrame;
        if (from != f) {
            v.addTraceback(f, line, col, endLine, endCol);
            // the frame is at the failing operation, as CPython's f_lineno is then
            f.lineno = line;
            // only where it is raised (its first frame since a raise or throw): CPython chains
            // it as it sets it, not as it passes out of each frame, so a __context__ the
            // program cleared after the raise stays cleared; nor one thrown into a generator
            if (from == null) {
                if (v.thrownIn) {
                    v.thrownIn = false;
                } else {
                    Contexts.link(v, ThreadState.current().handled);
                }
            }
            if (f.trace != null) {
                dev.krait.runtime.Tracing.exception(f, v);
            }
        }
        return e;
    }
}
