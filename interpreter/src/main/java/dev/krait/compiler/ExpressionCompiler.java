package dev.krait.compiler;

import dev.krait.ast.BoolOp;
import dev.krait.ast.CmpOp;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Operator;
import dev.krait.nodes.AccessNodes;
import dev.krait.nodes.CallNodes;
import dev.krait.nodes.CollectionNodes;
import dev.krait.nodes.ExprNode;
import dev.krait.nodes.FormatNodes;
import dev.krait.nodes.NameNodes;
import dev.krait.nodes.OpNodes;
import dev.krait.nodes.YieldNodes;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.PyExceptions;
import java.util.List;

/**
 * Compiles expressions: each AST expression becomes the executable node that computes it, with
 * names resolved through {@link Names} and nested scopes (lambdas, comprehensions) compiled by
 * {@link DefinitionCompiler}.
 *
 * <p>CPython counterpart: Python/compile.c {@code compiler_visit_expr1}.
 */
final class ExpressionCompiler {
    private final CodeGenerator gen;

    ExpressionCompiler(CodeGenerator gen) {
        this.gen = gen;
    }

    ExprNode[] compileAll(List<Expr> exprs) {
        ExprNode[] out = new ExprNode[exprs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = compile(exprs.get(i));
        }
        return out;
    }

    ExprNode compileOrNull(Expr e) {
        return e == null ? null : compile(e);
    }

    /**
     * Compiles {@code e}, recording for {@code co_positions} its span after those of its parts
     * (the order CPython emits the instructions in) and its depth for {@code co_stacksize}.
     */
    ExprNode compile(Expr e) {
        return compile(e, false);
    }

    /**
     * An expression that is only iterated or searched ({@code for}'s iterable, a
     * comprehension's, {@code in}'s right operand), compiled as {@link #iterableNode} does.
     */
    ExprNode iterable(Expr e) {
        return compile(e, true);
    }

    private ExprNode compile(Expr e, boolean iterated) {
        CodeUnit u = gen.unit();
        if (++u.depth > u.maxDepth) {
            u.maxDepth = u.depth;
        }
        try {
            return iterated ? iterableNode(e) : compileNode(e);
        } finally {
            u.depth--;
            u.addPosition(e.lineno(), e.colOffset(), e.endLineno(), e.endColOffset());
        }
    }

