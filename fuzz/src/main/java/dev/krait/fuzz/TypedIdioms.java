package dev.krait.fuzz;

import dev.krait.fuzz.TypedExpressions.Scope;
import dev.krait.fuzz.TypedExpressions.Ty;
import dev.krait.fuzz.TypedStatements.Code;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Segments of {@link TypedProgramGenerator} for the statements real programs lean on beyond
 * expressions and loops: {@code match} over the typed values, {@code with} over user context
 * managers (suppressing or not) and {@code contextlib}'s, decorators (plain, with arguments,
 * {@code functools.wraps}), {@code del} of names, items and attributes,
 * {@code try}/{@code finally} with {@code return}/{@code break}/{@code continue} inside,
 * star-args calls, chained comparisons with side effects, and operator dispatch between
 * classes that define random forward, reflected and in-place methods. Each is written as a
 * template with its random parts filled in, so that the program reads like code a person
 * wrote; every one runs to its end in CPython (what may raise is caught and printed).
 */
final class TypedIdioms {
    private final TypedExpressions x;
    private final TypedStatements st;
    private final Code code;
    private final Scope module;

    TypedIdioms(TypedExpressions x, TypedStatements st, Code code, Scope module) {
        this.x = x;
        this.st = st;
        this.code = code;
        this.module = module;
    }

    /**
     * Writes {@code text}'s lines at the current indentation, after replacing each whole word
     * {@code pairs[2k]} by {@code pairs[2k + 1]}.
     */
    void lines(String text, String... pairs) {
        if (pairs.length > 0) {
            // One pass over whole words, so that NUM does not touch NUM2 and no value inserted
            // is scanned again.
            Map<String, String> values = new HashMap<>();
            StringBuilder keys = new StringBuilder();
            for (int i = 0; i < pairs.length; i += 2) {
                values.put(pairs[i], pairs[i + 1]);
                keys.append(i == 0 ? "" : "|").append(Pattern.quote(pairs[i]));
            }
            text = Pattern.compile("\\b(" + keys + ")\\b").matcher(text)
                    .replaceAll(m -> Matcher.quoteReplacement(
                            values.get(m.group(1))));
        }
        for (String line : text.strip().split("\n")) {
            code.line(line.stripTrailing());
        }
    }

    private String atom(Ty t) {
        return x.atom(module, t);
    }

    /** A value of any of the program's types, or one of a few others a match may meet. */
    private String matchSubject(String cls) {
        return switch (x.pick(12)) {
            case 0 -> atom(Ty.INT);
            case 1 -> atom(Ty.STR);
            case 2 -> atom(Ty.LIST_INT);
            case 3 -> atom(Ty.TUPLE_INT);
            case 4 -> atom(Ty.DICT_STR_INT);
            case 5 -> atom(Ty.FLOAT);
            case 6 -> x.pick(new String[] {"None", "True", "False", "0", "1", "-3"});
            case 7 -> cls + "(" + atom(Ty.INT) + ", " + x.smallInt() + ")";
            case 8 -> "[" + x.smallInt() + ", " + atom(Ty.STR) + "]";
            case 9 -> "{'a': " + x.smallInt() + ", 'kind': " + TypedExpressions.quote(
                    x.pick(new String[] {"circle", "square", "x"})) + "}";
            case 10 -> atom(Ty.LIST_STR);
            default -> "(" + x.smallInt() + ", " + x.smallInt() + ", " + x.smallInt() + ")";
        };
    }

