package dev.krait.nodes;

import dev.krait.objects.PyFrame;
import dev.krait.objects.PyObject;

/** An expression of the executable tree: evaluating it in a frame gives an object. */
public abstract class ExprNode extends Node {
    protected ExprNode(int line, int col, int endLine, int endCol) {
        super(line, col, endLine, endCol);
    }

    public abstract PyObject eval(PyFrame f);
}
