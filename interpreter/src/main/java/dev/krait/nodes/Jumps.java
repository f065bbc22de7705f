package dev.krait.nodes;

import dev.krait.objects.PyFrame;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Setting {@code f_lineno} in a {@code line} trace event: where a debugger's "jump" lands in a
 * tree-walking evaluator, and whether it may.
 *
 * <p>CPython moves the instruction pointer and checks that the value stack at the target is a
 * prefix of the stack now (Objects/frameobject.c {@code frame_setlineno}, {@code mark_stacks}).
 * Krait has no instructions, so the same rule is stated on blocks: each statement has a path of
 * blocks from the code's body down to it, and each block is of a kind that says what CPython
 * would hold on its stack while running it -- nothing ({@code if}, {@code while}, {@code try},
 * {@code else}, {@code finally}, {@code match} cases), an iterator ({@code for} bodies), an
 * exception ({@code except} bodies) or the {@code __exit__} method ({@code with} bodies).
 * Leaving blocks is always allowed (their stack items are dropped: a {@code with} is left
 * without calling {@code __exit__}, a {@code finally} without finishing it, an {@code except}
 * ends its handling); entering one that holds something is refused with CPython's message.
 *
 * <p>The jump itself: the frame keeps the target {@link Position} ({@link PyFrame#pendingJump()});
 * the statement executor that ran the trace function returns {@link StmtNode#JUMP}, which each
 * enclosing statement passes up unhandled (as a {@code return} would be, but running no
 * {@code finally} and no {@code __exit__}) until {@link StmtNode#execBlock} reaches the block
 * holding the target's nearest enclosing block; from there it runs the target's path down
 * ({@link StmtNode#execAt}) and the statements after it.
 */
public final class Jumps {
    /** What a block holds on CPython's value stack while it runs. */
    enum Kind { PLAIN, FOR, EXCEPT, WITH }

    /** A block (the statements of one clause) and where it sits. */
    record Block(StmtNode[] stmts, Kind kind, Block parent, int parentIndex) {}

    /** A statement to jump to: the {@code index}th of {@code block}. */
    public record Position(Block block, int index) {
        /** The blocks from the code's body down to this position's, outermost first. */
        List<Block> path() {
            List<Block> p = new ArrayList<>();
            for (Block b = block; b != null; b = b.parent) {
                p.add(0, b);
            }
            return p;
        }
    }

    /** What a compound statement tells the analysis about its clauses. */
    interface Clauses {
        /** A clause of the statement, in source order. */
        void add(StmtNode[] stmts, Kind kind);

        /** An {@code except} clause: its header line and body. */
        void handler(int line, StmtNode[] body);
    }

    /** Where a jump enters a clause: {@link #run} runs the clause from the target on. */
    record Entry(Position to, List<Block> path, int depth) {
        int run(PyFrame f) {
            return runFrom(to, path, depth, f);
        }
    }

    /** The code's lines that hold a statement, each with its first position. */
    private final TreeMap<Integer, Position> lines = new TreeMap<>();
    /** Lines of {@code except} headers, each with the handler's body: code run with the exception. */
    private final TreeMap<Integer, Block> handlerLines = new TreeMap<>();

    private Jumps(StmtNode[] body) {
        visit(new Block(body, Kind.PLAIN, null, -1));
    }

    private void visit(Block b) {
        for (int i = 0; i < b.stmts.length; i++) {
            StmtNode s = b.stmts[i];
            lines.putIfAbsent(s.line, new Position(b, i));
            int index = i;
            s.clauses(new Clauses() {
                @Override
                public void add(StmtNode[] stmts, Kind kind) {
                    if (stmts.length > 0) {
                        visit(new Block(stmts, kind, b, index));
                    }
                }

                @Override
                public void handler(int line, StmtNode[] body) {
                    Block h = new Block(body, Kind.EXCEPT, b, index);
                    handlerLines.putIfAbsent(line, h);
                    visit(h);
                }
            });
            if (leaves(s)) {
                // what follows is unreachable: CPython's compiler leaves no code for its lines
                return;
            }
        }
    }

    /** The analysis of a body, made when a tracer first sets f_lineno in one of its frames. */
    static Jumps of(StmtNode[] body) {
        return new Jumps(body);
    }

    /**
     * Checks a jump of {@code f} to {@code target} (a line at or after the code's first) and
     * sets it pending; returns null, or the ValueError's message as CPython words it.
     */
    // CPython: Objects/frameobject.c frame_setlineno, explain_incompatible_stack
    String jump(PyFrame f, int target) {
        Map.Entry<Integer, Position> at = lines.ceilingEntry(target);
        Integer handler = handlerLines.ceilingKey(target);
        if (handler != null && (at == null || handler < at.getKey())) {
            // an except header's code runs with the exception on CPython's stack: only a jump
            // from that header to itself finds it there (and changes nothing)
            return handler == f.lineno ? null
                    : "can't jump into an 'except' block as there's no exception";
        }
        if (at == null) {
            return "line " + target + " comes after the current code block";
        }
        Position to = at.getValue();
        List<Block> fromPath = fromPath(f.lineno);
        List<Block> toPath = to.path();
        List<Kind> fromKinds = kinds(fromPath);
        List<Kind> toKinds = kinds(toPath);
        if (toKinds.size() > fromKinds.size()
                || !fromKinds.subList(0, toKinds.size()).equals(toKinds)) {
            return explain(toKinds.get(toKinds.size() - 1));
        }
        int common = 0;
        while (common < fromPath.size() && common < toPath.size()
                && fromPath.get(common) == toPath.get(common)) {
            common++;
        }
        // What the statements can carry out: entering plain blocks, and going from one
        // handler of a try into another, still handling the exception (CPython keeps it on
        // the stack). CPython also lets a jump reuse one with's or for's stack entry in
        // another with or for: Krait refuses those (docs/DIFFERENCES.md).
        for (int d = common; d < toPath.size(); d++) {
            Block b = toPath.get(d);
            if (b.kind == Kind.PLAIN) {
                continue;
            }
            if (b.kind == Kind.EXCEPT && d == common && d < fromPath.size()
                    && fromPath.get(d).kind == Kind.EXCEPT && fromPath.get(d).parent == b.parent
                    && fromPath.get(d).parentIndex == b.parentIndex) {
                continue;
            }
            return "Krait cannot jump into another " + (b.kind == Kind.FOR ? "for loop's body"
                    : "with statement's body");
        }
        f.extras().pendingJump = to;
        return null;
    }

    /** Whether control never goes on after statement {@code s} (CPython's dead code). */
    private static boolean leaves(StmtNode s) {
        if (s instanceof StmtNodes.Return || s instanceof StmtNodes.Break
                || s instanceof StmtNodes.Continue || s instanceof ExceptionNodes.Raise) {
            return true;
        }
        if (s instanceof ExceptionNodes.Try t) {
            if (leaves(t.finalbody)) {
                return true;
            }
            if (!leaves(t.body) && !leaves(t.orelse) || t.handlers.length == 0) {
                return false;
            }
            for (ExceptionNodes.Handler h : t.handlers) {
                if (!leaves(h.body)) {
                    return false;
                }
            }
            return true;
        }
        if (s instanceof StmtNodes.If i) {
            return leaves(i.body) && leaves(i.orelse);
        }
        if (s instanceof StmtNodes.While w) {
            return w.test instanceof OpNodes.Constant k && dev.krait.objects.Ops.isTrue(k.value)
                    && !breaks(w.body);
        }
        return false;
    }

    private static boolean leaves(StmtNode[] block) {
        for (StmtNode s : block) {
            if (leaves(s)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a loop body holds a {@code break} of that loop. */
    private static boolean breaks(StmtNode[] block) {
        for (StmtNode s : block) {
            if (s instanceof StmtNodes.Break) {
                return true;
            }
            if (s instanceof StmtNodes.For || s instanceof StmtNodes.While) {
                continue;
            }
            boolean[] found = {false};
            s.clauses(new Clauses() {
                @Override
                public void add(StmtNode[] stmts, Kind kind) {
                    found[0] |= breaks(stmts);
                }

                @Override
                public void handler(int line, StmtNode[] body) {
                    found[0] |= breaks(body);
                }
            });
            if (found[0]) {
                return true;
            }
        }
        return false;
    }

    /** The blocks around the frame's current line: a statement's, or an except header's. */
    private List<Block> fromPath(int line) {
        Position from = lines.get(line);
        if (from != null) {
            return from.path();
        }
        Block handler = handlerLines.get(line);
        if (handler != null) {
            return new Position(handler, 0).path();
        }
        return List.of();
    }

    /** What CPython would hold on its stack along {@code path}, outermost first. */
    private static List<Kind> kinds(List<Block> path) {
        List<Kind> kinds = new ArrayList<>();
        for (Block b : path) {
            if (b.kind != Kind.PLAIN) {
                kinds.add(b.kind);
            }
        }
        return kinds;
    }

    // CPython: Objects/frameobject.c explain_incompatible_stack
    private static String explain(Kind top) {
        switch (top) {
            case FOR:
                return "can't jump into the body of a for loop";
            case EXCEPT:
                return "can't jump into an 'except' block as there's no exception";
            default:
                return "incompatible stacks";
        }
    }

    /**
     * The depth of the block {@code stmts} on a jump target's path, or -1 if the target is
     * not in it or below it.
     */
    static int depthIn(List<Block> path, StmtNode[] stmts) {
        for (int d = 0; d < path.size(); d++) {
            if (path.get(d).stmts == stmts) {
                return d;
            }
        }
        return -1;
    }

    /**
     * Runs the jump's target from the block at depth {@code d} of its path: the statement there
     * is entered at the next block down, or run whole if it is the target; then the block goes
     * on after it. Returns the block's completion, as {@link StmtNode#execBlock} would.
     */
    static int runFrom(Position to, List<Block> path, int d, PyFrame f) {
        Block b = path.get(d);
        int index = d + 1 < path.size() ? path.get(d + 1).parentIndex : to.index;
        StmtNode s = b.stmts[index];
        int r = d + 1 < path.size()
                ? s.execAt(f, path.get(d + 1).stmts, new Entry(to, path, d + 1)) : s.exec(f);
        if (r == StmtNode.JUMP) {
            return StmtNode.resumeJump(b.stmts, f);
        }
        if (r != StmtNode.NORMAL) {
            return r;
        }
        return StmtNode.execBlockFrom(b.stmts, index + 1, f);
    }
}