    private ExprNode compileNode(Expr e) {
        int l = e.lineno();
        int c = e.colOffset();
        int el = e.endLineno();
        int ec = e.endColOffset();
        CodeUnit u = gen.unit();
        if (e instanceof Expr.BinOp || e instanceof Expr.UnaryOp || e instanceof Expr.Tuple
                || e instanceof Expr.Subscript) {
            dev.krait.objects.PyObject folded = ConstantFolder.fold(e, gen.optimize());
            if (folded != null) {
                return constant(folded, l, c, el, ec);
            }
        }
        return switch (e) {
            case Expr.Constant k -> constant(Constants.of(k.value()), l, c, el, ec);
            // CPython: Python/ast_opt.c folds __debug__ to a constant of the level
            case Expr.Name n when n.id().equals("__debug__") -> constant(
                    dev.krait.objects.PyBool.of(gen.optimize() <= 0), l, c, el, ec);
            case Expr.Name n -> Names.load(u, n.id(), n);
            case Expr.BinOp b -> new OpNodes.Binary(compile(b.left()), binaryOp(b.op()),
                    compile(b.right()), l, c, el, ec);
            case Expr.UnaryOp un -> new OpNodes.Unary(un.op(), compile(un.operand()), l, c, el,
                    ec);
            case Expr.BoolOp b -> new OpNodes.BoolOp(b.op() == BoolOp.And,
                    compileAll(b.values()), l, c, el, ec);
            case Expr.Compare cmp -> OpNodes.compare(compile(cmp.left()),
                    cmp.ops().toArray(new CmpOp[0]), comparators(cmp), l, c, el, ec);
            case Expr.IfExp ie -> new OpNodes.IfExp(compile(ie.test()), compile(ie.body()),
                    compile(ie.orelse()), l, c, el, ec);
            case Expr.Attribute a -> {
                ExprNode owner = compile(a.value());
                String attr = Names.mangle(u, a.attr());
                u.addName(attr);
                int[] at = attributeSpan(a, l, c, el, ec);
                yield new AccessNodes.GetAttr(owner, attr, at[0], at[1], at[2], at[3]);
            }
            case Expr.Subscript s -> new AccessNodes.Subscript(compile(s.value()),
                    compile(s.slice()), l, c, el, ec);
            case Expr.Slice s -> new AccessNodes.Slice(compileOrNull(s.lower()),
                    compileOrNull(s.upper()), compileOrNull(s.step()), l, c, el, ec);
            case Expr.Tuple t -> new CollectionNodes.TupleDisplay(compileAll(t.elts()), l, c, el,
                    ec);
            case Expr.List li -> new CollectionNodes.ListDisplay(compileAll(li.elts()), l, c, el,
                    ec);
            case Expr.Set s -> new CollectionNodes.SetDisplay(compileAll(s.elts()), l, c, el, ec);
            case Expr.Dict d -> dict(d, l, c, el, ec);
            case Expr.Starred s -> new CollectionNodes.Starred(compile(s.value()), l, c, el, ec);
            case Expr.Call call -> call(call, l, c, el, ec);
            case Expr.NamedExpr ne -> new OpNodes.NamedExpr(
                    Names.store(u, ((Expr.Name) ne.target()).id()), compile(ne.value()), l, c,
                    el, ec);
            case Expr.JoinedStr js -> new FormatNodes.JoinedStr(compileAll(js.values()), l, c,
                    el, ec);
            case Expr.FormattedValue fv -> new FormatNodes.FormattedValue(compile(fv.value()),
                    fv.conversion(), compileOrNull(fv.formatSpec()), l, c, el, ec);
            case Expr.Lambda lam -> gen.definitions().lambda(lam);
            case Expr.ListComp lc -> gen.definitions().comprehension(e, lc.generators(),
                    lc.elt(), null);
            case Expr.SetComp sc -> gen.definitions().comprehension(e, sc.generators(),
                    sc.elt(), null);
            case Expr.DictComp dc -> gen.definitions().comprehension(e, dc.generators(),
                    dc.key(), dc.value());
            case Expr.GeneratorExp ge -> gen.definitions().comprehension(e, ge.generators(),
                    ge.elt(), null);
            case Expr.Yield y -> {
                u.yields++;
                yield new YieldNodes.Yield(compileOrNull(y.value()), l, c, el, ec);
            }
            case Expr.YieldFrom yf -> {
                u.yields++;
                yield new YieldNodes.YieldFrom(compile(yf.value()), false, l, c, el, ec);
            }
            case Expr.Await aw -> {
                u.yields++;
                yield new YieldNodes.YieldFrom(compile(aw.value()), true, l, c, el, ec);
            }
        };
    }

    private ExprNode dict(Expr.Dict d, int l, int c, int el, int ec) {
        ExprNode[] keys = new ExprNode[d.keys().size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = compileOrNull(d.keys().get(i));
        }
        return new CollectionNodes.DictDisplay(keys, compileAll(d.values()), l, c, el, ec);
    }

    private ExprNode call(Expr.Call call, int l, int c, int el, int ec) {
        // The callable first, then the arguments: the order CPython emits (and co_names lists)
        ExprNode owner = null;
        String attr = null;
        ExprNode func = null;
        if (call.func() instanceof Expr.Attribute a) {
            owner = compile(a.value());
            attr = Names.mangle(gen.unit(), a.attr());
            gen.unit().addName(attr);
        } else {
            func = compile(call.func());
        }
        ExprNode[] args = compileAll(call.args());
        List<Keyword> kws = call.keywords();
        String[] names = new String[kws.size()];
        ExprNode[] values = new ExprNode[kws.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = kws.get(i).arg();
            values[i] = compile(kws.get(i).value());
        }
        if (func == null) {
            Expr.Attribute a = (Expr.Attribute) call.func();
            // CPython: Python/compile.c maybe_optimize_method_call moves both LOAD_METHOD's
            // and CALL's start to the method name when the attribute spans lines
            int[] at = attributeSpan(a, a.lineno(), a.colOffset(), a.endLineno(),
                    a.endColOffset());
            int[] span = attributeSpan(a, l, c, el, ec);
            return new CallNodes.CallMethod(owner, attr, args, names, values, at, span[0],
                    span[1], span[2], span[3]);
        }
        return new CallNodes.Call(func, args, names, values, l, c, el, ec);
    }