    private static final String[] CASES = {
        "case 0 | 1:\n    return 'small'",
        "case True:\n    return 'true itself'",
        "case None:\n    return 'none'",
        "case int(n) if n < 0:\n    return f'negative {n}'",
        "case int() | float() as num if num > 1000:\n    return 'big ' + str(num)",
        "case bool(b):\n    return f'bool {b}'",
        "case int(n):\n    return f'int {n % 100}'",
        "case float(f):\n    return f'float {f:.2f}'",
        "case str() as s if len(s) > 4:\n    return 'long ' + s.upper()",
        "case 'alpha' | 'beta':\n    return 'greek'",
        "case str(s):\n    return 'str ' + repr(s)",
        "case []:\n    return 'empty'",
        "case [x]:\n    return f'one {x!r}'",
        "case [int(x), int(y)]:\n    return f'int pair {x + y}'",
        "case [x, y]:\n    return f'pair {x!r} {y!r}'",
        "case [first, *rest] if rest:\n    return f'head {first!r} rest {len(rest)}'",
        "case (a, b, *_) if a == b:\n    return 'equal start'",
        "case {'kind': 'circle' | 'square' as kind, **others}:\n"
            + "    return f'shape {kind} {sorted(others)}'",
        "case {'a': int(a)}:\n    return f'a is {a}'",
        "case {}:\n    return 'some mapping'",
        "case CLS(x=0):\n    return 'on the axis'",
        "case CLS(px, py) if px > py:\n    return f'below {px} {py}'",
        "case CLS(x=px, y=py):\n    return f'point {px} {py}'",
        "case (1 | 2 | 3) as small:\n    return f'small {small}'",
        "case -3 | 2.5:\n    return 'literal'",
    };

    /** A function whose body is one {@code match} with cases in a random order. */
    void matchStatement() {
        String cls = st.fresh("Pt");
        String f = st.fresh("classify");
        lines("""
                class CLS:
                    __match_args__ = ('x', 'y')
                    def __init__(self, x, y):
                        self.x = x
                        self.y = y
                def FUNC(value):
                    match value:
                """, "CLS", cls, "FUNC", f);
        code.indent += 2;
        List<String> cases = new ArrayList<>(List.of(CASES));
        int n = 4 + x.pick(8);
        for (int i = 0; i < n && !cases.isEmpty(); i++) {
            lines(cases.remove(x.pick(cases.size())), "CLS", cls);
        }
        if (x.chance(80)) {
            lines("case _:\n    return 'other ' + type(value).__name__");
        }
        code.indent -= 2;
        int calls = 3 + x.pick(5);
        for (int i = 0; i < calls; i++) {
            code.line("print(" + f + "(" + matchSubject(cls) + "))");
        }
        if (x.chance(40)) {
            lines("""
                    match SUBJECT:
                        case [a, b, *c]:
                            print('unpacked', a, b, c)
                        case (a,):
                            print('single', a)
                        case _:
                            print('no match')
                    """, "SUBJECT", x.chance(50) ? atom(Ty.LIST_INT) : atom(Ty.TUPLE_INT));
        }
    }

    /** A user context manager, nested and combined, suppressing some exceptions. */
    void withStatement() {
        String ctx = st.fresh("Managed");
        String risky = x.pick(new String[] {"{}['missing']", "1 // 0", "int('x')",
            "[1][5]", "None.attr"});
        lines("""
                class CTX:
                    def __init__(self, name, suppress=()):
                        self.name = name
                        self.suppress = suppress
                    def __enter__(self):
                        print('enter', self.name)
                        return self.name.upper()
                    def __exit__(self, exc_type, exc, tb):
                        print('exit', self.name, exc_type and exc_type.__name__, repr(exc))
                        return exc_type is not None and issubclass(exc_type, self.suppress)
                caught = (LookupError, ArithmeticError, ValueError, AttributeError)
                with CTX('a') as first, CTX('b', caught) as second:
                    print('inside', first, second)
                    RISKY
                    print('not reached unless nothing raised')
                print('after the with')
                try:
                    with CTX('c', (ValueError,)):
                        RISKY
                except Exception as e:
                    print('escaped', type(e).__name__, e)
                def use(n):
                    with CTX('in-func'):
                        if n > 0:
                            return 'early ' + str(n)
                        for i in range(3):
                            if i == n + 1:
                                break
                    return 'late'
                print(use(NUM), use(-NUM - 1))
                """, "CTX", ctx, "RISKY", risky, "NUM", x.smallInt());
        if (x.chance(60)) {
            String gen = st.fresh("managed");
            lines("""
                    import contextlib
                    @contextlib.contextmanager
                    def GEN(tag):
                        print('setup', tag)
                        try:
                            yield [tag]
                        except LookupError as e:
                            print('handled in generator', repr(e))
                        finally:
                            print('teardown', tag)
                    with GEN(WORD) as box:
                        box.append(1)
                        print(box)
                    with GEN('x'):
                        RISKY
                    with contextlib.suppress(ZeroDivisionError, KeyError, IndexError):
                        RISKY
                        print('suppressed nothing')
                    print('done with', GEN.__name__)
                    """, "GEN", gen, "WORD", atom(Ty.STR), "RISKY",
                    x.pick(new String[] {"{}['k']", "[][0]", "print('fine')"}));
        }
    }

