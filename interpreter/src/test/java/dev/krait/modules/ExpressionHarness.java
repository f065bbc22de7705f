package dev.krait.modules;

import dev.krait.ast.CmpOp;
import dev.krait.ast.ConstantValue;
import dev.krait.ast.Expr;
import dev.krait.ast.Keyword;
import dev.krait.ast.Mod;
import dev.krait.objects.BinaryOp;
import dev.krait.objects.CompareOp;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Iteration;
import dev.krait.objects.Numbers;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyBool;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyComplex;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyEllipsis;
import dev.krait.objects.PyException;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PySlice;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates single Python expressions — calls, attribute access, subscripts, literals, a few
 * operators and one-expression lambdas — directly over the object model and the builtins
 * module, so that the builtins can be checked against CPython before the compiler exists.
 * Each case's answer is {@code repr(result)} or {@code "Type: message"}, the same text the
 * CPython side ({@link #PYTHON_SIDE}) prints for the same expression.
 */
final class ExpressionHarness {
    /** What python3 runs over the same lines: one answer per expression. */
    static final String PYTHON_SIDE = """
            import sys
            namespace = {'sys': sys}
            def answer(expr):
                try:
                    return repr(eval(expr, namespace))
                except BaseException as e:
                    a = e.args
                    return type(e).__name__ + ': ' + (a[0] if len(a) == 1 and type(a[0]) is str
                                                      else repr(a))
            for line in sys.stdin.read().split('\\n'):
                if line:
                    print(answer(line).replace('\\n', '\\\\n'))
            """;

    private final Interpreter interp;
    /** The globals the expressions see, as python3's {@code eval(expr, namespace)}. */
    private final PyDict namespace = new PyDict();
    private final PyFrame frame;

    ExpressionHarness(Interpreter interp) {
        this.interp = interp;
        namespace.setItem(PyStr.of("sys"), interp.sysModule());
        namespace.setItem(PyStr.of("__builtins__"), interp.builtins());
        PyCode code = new PyCode("<module>", "<module>", "<test>", 1, 0, 0, 0, 0,
                new String[0], new String[0], new String[0], PyNone.NONE);
        frame = new PyFrame(code, namespace, interp.builtins(), namespace, 0, null);
    }

    /** Runs an expression as the module-level code of {@link #namespace} would. */
    private void enter() {
        ThreadState ts = ThreadState.current();
        if (ts == null || ts.interpreter != interp) {
            ts = new ThreadState(interp);
            ThreadState.attach(ts);
        }
        if (ts.frame != frame) {
            ts.push(frame);
        }
    }

    /** The answer for one expression: its repr, or "Type: message" for an exception. */
    String answer(String expr) {
        enter();
        try {
            return Ops.repr(eval(expr)).value().replace("\n", "\\n");
        } catch (PyException e) {
            PyBaseException v = e.value;
            PyTuple a = (PyTuple) v.getArgs();
            String text = a.size() == 1 && a.get(0).type() == PyStr.TYPE
                    ? ((PyStr) a.get(0)).value() : Ops.repr(a).value();
            return (v.type().getName() + ": " + text).replace("\n", "\\n");
        }
    }

    PyObject eval(String expr) {
        Mod.Expression m = (Mod.Expression) Parser.parse(expr, "<test>", Parser.Mode.EVAL);
        return eval(m.body(), Map.of());
    }

    private PyObject eval(Expr e, Map<String, PyObject> locals) {
        return switch (e) {
            case Expr.Constant c -> constant(c.value());
            case Expr.Name n -> name(n.id(), locals);
            case Expr.Call c -> call(c, locals);
            case Expr.Attribute a -> Attributes.getAttr(eval(a.value(), locals), a.attr());
            case Expr.Subscript s -> Containers.getItem(eval(s.value(), locals), eval(s.slice(), locals));
            case Expr.Slice s -> new PySlice(optional(s.lower(), locals),
                    optional(s.upper(), locals), optional(s.step(), locals));
            case Expr.List l -> new PyList(evalAll(l.elts(), locals));
            case Expr.Tuple t -> PyTuple.ofList(evalAll(t.elts(), locals));
            case Expr.Dict d -> {
                PyDict out = new PyDict();
                for (int i = 0; i < d.keys().size(); i++) {
                    out.setItem(eval(d.keys().get(i), locals), eval(d.values().get(i), locals));
                }
                yield out;
            }
            case Expr.BinOp b -> Numbers.binary(eval(b.left(), locals), eval(b.right(), locals),
                    binaryOp(b.op()));
            case Expr.UnaryOp u -> switch (u.op()) {
                case USub -> Numbers.unary(eval(u.operand(), locals), "__neg__", "unary -");
                case Not -> PyBool.of(!Ops.isTrue(eval(u.operand(), locals)));
                default -> throw new IllegalArgumentException("unsupported: " + u.op());
            };
            case Expr.Compare c when c.ops().size() == 1 -> compare(c.ops().get(0),
                    eval(c.left(), locals), eval(c.comparators().get(0), locals));
            case Expr.Lambda l -> new Lambda(this, l, locals);
            default -> throw new IllegalArgumentException("unsupported expression: " + e);
        };
    }

    private PyObject optional(Expr e, Map<String, PyObject> locals) {
        return e == null ? PyNone.NONE : eval(e, locals);
    }

    private List<PyObject> evalAll(List<Expr> exprs, Map<String, PyObject> locals) {
        List<PyObject> out = new ArrayList<>();
        for (Expr x : exprs) {
            if (x instanceof Expr.Starred s) {
                out.addAll(Iteration.toList(eval(s.value(), locals)));
            } else {
                out.add(eval(x, locals));
            }
        }
        return out;
    }

    private PyObject name(String id, Map<String, PyObject> locals) {
        PyObject v = locals.get(id);
        if (v == null) {
            v = namespace.getItem(PyStr.of(id));
        }
        if (v == null) {
            v = interp.builtins().getItem(PyStr.of(id));
        }
        if (v == null) {
            throw dev.krait.objects.PyExceptions.nameError("name '" + id + "' is not defined");
        }
        return v;
    }

    private PyObject call(Expr.Call c, Map<String, PyObject> locals) {
        PyObject f = eval(c.func(), locals);
        List<PyObject> args = evalAll(c.args(), locals);
        List<String> kwnames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                PyDict d = (PyDict) eval(k.value(), locals);
                for (PyObject key : d.keyList()) {
                    kwnames.add(((PyStr) key).value());
                    args.add(d.getItem(key));
                }
            } else {
                kwnames.add(k.arg());
                args.add(eval(k.value(), locals));
            }
        }
        return Ops.call(f, args.toArray(new PyObject[0]),
                kwnames.isEmpty() ? null : kwnames.toArray(new String[0]));
    }

    private static PyObject compare(CmpOp op, PyObject a, PyObject b) {
        return switch (op) {
            case Eq -> Ops.richCompare(a, b, CompareOp.EQ);
            case NotEq -> Ops.richCompare(a, b, CompareOp.NE);
            case Lt -> Ops.richCompare(a, b, CompareOp.LT);
            case Gt -> Ops.richCompare(a, b, CompareOp.GT);
            case Is -> PyBool.of(a == b);
            case IsNot -> PyBool.of(a != b);
            case In -> PyBool.of(Containers.contains(b, a));
            case NotIn -> PyBool.of(!Containers.contains(b, a));
            default -> throw new IllegalArgumentException("unsupported: " + op);
        };
    }

    private static BinaryOp binaryOp(dev.krait.ast.Operator op) {
        return switch (op) {
            case Add -> BinaryOp.ADD;
            case Sub -> BinaryOp.SUB;
            case Mult -> BinaryOp.MUL;
            case Pow -> BinaryOp.POW;
            case Mod -> BinaryOp.MOD;
            case FloorDiv -> BinaryOp.FLOORDIV;
            case Div -> BinaryOp.TRUEDIV;
            default -> throw new IllegalArgumentException("unsupported: " + op);
        };
    }

    private static PyObject constant(ConstantValue v) {
        return switch (v) {
            case ConstantValue.None n -> PyNone.NONE;
            case ConstantValue.Ellipsis e -> PyEllipsis.ELLIPSIS;
            case ConstantValue.Bool b -> PyBool.of(b.value());
            case ConstantValue.Int i -> PyInt.of(i.value());
            case ConstantValue.Float f -> new PyFloat(f.value());
            case ConstantValue.Imaginary j -> new PyComplex(0.0, j.imag());
            case ConstantValue.Str s -> s.codePoints() == null ? PyStr.of(s.value())
                    : PyStr.fromCodePoints(s.codePoints());
            default -> throw new IllegalArgumentException("unsupported constant: " + v);
        };
    }

    /** A one-expression lambda with positional parameters, callable from the builtins. */
    public static final class Lambda extends PyObject {
        public static final PyType TYPE = PyType.builtinFinal("function", Lambda.class, null);

        private final ExpressionHarness harness;
        private final Expr.Lambda node;
        private final Map<String, PyObject> outer;

        Lambda(ExpressionHarness harness, Expr.Lambda node, Map<String, PyObject> outer) {
            super(TYPE);
            this.harness = harness;
            this.node = node;
            this.outer = outer;
        }

        @Exposed("__call__($self, *args)")
        public PyObject __call__(PyObject[] args, String[] kwnames) {
            var params = node.args().args();
            if (args.length != params.size()) {
                throw dev.krait.objects.PyExceptions.typeError("<lambda>() takes "
                        + params.size() + " positional arguments but " + args.length
                        + " were given");
            }
            Map<String, PyObject> locals = new HashMap<>(outer);
            for (int i = 0; i < args.length; i++) {
                locals.put(params.get(i).arg(), args[i]);
            }
            return harness.eval(node.body(), locals);
        }
    }
}