    /**
     * The span an operation on attribute {@code a} reports, given the span {@code (l, c, el,
     * ec)} it would otherwise have: when that starts on another line than the attribute ends
     * on ({@code (obj\n .name)}), it starts at the attribute's name instead, on the name's
     * line, so that a traceback shows the line with the name. Its columns are dropped when the
     * name cannot end where the node says (an AST built by hand).
     */
    // CPython: Python/compile.c update_start_location_to_match_attr (the name's length is in
    // code points, the end column in UTF-8 bytes, as there)
    static int[] attributeSpan(Expr.Attribute a, int l, int c, int el, int ec) {
        if (l == a.endLineno()) {
            return new int[] {l, c, el, ec};
        }
        int line = a.endLineno();
        int len = a.attr().codePointCount(0, a.attr().length());
        int col = len <= a.endColOffset() ? a.endColOffset() - len : -1;
        int endCol = col < 0 ? -1 : ec;
        // the end still follows the start, even for a strange tree
        int endLine = Math.max(line, el);
        if (endLine == line) {
            endCol = Math.max(col, endCol);
        }
        return new int[] {line, col, endLine, endCol};
    }

    private ExprNode constant(dev.krait.objects.PyObject value, int l, int c, int el, int ec) {
        return new OpNodes.Constant(gen.unit().addConst(value), l, c, el, ec);
    }

    /**
     * The comparators of a comparison, the last one as {@link #iterable} compiles it when the
     * last operator is {@code in} or {@code not in}. CPython: Python/ast_opt.c fold_compare.
     */
    private ExprNode[] comparators(Expr.Compare cmp) {
        int last = cmp.ops().size() - 1;
        CmpOp op = cmp.ops().get(last);
        if (op != CmpOp.In && op != CmpOp.NotIn) {
            return compileAll(cmp.comparators());
        }
        ExprNode[] out = new ExprNode[last + 1];
        for (int i = 0; i < last; i++) {
            out[i] = compile(cmp.comparators().get(i));
        }
        out[last] = iterable(cmp.comparators().get(last));
        return out;
    }

    /**
     * An iterated or searched expression: a list or set display of constants is the tuple or
     * frozenset constant of them, and a list display of other values is built as a tuple,
     * which needs no growing. CPython: Python/ast_opt.c fold_iter.
     */
    private ExprNode iterableNode(Expr e) {
        if (e instanceof Expr.List || e instanceof Expr.Set) {
            dev.krait.objects.PyObject folded = ConstantFolder.foldIterable(e, gen.optimize());
            if (folded != null) {
                return constant(folded, e.lineno(), e.colOffset(), e.endLineno(),
                        e.endColOffset());
            }
            if (e instanceof Expr.List li && !ConstantFolder.hasStarred(li.elts())) {
                return new CollectionNodes.TupleDisplay(compileAll(li.elts()), e.lineno(),
                        e.colOffset(), e.endLineno(), e.endColOffset());
            }
        }
        return compileNode(e);
    }

    static BinaryOp binaryOp(Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case MatMult -> BinaryOp.MATMUL;
            case Div -> BinaryOp.TRUEDIV;
            case FloorDiv -> BinaryOp.FLOORDIV;
            case Mod -> BinaryOp.MOD;
            case Pow -> BinaryOp.POW;
            case LShift -> BinaryOp.LSHIFT;
            case RShift -> BinaryOp.RSHIFT;
            case BitAnd -> BinaryOp.AND;
            case BitOr -> BinaryOp.OR;
            case BitXor -> BinaryOp.XOR;
        };
    }

    /** The store side of an assignment target. */
    NameNodes.Target target(Expr e) {
        int l = e.lineno();
        int c = e.colOffset();
        int el = e.endLineno();
        int ec = e.endColOffset();
        return switch (e) {
            case Expr.Name n -> Names.store(gen.unit(), n.id());
            case Expr.Attribute a -> {
                ExprNode owner = compile(a.value());
                String attr = Names.mangle(gen.unit(), a.attr());
                gen.unit().addName(attr);
                int[] at = attributeSpan(a, l, c, el, ec);
                yield new AccessNodes.AttrTarget(owner, attr, at[0], at[1], at[2], at[3]);
            }
            case Expr.Subscript s -> new AccessNodes.SubscriptTarget(compile(s.value()),
                    compile(s.slice()), l, c, el, ec);
            case Expr.Tuple t -> unpack(t.elts(), l, c, el, ec);
            case Expr.List li -> unpack(li.elts(), l, c, el, ec);
            case Expr.Starred s -> target(s.value());
            default -> throw PyExceptions.systemError("cannot assign to " + e.typeName());
        };
    }

    private NameNodes.Target unpack(List<Expr> elts, int l, int c, int el, int ec) {
        NameNodes.Target[] targets = new NameNodes.Target[elts.size()];
        int star = -1;
        for (int i = 0; i < targets.length; i++) {
            Expr item = elts.get(i);
            if (item instanceof Expr.Starred) {
                star = i;
            }
            targets[i] = target(item);
        }
        return new AccessNodes.UnpackTarget(targets, star, l, c, el, ec);
    }
}