    /** Decorators: plain, with arguments, stacked, with {@code functools.wraps}, on classes. */
    void decorators() {
        String trace = st.fresh("traced");
        String repeat = st.fresh("repeat");
        String f = st.fresh("compute");
        boolean wraps = x.chance(60);
        lines("""
                import functools
                def TRACE(fn):
                    WRAPS
                    def wrapper(*args, **kwargs):
                        print('call', fn.__name__, args, sorted(kwargs.items()))
                        result = fn(*args, **kwargs)
                        print('returned', repr(result))
                        return result
                    return wrapper
                def REPEAT(times, sep=' '):
                    def decorate(fn):
                        @functools.wraps(fn)
                        def many(*args, **kwargs):
                            return sep.join(str(fn(*args, **kwargs)) for _ in range(times))
                        many.calls = times
                        return many
                    return decorate
                @TRACE
                @REPEAT(TIMES)
                def FUNC(a, b=BDEF):
                    \"\"\"Adds with a twist.\"\"\"
                    return a * 2 + b
                print(FUNC(ARG), FUNC(ARG, b=ARG2))
                print(FUNC.__name__, FUNC.__doc__, FUNC.calls if hasattr(FUNC, 'calls') else '-')
                """, "TRACE", trace, "REPEAT", repeat, "FUNC", f,
                "WRAPS", wraps ? "@functools.wraps(fn)" : "pass",
                "TIMES", Integer.toString(1 + x.pick(3)), "BDEF", x.smallInt(),
                "ARG", atom(Ty.INT), "ARG2", x.smallInt());
        if (wraps) {
            code.line("print(" + f + ".__wrapped__.__name__, " + f + ".__qualname__)");
        }
        String registry = st.fresh("registry");
        lines("""
                REG = {}
                def register(name=None):
                    def deco(obj):
                        REG[name or obj.__name__] = obj
                        return obj
                    return deco
                @register()
                class Widget:
                    def __init__(self, size):
                        self.size = size
                    def __repr__(self):
                        return f'Widget({self.size})'
                    @TRACE
                    def grow(self, by):
                        self.size += by
                        return self.size
                @register('twice')
                def double(v):
                    return v * 2
                print(sorted(REG), REG['twice'](WORD), REG['Widget'](3).grow(NUM))
                @functools.lru_cache(maxsize=None)
                def steps(n):
                    return n if n < 2 else steps(n - 1) + steps(n - 2)
                print(steps(SMALL), steps.cache_info())
                half = functools.partial(divmod, NUM2)
                print(half(7), functools.reduce(lambda a, b: a * b + 1, LIST, 1))
                """, "REG", registry, "TRACE", trace, "WORD", atom(Ty.STR), "NUM",
                atom(Ty.INT), "SMALL", Integer.toString(5 + x.pick(25)), "NUM2", atom(Ty.INT),
                "LIST", x.nonEmptyList(module));
    }

