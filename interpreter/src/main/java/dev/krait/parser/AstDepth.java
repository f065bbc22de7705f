package dev.krait.parser;

import dev.krait.ast.Node;
import java.util.List;

/**
 * The check {@code ast.parse} makes after parsing, when it turns the C tree into Python objects:
 * nesting deeper than its recursion budget raises RecursionError "maximum recursion depth exceeded
 * during ast construction" (CPython: Python/Python-ast.c {@code PyAST_mod2obj} and the
 * {@code ast2obj_*} functions, which count every node, but not the operator and context
 * singletons).
 *
 * <p>The budget is {@code 3 * sys.getrecursionlimit()} = 3000, less three times the Python frames
 * already on the stack when {@code ast.parse} runs. Krait takes {@code ast.parse} called from a
 * function at module level (three frames: the module, the caller, {@code ast.parse}), which is how
 * the differential oracle calls it: 3000 - 9 = 2991 levels. (That is once CPython has specialised
 * {@code ast.parse}'s call to {@code compile()}, after a few calls: the generic call path counts one
 * more level, which leaves 2988 in a fresh interpreter.)
 *
 * <p>The walk is iterative: the parser builds left-recursive chains (attributes, calls, binary
 * operators) with loops, so a tree can be far deeper than the Java stack would allow to recurse.
 */
final class AstDepth {
    /** The deepest node nesting {@code ast.parse} converts (see the class comment). */
    static final int AST_CONSTRUCTION_LIMIT = 3 * 1000 - 3 * 3;

    private AstDepth() {}

    /** Throws CPython's RecursionError if {@code tree} nests deeper than the budget. */
    static void check(Node tree) {
        if (depthExceeds(tree, AST_CONSTRUCTION_LIMIT)) {
            throw new ParserOverflowError("RecursionError",
                    "maximum recursion depth exceeded during ast construction");
        }
    }

    /** Whether some node lies more than {@code limit} nodes deep (the root is at depth 1). */
    static boolean depthExceeds(Node root, int limit) {
        Object[] stack = new Object[64];
        int[] depths = new int[64];
        int top = 0;
        stack[top] = root;
        depths[top++] = 1;
        while (top > 0) {
            top--;
            Object value = stack[top];
            int depth = depths[top];
            stack[top] = null;
            if (value instanceof Node node) {
                if (depth > limit) {
                    return true;
                }
                for (Object child : node.fieldValues()) {
                    if (child instanceof Node || child instanceof List<?>) {
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, top * 2);
                            depths = java.util.Arrays.copyOf(depths, top * 2);
                        }
                        stack[top] = child;
                        depths[top++] = depth + 1;
                    }
                }
            } else if (value instanceof List<?> list) {
                // a list is not a level: its elements sit at the depth the list was given
                for (Object element : list) {
                    if (element instanceof Node) {
                        if (top == stack.length) {
                            stack = java.util.Arrays.copyOf(stack, top * 2);
                            depths = java.util.Arrays.copyOf(depths, top * 2);
                        }
                        stack[top] = element;
                        depths[top++] = depth;
                    }
                }
            }
        }
        return false;
    }
}