    /** {@code del} of names, items, slices and attributes, and the errors that follow. */
    void deletions() {
        String name = st.fresh("temp");
        String table = st.fresh("table");
        String obj = st.fresh("Holder");
        lines("""
                NAME = VALUE
                print(NAME)
                del NAME
                try:
                    print(NAME)
                except NameError as e:
                    print('NameError:', e)
                TABLE = dict(DICT)
                TABLE['extra'] = NUM
                del TABLE['extra']
                for k in list(TABLE):
                    if TABLE[k] % 2:
                        del TABLE[k]
                print(TABLE)
                try:
                    del TABLE['nope']
                except KeyError as e:
                    print('KeyError:', e, e.args)
                seq = list(range(10))
                del seq[SLICE]
                print(seq)
                class OBJ:
                    shared = 'class level'
                h = OBJ()
                h.shared = 'instance level'
                print(h.shared)
                del h.shared
                print(h.shared, hasattr(h, 'shared'), vars(h))
                try:
                    del h.shared
                except AttributeError as e:
                    print('AttributeError:', e)
                def local_del():
                    v = 1
                    del v
                    try:
                        return v
                    except UnboundLocalError as e:
                        return 'unbound: ' + str(e)
                print(local_del())
                """, "NAME", name, "VALUE", atom(Ty.STR), "TABLE", table, "DICT",
                atom(Ty.DICT_STR_INT), "NUM", atom(Ty.INT), "SLICE",
                x.pick(new String[] {"::3", "2:5", "-3:", ":1", "1::2", "::-2"}), "OBJ", obj);
    }

    /** {@code try}/{@code finally} with {@code return}, {@code break}, {@code continue}. */
    void finallyFlow() {
        String f = st.fresh("settle");
        lines("""
                def FUNC(v):
                    try:
                        if v > LIMIT:
                            return 'from try ' + str(v)
                        if v < 0:
                            raise ValueError(v)
                        print('try fell through', v)
                    except ValueError as e:
                        print('handling', e)
                        return 'from except'
                    else:
                        print('else ran', v)
                    finally:
                        print('finally for', v)
                        if v == STOP:
                            return 'finally wins'
                    return 'after'
                for v in VALUES:
                    print(FUNC(v))
                for i in range(5):
                    try:
                        if i == SKIP:
                            continue
                        if i == END:
                            break
                        print('body', i)
                    finally:
                        print('cleanup', i)
                else:
                    print('no break')
                def swallow():
                    for i in range(3):
                        try:
                            if i == 1:
                                raise KeyError(i)
                        finally:
                            if i == 1:
                                break
                    for j in range(2):
                        try:
                            raise IndexError(j)
                        finally:
                            continue
                    return i, j
                print('swallowed at', swallow())
                """, "FUNC", f, "LIMIT", x.smallInt(), "STOP", x.smallInt(), "VALUES",
                "[" + x.smallInt() + ", -1, " + x.smallInt() + ", " + x.pick(9) + "]",
                "SKIP", x.smallInt(), "END", Integer.toString(1 + x.pick(6)));
    }

    /** Calls with {@code *} and {@code **}, and the errors of bad ones. */
    void starArgs() {
        String f = st.fresh("gather");
        lines("""
                def FUNC(a, b=0, *rest, key='k', **opts):
                    return (a, b, rest, key, sorted(opts.items()))
                args = LIST
                extra = {'key': WORD, 'z': NUM}
                print(FUNC(*args))
                print(FUNC(*args, *TUP, **extra))
                print(FUNC(NUM, *[], **{}), FUNC(**{'a': 1, 'b': 2, 'c': 3}))
                print(*args, *'ab', sep=SEP)
                merged = [*args, *range(2), *TUP]
                both = {**DICT, 'new': 1, **{'a': 0}}
                print(merged, both, (*args,))
                for bad in (lambda: FUNC(), lambda: FUNC(1, a=2), lambda: FUNC(**{'a': 1}, a=2),
                            lambda: FUNC(*5)):
                    try:
                        bad()
                    except TypeError as e:
                        print('TypeError:', e)
                """, "FUNC", f, "LIST", x.nonEmptyList(module), "WORD", atom(Ty.STR), "NUM",
                atom(Ty.INT), "TUP", atom(Ty.TUPLE_INT), "SEP",
                TypedExpressions.quote(x.pick(new String[] {"/", "", " - "})), "DICT",
                atom(Ty.DICT_STR_INT));
    }

    /** Chained comparisons: each operand evaluated once, short-circuiting on the first false. */
    void chainedComparisons() {
        String probe = st.fresh("probe");
        lines("""
                seen = []
                def PROBE(v):
                    seen.append(v)
                    return v
                print(PROBE(A) < PROBE(B) <= PROBE(C), seen)
                seen.clear()
                print(PROBE(A) == PROBE(A) != PROBE(B) > PROBE(C), seen)
                seen.clear()
                print(PROBE(A) in LIST not in [[]] , PROBE(None) is None is not PROBE(A), seen)
                print(0 <= A % 10 < 10, WORD < WORD2 > '', 1 < 2.5 < 3 == 3.0, [1] < [1, 0] < [2])
                """, "PROBE", probe, "A", atom(Ty.INT), "B", atom(Ty.INT), "C", atom(Ty.INT),
                "LIST", x.nonEmptyList(module), "WORD", atom(Ty.STR), "WORD2", atom(Ty.STR));
    }

    private static final String[][] OPERATORS = {{"add", "+"}, {"sub", "-"}, {"mul", "*"},
        {"truediv", "/"}, {"floordiv", "//"}, {"mod", "%"}, {"pow", "**"}, {"lshift", "<<"},
        {"and", "&"}, {"or", "|"}, {"xor", "^"}, {"matmul", "@"}};
    private static final String[][] COMPARISONS = {{"lt", "<"}, {"le", "<="}, {"eq", "=="},
        {"ne", "!="}, {"gt", ">"}, {"ge", ">="}};

    /**
     * Operator dispatch: two classes (the second derived from a builtin or from the first)
     * define a random few of the forward, reflected and in-place methods and comparisons,
     * some returning NotImplemented, and are combined with each other and with builtin values
     * by binary, in-place and comparison operators; every call is printed, so the order in
     * which methods are tried is compared, and so is the error when none answers.
     */
    void operatorDispatch() {
        String first = st.fresh("Left");
        String second = st.fresh("Right");
        String base = x.pick(new String[] {"object", first, "int", "str", "list", "tuple",
            "float"});
        String[] names = {first, second};
        String[] bases = {"object", base};
        for (int c = 0; c < 2; c++) {
            String n = names[c];
            code.line("class " + n + "(" + bases[c] + "):");
            code.indent++;
            code.line("def __repr__(self):");
            code.line("    return '" + n + "'");
            int k = 2 + x.pick(4);
            for (int i = 0; i < k; i++) {
                String[] op = OPERATORS[x.pick(OPERATORS.length)];
                String kind = x.pick(new String[] {"", "r", "i"});
                method(n, kind + op[0]);
            }
            int m = x.pick(3);
            for (int i = 0; i < m; i++) {
                method(n, COMPARISONS[x.pick(COMPARISONS.length)][0]);
            }
            code.indent--;
        }
        String make = switch (base) {
            case "int", "float" -> second + "(3)";
            case "str" -> second + "('s')";
            case "list", "tuple" -> second + "([1, 2])";
            default -> second + "()";
        };
        String[] operands = {first + "()", make, x.smallInt(), atom(Ty.STR),
            atom(Ty.LIST_INT), atom(Ty.FLOAT), atom(Ty.TUPLE_INT), "None"};
        int n = 6 + x.pick(6);
        for (int i = 0; i < n; i++) {
            String a = operands[x.pick(2)];
            String b = operands[x.pick(operands.length)];
            if (x.chance(40)) {
                String t = a;
                a = b;
                b = t;
            }
            String[] op = x.chance(75) ? OPERATORS[x.pick(OPERATORS.length)]
                    : COMPARISONS[x.pick(COMPARISONS.length)];
            boolean inPlace = op[1].length() < 3 && !op[1].contains("=") && x.chance(35);
            lines("""
                    try:
                        value = A
                        STMT
                        print('result', repr(value))
                    except Exception as e:
                        print(type(e).__name__, e)
                    """, "A", a, "STMT", inPlace ? "value " + op[1] + "= " + b
                    : "value = value " + op[1] + " " + b);
        }
    }

    /** A method {@code __name__} that prints its call and answers NotImplemented or a label. */
    private void method(String cls, String name) {
        code.line("def __" + name + "__(self, other):");
        code.line("    print('" + cls + ".__" + name + "__', type(other).__name__)");
        code.line("    return " + x.pick(new String[] {"NotImplemented", "'" + cls + "." + name
            + "'", "self"}));
    }
}
