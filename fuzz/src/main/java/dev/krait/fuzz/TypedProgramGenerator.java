package dev.krait.fuzz;

import dev.krait.fuzz.TypedExpressions.Scope;
import dev.krait.fuzz.TypedExpressions.Ty;
import dev.krait.fuzz.TypedStatements.Code;
import java.util.SplittableRandom;

/**
 * One seed → one whole Python 3.11 program that terminates and prints what it computes, for
 * running in CPython and in Krait and comparing everything they print (the front-end fuzzer's
 * {@link ProgramGenerator} only has to parse; these programs have to run).
 *
 * <p>Values are typed ({@link TypedExpressions}), so operations are well-typed and do not raise
 * unless a {@code try} is there to show the exception. A program is module-level variables of
 * every type, then a random sequence of segments: plain statements, functions with every
 * parameter kind, closures, classes with dunders, properties and {@code super()}, generators,
 * comprehensions, builtins, exceptions with custom classes, and the statements and library
 * idioms of {@link TypedIdioms}, {@link TypedLibrary} and {@link TypedControlFlow}. Loops are
 * bounded (ranges and slices of at most five items, {@code while} with a counter), recursion
 * is at most 20 deep.
 * About one program in ten ends with an uncaught exception, so that tracebacks are compared.
 */
public final class TypedProgramGenerator {
    private final TypedExpressions x;
    private final Code code = new Code();
    private final TypedStatements st;
    private final Scope module = new Scope();
    private final TypedIdioms idioms;
    private final TypedLibrary library;
    private final TypedControlFlow flow;

    private TypedProgramGenerator(long seed, String without) {
        x = new TypedExpressions(new SplittableRandom(seed), without);
        st = new TypedStatements(x, code);
        idioms = new TypedIdioms(x, st, code, module);
        library = new TypedLibrary(x, st, idioms, module);
        flow = new TypedControlFlow(x, st, code);
    }

    /** The program for {@code seed}: the same seed always gives the same text. */
    public static String generate(long seed) {
        return generate(seed, "");
    }

    /**
     * The program for {@code seed} without the features named in {@code without} ("set",
     * "format", "str-methods", "vars", "hash" (of str), the segment names of {@link #idiom},
     * or "idioms" for all those segments, comma-separated), to look past an interpreter that
     * lacks them or a bug already known; the same seed then gives another program (with
     * "idioms", the program of the generator before those segments).
     */
    public static String generate(long seed, String without) {
        TypedProgramGenerator g = new TypedProgramGenerator(seed, without);
        g.program();
        return g.code.text.toString();
    }

    private void program() {
        setup();
        int segments = 4 + x.pick(5);
        boolean idioms = x.has("idioms");
        for (int i = 0; i < segments; i++) {
            int choice = x.pick(idioms ? 31 : 14);
            if (choice >= 14) {
                idiom(choice - 14);
                continue;
            }
            switch (choice) {
                case 0, 1 -> st.block(module, module, 2 + x.pick(4), 2);
                case 13 -> errorMessages();
                case 12 -> containerClass();
                case 2 -> function();
                case 3 -> closure();
                case 4 -> classes();
                case 5 -> generator();
                case 6 -> comprehensions();
                case 7 -> builtins();
                case 8 -> exceptions();
                case 9 -> nestedContainers();
                case 10 -> recursion();
                default -> lambdas();
            }
        }
        if (x.chance(10)) {
            uncaught();
        } else {
            code.line("print('done', " + x.expr(module, Ty.INT, 2) + ")");
        }
    }

    /** The segment with {@code n} of {@link TypedIdioms} and {@link TypedLibrary}. */
    private void idiom(int n) {
        String[] names = {"match", "with", "decorator", "del", "finally", "star-args",
            "chained", "format", "dict-methods", "sorting", "exc-text", "attributes",
            "dataclass", "collections", "control-flow", "control-flow", "operators"};
        if (!x.has(names[n])) {
            st.block(module, module, 2 + x.pick(4), 2);
            return;
        }
        switch (n) {
            case 0 -> idioms.matchStatement();
            case 1 -> idioms.withStatement();
            case 2 -> idioms.decorators();
            case 3 -> idioms.deletions();
            case 4 -> idioms.finallyFlow();
            case 5 -> idioms.starArgs();
            case 6 -> idioms.chainedComparisons();
            case 7 -> library.formatting();
            case 8 -> library.dictMethods();
            case 9 -> library.sortingKeys();
            case 10 -> library.exceptionText();
            case 11 -> library.attributes();
            case 12 -> library.dataclasses();
            case 13 -> library.collectionsAndEnums();
            case 16 -> idioms.operatorDispatch();
            default -> flow.segment();
        }
    }

    private void declare(Ty t, String name) {
        code.line(name + " = " + x.literal(t));
        module.add(t, name);
    }

    private void setup() {
        for (Ty t : Ty.values()) {
            if (t == Ty.SET_INT && !x.sets) {
                continue;
            }
            int n = t == Ty.INT || t == Ty.STR ? 3 : t == Ty.LIST_INT ? 2 : 1;
            for (int i = 0; i < n; i++) {
                declare(t, TypedStatements.prefix(t) + "_" + i);
            }
        }
        code.line("nothing = None");
        code.line("print(nothing, repr(nothing), nothing is None, " + x.atom(module, Ty.INT)
                + ", " + x.atom(module, Ty.STR) + ")");
    }

    /** A function with a random mix of parameter kinds, called in several ways. */
    private void function() {
        String name = st.fresh("func");
        boolean posOnly = x.chance(30);
        boolean varArgs = x.chance(50);
        boolean kwOnly = x.chance(50);
        boolean varKw = x.chance(40);
        String a = st.fresh("a");
        String b = st.fresh("b");
        String k = st.fresh("k");
        String defB = x.intLiteral();
        String defK = TypedExpressions.quote(x.word());
        StringBuilder sig = new StringBuilder(a).append(posOnly ? ", /, " : ", ").append(b)
                .append("=").append(defB);
        if (varArgs) {
            sig.append(", *args");
        }
        if (kwOnly) {
            sig.append(varArgs ? ", " : ", *, ").append(k).append("=").append(defK);
        }
        if (varKw) {
            sig.append(", **kw");
        }
        code.line("def " + name + "(" + sig + "):");
        code.indent++;
        if (x.chance(30)) {
            code.line("\"\"\"A generated function.\"\"\"");
        }
        Scope read = module.copy();
        Scope local = new Scope();
        read.add(Ty.LIST_INT, a);
        local.add(Ty.LIST_INT, a);
        read.add(Ty.INT, b);
        local.add(Ty.INT, b);
        if (kwOnly) {
            read.add(Ty.STR, k);
            local.add(Ty.STR, k);
        }
        String total = st.fresh("total");
        code.line(total + " = sum(" + a + ") + " + b + (varArgs ? " + sum(args)" : "")
                + (varKw ? " + len(kw)" : ""));
        read.add(Ty.INT, total);
        local.add(Ty.INT, total);
        if (varKw) {
            code.line("print(sorted(kw.items()))");
        }
        st.block(read, local, 1 + x.pick(4), 2);
        Ty ret = x.pick(new Ty[] {Ty.INT, Ty.STR, Ty.LIST_INT, Ty.TUPLE_INT, Ty.FLOAT});
        if (x.chance(15)) {
            code.line("if " + b + " == " + defB + ":");
            code.indent++;
            code.line("return");
            code.indent--;
        }
        code.line("return " + x.expr(read, ret, 2));
        code.indent--;
        int calls = 2 + x.pick(3);
        for (int i = 0; i < calls; i++) {
            StringBuilder call = new StringBuilder();
            String list = x.nonEmptyList(module);
            switch (x.pick(4)) {
                case 0 -> call.append(list);
                case 1 -> call.append(list).append(", ").append(x.expr(module, Ty.INT, 1));
                case 2 -> call.append("*[").append(list).append(", ").append(x.smallInt())
                        .append("]");
                default -> {
                    call.append(list);
                    if (!posOnly) {
                        call.append(", ").append(b).append("=").append(x.atom(module, Ty.INT));
                    }
                }
            }
            if (varArgs && x.chance(50) && !call.toString().contains("=")) {
                if (!call.toString().contains("*") && !call.toString().contains(", ")) {
                    call.append(", ").append(x.smallInt());
                }
                call.append(", ").append(x.smallInt()).append(", *").append(x.nonEmptyList(module));
            }
            if (kwOnly && x.chance(60)) {
                call.append(", ").append(k).append("=").append(x.atom(module, Ty.STR));
            }
            if (varKw && x.chance(60)) {
                call.append(", extra=").append(x.smallInt()).append(", **{'more': ")
                        .append(x.smallInt()).append("}");
            }
            code.line("print(" + name + "(" + call + "))");
        }
        if (x.chance(40)) {
            code.line("print(" + name + ".__name__, " + name + ".__defaults__, " + name
                    + ".__kwdefaults__, " + name + ".__doc__)");
        }
    }

    /** Closures over a cell, {@code nonlocal} rebinding, and a closure used as a key. */
    private void closure() {
        String maker = st.fresh("make_counter");
        String counter = st.fresh("counter");
        String start = x.atom(module, Ty.INT);
        code.line("def " + maker + "(start, step=" + (1 + x.pick(4)) + "):");
        code.indent++;
        code.line("count = start");
        code.line("history = []");
        code.line("def bump(by=None):");
        code.indent++;
        code.line("nonlocal count");
        code.line("count += step if by is None else by");
        code.line("history.append(count)");
        code.line("return count");
        code.indent--;
        code.line("def seen():");
        code.indent++;
        code.line("return list(history)");
        code.indent--;
        code.line("return bump, seen");
        code.indent--;
        code.line(counter + ", " + counter + "_seen = " + maker + "(" + start + ")");
        int n = 1 + x.pick(4);
        for (int i = 0; i < n; i++) {
            code.line("print(" + counter + "(" + (x.chance(50) ? "" : x.atom(module, Ty.INT))
                    + "))");
        }
        code.line("print(" + counter + "_seen(), " + counter + ".__name__)");
        String calls = st.fresh("calls");
        String tick = st.fresh("tick");
        code.line(calls + " = 0");
        code.line("def " + tick + "():");
        code.indent++;
        code.line("global " + calls);
        code.line(calls + " += 1");
        code.line("return " + calls);
        code.indent--;
        code.line("print(" + tick + "(), " + tick + "(), " + calls + ")");
        String adder = st.fresh("adders");
        code.line(adder + " = [lambda v, i=i: v + i for i in range(3)]");
        code.line("late = [lambda v: v * i for i in range(3)]");
        code.line("print([f(" + x.atom(module, Ty.INT) + ") for f in " + adder
                + "], [g(2) for g in late])");
    }

    /** Two classes: a value class with dunders and a property, and a subclass using super(). */
    private void classes() {
        String base = st.fresh("Point");
        String sub = st.fresh("Tagged");
        boolean strFields = x.chance(30);
        code.line("class " + base + ":");
        code.indent++;
        code.line("made = 0");
        code.line("def __init__(self, x, y=" + (strFields ? "'y'" : "0") + "):");
        code.indent++;
        code.line("self.x = x");
        code.line("self.y = y");
        code.line(base + ".made += 1");
        code.indent--;
        boolean repr = x.chance(85);
        if (repr) {
            code.line("def __repr__(self):");
            code.indent++;
            code.line("return f'" + base + "({self.x!r}, {self.y!r})'");
            code.indent--;
        }
        if (x.chance(40)) {
            code.line("def __str__(self):");
            code.indent++;
            code.line("return '<' + str(self.x) + '>'");
            code.indent--;
        }
        boolean eq = x.chance(70);
        if (eq) {
            code.line("def __eq__(self, other):");
            code.indent++;
            code.line("if not isinstance(other, " + base + "):");
            code.indent++;
            code.line("return NotImplemented");
            code.indent--;
            code.line("return (self.x, self.y) == (other.x, other.y)");
            code.indent--;
        }
        code.line("def __lt__(self, other):");
        code.indent++;
        code.line("return (self.x, self.y) < (other.x, other.y)");
        code.indent--;
        code.line("def __add__(self, other):");
        code.indent++;
        code.line("return " + base + "(self.x + other.x, self.y + other.y)");
        code.indent--;
        code.line("@property");
        code.line("def size(self):");
        code.indent++;
        code.line("return len(str(self.x)) + len(str(self.y))");
        code.indent--;
        code.line("@classmethod");
        code.line("def origin(cls):");
        code.indent++;
        code.line("return cls(" + (strFields ? "''" : "0") + ")");
        code.indent--;
        code.line("@staticmethod");
        code.line("def describe(v):");
        code.indent++;
        code.line("return 'value ' + repr(v)");
        code.indent--;
        code.indent--;
        code.line("class " + sub + "(" + base + "):");
        code.indent++;
        code.line("def __init__(self, x, y, tag='t'):");
        code.indent++;
        code.line("super().__init__(x, y)");
        code.line("self.tag = tag");
        code.indent--;
        if (repr) {
            code.line("def __repr__(self):");
            code.indent++;
            code.line("return super().__repr__() + '#' + self.tag");
            code.indent--;
        }
        code.line("@property");
        code.line("def size(self):");
        code.indent++;
        code.line("return super().size * 10");
        code.indent--;
        code.indent--;
        Ty field = strFields ? Ty.STR : Ty.INT;
        String p = st.fresh("p");
        String q = st.fresh("q");
        String r = st.fresh("r");
        code.line(p + " = " + base + "(" + x.atom(module, field) + ", " + x.atom(module, field)
                + ")");
        code.line(q + " = " + base + "(" + x.atom(module, field) + ")");
        code.line(r + " = " + sub + "(" + x.atom(module, field) + ", " + x.atom(module, field)
                + ", " + x.atom(module, Ty.STR) + ")");
        if (repr) {
            code.line("print(" + p + ", " + q + ", " + r + ", repr(" + p + " + " + q + "))");
        }
        code.line("print(" + p + ".size, " + r + ".size, " + base + ".made, " + sub
                + ".describe(" + q + ".x))");
        code.line("print(" + p + " == " + q + ", " + p + " != " + r + ", " + p + " < " + r + ", "
                + q + " > " + p + ")");
        code.line("print(isinstance(" + r + ", " + base + "), issubclass(" + sub + ", " + base
                + "), type(" + r + ").__name__, " + sub + ".__mro__[1].__name__)");
        code.line("print(sorted([" + p + ", " + q + ", " + r + "])" + (repr ? "" : " == []")
                + ")");
        code.line("print(" + base + ".origin().x, " + sub + ".origin is not None)");
        if (eq) {
            code.line("print(" + p + " == " + base + "(" + p + ".x, " + p + ".y), " + p
                    + " in [" + q + ", " + r + "])");
        }
        code.line("print(getattr(" + r + ", 'tag'), hasattr(" + p + ", 'tag'), getattr(" + p
                + ", 'missing', 'default'))");
        if (x.has("vars")) {
            code.line("print(vars(" + r + "), " + p + ".__dict__, " + r
                    + ".__class__.__name__)");
        }
    }

    /**
     * A container class: the sequence protocol through {@code __len__} and {@code __getitem__}
     * (iteration falls back to indexing when {@code __iter__} is left out), {@code __contains__},
     * {@code __bool__}, {@code __radd__} (so {@code sum} works), {@code __hash__} with
     * {@code __eq__} for dict keys.
     */
    private void containerClass() {
        String bag = st.fresh("Bag");
        boolean iter = x.chance(50);
        code.line("class " + bag + ":");
        code.indent++;
        code.line("def __init__(self, items):");
        code.indent++;
        code.line("self.items = list(items)");
        code.indent--;
        code.line("def __len__(self):");
        code.indent++;
        code.line("return len(self.items)");
        code.indent--;
        code.line("def __getitem__(self, i):");
        code.indent++;
        code.line("return self.items[i]");
        code.indent--;
        if (iter) {
            code.line("def __iter__(self):");
            code.indent++;
            code.line("return iter(self.items[::-1])");
            code.indent--;
        }
        code.line("def __contains__(self, v):");
        code.indent++;
        code.line("return v in self.items");
        code.indent--;
        code.line("def __bool__(self):");
        code.indent++;
        code.line("return len(self.items) > 1");
        code.indent--;
        code.line("def __radd__(self, other):");
        code.indent++;
        code.line("return other + sum(self.items)");
        code.indent--;
        code.line("def __eq__(self, other):");
        code.indent++;
        code.line("return isinstance(other, " + bag + ") and self.items == other.items");
        code.indent--;
        code.line("def __hash__(self):");
        code.indent++;
        code.line("return hash(tuple(self.items))");
        code.indent--;
        code.indent--;
        String b = st.fresh("bag");
        String c = st.fresh("bag");
        code.line(b + " = " + bag + "(" + x.nonEmptyList(module) + ")");
        code.line(c + " = " + bag + "(" + x.nonEmptyList(module) + "[:1])");
        code.line("print(len(" + b + "), " + b + "[0], " + b + "[-1], " + b + "[1:3], "
                + x.atom(module, Ty.INT) + " in " + b + ", bool(" + b + "), bool(" + c + "))");
        code.line("print(list(" + b + "), sorted(" + b + "), list(reversed(" + b + ")), max(" + b
                + "), list(enumerate(" + c + ")))");
        code.line("print(sum([" + b + ", " + c + "]), " + b + " == " + c + ", " + b + " == "
                + bag + "(list(" + b + ".items)), {" + b + ": 1, " + c + ": 2}[" + c + "])");
        code.line("for v in " + b + ":");
        code.indent++;
        code.line("print('item', v, end=' ')");
        code.indent--;
        code.line("print()");
        code.line("if " + c + ":");
        code.indent++;
        code.line("print('non-empty')");
        code.indent--;
        code.line("else:");
        code.indent++;
        code.line("print('too small', len(" + c + "))");
        code.indent--;
    }

    /** A generator function with yield and yield from, driven by list, next and sum. */
    private void generator() {
        String name = st.fresh("gen");
        code.line("def " + name + "(limit, scale=" + x.atom(module, Ty.INT) + "):");
        code.indent++;
        code.line("i = 0");
        code.line("while i < limit:");
        code.indent++;
        code.line("if i % " + (2 + x.pick(2)) + " == 0:");
        code.indent++;
        code.line("yield i * scale");
        code.indent--;
        code.line("else:");
        code.indent++;
        code.line("yield -i");
        code.indent--;
        code.line("i += 1");
        code.indent--;
        if (x.chance(60)) {
            code.line("yield from " + x.nonEmptyList(module) + "[:3]");
        }
        code.line("return 'finished'");
        code.indent--;
        code.line("print(list(" + name + "(" + (1 + x.pick(6)) + ")))");
        String g = st.fresh("it");
        code.line(g + " = " + name + "(" + (1 + x.pick(2)) + ", 2)");
        code.line("print(next(" + g + "), next(" + g + ", 'empty'), list(" + g + "))");
        code.line("print(sum(v for v in " + name + "(5) if v " + x.cmp() + " 0), max("
                + name + "(4)), sorted(" + name + "(3), reverse=True))");
        if (x.chance(50)) {
            code.line("try:");
            code.indent++;
            code.line("g2 = " + name + "(0)");
            code.line("while True:");
            code.indent++;
            code.line("print('got', next(g2))");
            code.indent--;
            code.indent--;
            code.line("except StopIteration as stop:");
            code.indent++;
            code.line("print('stopped', stop.value)");
            code.indent--;
        }
    }

    private void comprehensions() {
        int n = 2 + x.pick(3);
        for (int i = 0; i < n; i++) {
            String e = switch (x.pick(8)) {
                case 0 -> "[(i, j) for i in range(3) for j in range(i)]";
                case 1 -> "{k: v * 2 for k, v in " + x.expr(module, Ty.DICT_STR_INT, 1)
                        + ".items() if v}";
                case 2 -> (x.sets ? "{x % 4 for x in " : "[x % 4 for x in ")
                        + x.expr(module, Ty.LIST_INT, 1) + (x.sets ? "}" : "]");
                case 3 -> "[w[::-1] for w in " + x.expr(module, Ty.LIST_STR, 1)
                        + " if len(w) " + x.cmp() + " " + x.smallInt() + "]";
                case 4 -> "sum(x * x for x in " + x.expr(module, Ty.LIST_INT, 1) + ")";
                case 5 -> "[[c for c in row if c % 2] for row in [" + x.nonEmptyList(module)
                        + ", " + x.nonEmptyList(module) + "]]";
                case 6 -> "tuple(" + x.expr(module, Ty.INT, 1) + " + i for i in range(3))";
                default -> "[y for x in " + x.nonEmptyList(module)
                        + "[:4] if (y := x * 2) > 0]";
            };
            code.line("print(" + e + ")");
        }
    }

    private void builtins() {
        String l = x.nonEmptyList(module);
        String w = x.expr(module, Ty.LIST_STR, 1);
        String[] calls = {
            "sorted(" + w + ", key=lambda s: (len(s), s), reverse=" + (x.chance(50) ? "True"
                : "False") + ")",
            "list(enumerate(" + l + "[:4], start=" + x.smallInt() + "))",
            "list(zip(" + l + ", " + w + ", range(9)))",
            "min(" + l + "), max(" + l + "), sum(" + l + ", " + x.smallInt() + ")",
            "abs(" + x.atom(module, Ty.INT) + "), divmod(" + x.atom(module, Ty.INT) + ", "
                + (1 + x.pick(9)) + ")",
            "round(" + x.atom(module, Ty.INT) + ", -2), round(" + x.atom(module, Ty.INT) + ")",
            "any(" + l + "), all(" + l + "), any([]), all([])",
            "list(map(str, " + l + ")), list(filter(None, " + l + "))",
            "int('" + (x.pick(2000) - 1000) + "'), int(" + x.atom(module, Ty.FLOAT)
                + "), int('ff', 16), int(True)",
            "bool(" + x.atom(module, Ty.STR) + "), bool(0), str(" + x.atom(module, Ty.FLOAT) + ")",
            "list(" + x.atom(module, Ty.STR) + "), tuple(" + l + "), dict([('a', 1), ('b', 2)])",
            "repr(" + x.atom(module, Ty.STR) + "), repr(" + x.atom(module, Ty.FLOAT) + ")",
            "isinstance(True, int), isinstance(" + x.atom(module, Ty.LIST_INT)
                + ", (list, tuple)), type(" + x.atom(module, Ty.DICT_STR_INT) + ").__name__",
            "len(range(0, 20, 3)), range(5)[-1], list(range(10)[2:8:2]), range(3)",
            "max(" + x.atom(module, Ty.LIST_STR) + ", key=len), min('bca'), sorted('hello')",
            "list(reversed(" + l + ")), sorted(" + (x.sets ? x.atom(module, Ty.SET_INT)
                : l) + ")",
            "pow(" + (2 + x.pick(5)) + ", " + x.pick(60) + "), pow(3, 4, 5), hex(255), oct(8), "
                + "bin(5)",
            "hash(" + x.atom(module, Ty.INT) + "), hash(-1), hash(2 ** 61 - 1), hash("
                + x.atom(module, Ty.FLOAT) + ")" + (x.has("hash") ? ", hash((1, 'a')), hash("
                + x.atom(module, Ty.STR) + ")" : ""),
            x.atom(module, Ty.DICT_STR_INT) + ".keys(), " + x.atom(module, Ty.DICT_STR_INT)
                + ".values(), " + x.atom(module, Ty.DICT_STR_INT) + ".items()",
            "*" + l + ", sep='-'",
            "int(' 42 '), int('4_2'), int('-0b101', 0), int('z', 36), float(' 1.5 '), "
                + "float('1e3')",
            "True + True, 7 // -2, -7 // 2, -7 % 3, 7 % -3, -7.5 // 2, 2 ** -2, 10 ** 20 == 1e20",
            "2 ** 53 + 1 == float(2 ** 53 + 1), (10 ** 30 + 1) > 1e30, 1e300 * 1e10, -1e300 * 1e10",
            "ord('a'), chr(" + (945 + x.pick(20)) + "), ascii('é'), "
                + (x.formats ? "format(1234567, ',')" : "str(1234567)"),
        };
        int n = 2 + x.pick(4);
        for (int i = 0; i < n; i++) {
            code.line("print(" + calls[x.pick(calls.length)] + ")");
        }
    }

    /** Custom exceptions raised through calls, caught, chained and cleaned up with finally. */
    private void exceptions() {
        String err = st.fresh("AppError");
        String detail = st.fresh("DetailError");
        code.line("class " + err + "(Exception):");
        code.indent++;
        code.line("pass");
        code.indent--;
        code.line("class " + detail + "(" + err + "):");
        code.indent++;
        code.line("def __init__(self, code, note='none'):");
        code.indent++;
        code.line("super().__init__(f'code {code}', note)");
        code.line("self.code = code");
        code.indent--;
        code.indent--;
        String check = st.fresh("check");
        code.line("def " + check + "(v):");
        code.indent++;
        code.line("if v < 0:");
        code.indent++;
        code.line("raise " + detail + "(v)");
        code.indent--;
        code.line("if v % 3 == 0:");
        code.indent++;
        code.line("raise " + err + "('multiple of three', v)");
        code.indent--;
        code.line("if v > 100:");
        code.indent++;
        code.line("raise ValueError(f'too big: {v}')");
        code.indent--;
        code.line("return v * 2");
        code.indent--;
        code.line("for v in " + x.nonEmptyList(module) + "[:5] + [" + x.intLiteral() + "]:");
        code.indent++;
        code.line("try:");
        code.indent++;
        code.line("result = " + check + "(v)");
        code.indent--;
        code.line("except " + detail + " as e:");
        code.indent++;
        code.line("print('detail', e, e.code, e.args)");
        code.indent--;
        code.line("except " + err + " as e:");
        code.indent++;
        code.line("print('app', e, type(e).__name__, isinstance(e, Exception))");
        code.indent--;
        code.line("except ValueError as e:");
        code.indent++;
        code.line("print('value', str(e), repr(e))");
        code.indent--;
        code.line("else:");
        code.indent++;
        code.line("print('ok', result)");
        code.indent--;
        code.line("finally:");
        code.indent++;
        code.line("print('checked', v)");
        code.indent--;
        code.indent--;
        if (x.chance(50)) {
            code.line("try:");
            code.indent++;
            code.line("try:");
            code.indent++;
            code.line("{}[" + x.atom(module, Ty.STR) + "]");
            code.indent--;
            code.line("except KeyError as inner:");
            code.indent++;
            code.line("raise " + err + "('wrapped') from inner");
            code.indent--;
            code.indent--;
            code.line("except " + err + " as outer:");
            code.indent++;
            code.line("print(outer, repr(outer.__cause__), outer.__context__ is outer.__cause__)");
            code.indent--;
        }
        String f = st.fresh("cleanup");
        code.line("def " + f + "(v):");
        code.indent++;
        code.line("try:");
        code.indent++;
        code.line("return 10 // v");
        code.indent--;
        code.line("except ZeroDivisionError:");
        code.indent++;
        code.line("return 'div'");
        code.indent--;
        code.line("finally:");
        code.indent++;
        code.line("print('cleanup', v)");
        code.indent--;
        code.indent--;
        code.line("print(" + f + "(0), " + f + "(" + (1 + x.pick(9)) + "))");
        st.tryStatement(module.copy(), module.copy(), 1);
    }

    private void nestedContainers() {
        String grid = st.fresh("grid");
        String table = st.fresh("table");
        code.line(grid + " = [[r * 3 + c for c in range(3)] for r in range(" + (1 + x.pick(3))
                + ")]");
        code.line(table + " = {" + TypedExpressions.quote(x.key()) + ": " + x.nonEmptyList(module)
                + ", 'n': [" + x.smallInt() + "], 'd': {'k': (1, 2)}}");
        code.line(grid + "[0].append(" + x.atom(module, Ty.INT) + ")");
        code.line(table + "['n'].extend(" + grid + "[-1][:2])");
        code.line("print(" + grid + ", " + table + ")");
        code.line("print([row[::-1] for row in " + grid + "], " + table + "['d']['k'][1], len("
                + table + "))");
        code.line("print(sorted(" + table + ", reverse=True), " + table + ".get('zz'), list("
                + table + ".items())[:2])");
        code.line("flat = [v for row in " + grid + " for v in row]");
        code.line("print(flat, sum(flat), flat[1:-1:2], max(flat) - min(flat))");
        code.line("pairs = {(a, b): a * b for a in range(3) for b in range(2)}");
        code.line("print(pairs, (1, 1) in pairs, list(pairs.values())[-1])");
    }

    /** Operations CPython rejects, each caught: the exception types and messages compared. */
    private static final String[] REJECTED = {
        "1 < 'a'", "[1] < ['a']", "None < 1", "{[1]: 2}", "int('12', 1)", "chr(-1)",
        "'abc'[5]", "(1, 2).index(3)", "[1].remove(2)", "{}.pop('k')", "next(iter(()))",
        "int(None)", "len(5)", "'a' * 'b'", "1 + 'a'", "-'a'", "abs('x')", "sum(['a'])",
        "sorted([1, 'a'])", "max()", "divmod(1)", "'x'.join([1])", "list(5)", "(5)()",
        "None.x", "NAME.missing", "x, y = [1, 2, 3]", "x, y, z = [1]", "FUNC(1, 2, 3, 4)",
        "FUNC()", "FUNC(1, c=2, d=3)", "FUNC(1, 2, c=3, a=4)", "undefined_name",
        "int('4.5')", "float('x1')", "[1, 2][1.0]", "'abc'.index('z')", "2 ** -1 % 0",
        "'%d' + 5", "[].pop(3)", "[1, 2].pop(5)", "'a'.encode('nope')", "range(1, 2, 0)",
        "dict([1, 2])", "tuple(1)", "isinstance(1, 2)", "hash([])", "iter(5)", "round('x')",
        "[1, 2, 3][::0]", "'abc' - 'a'", "object().x", "type('x')()", "{}['a']['b']",
        "(1, 2)[1:2] + [3]", "1 if None.x else 2", "~1.5", "1 << -1", "2 ** 0.5 // 0",
    };

    /** Values whose printing has edge cases: float and str reprs, rounding, orders. */
    private static final String[] EDGES = {
        "1e16, 1e22, 1e-7, 5e-324, 0.1 + 0.2, 1 / 3, 2 ** 0.5, 123456789012345678.0",
        "float('inf'), -float('inf'), float('nan'), -0.0, 1e308 * 10, 2.0 ** 1023",
        "round(25, -1), round(35, -1), round(-25, -1), round(15, -1), round(5, -1), "
            + "round(10 ** 20 + 5 * 10 ** 18, -19)",
        "repr('it\\'s \"q\"'), repr('\\x00\\x7f\\u200b'), repr('\\\\'), "
            + "repr('\"'), repr(\"'\")",
        "int(2.5), int(-2.5), int(1e20), 7 // 2.0, -7 % 2.5, divmod(-7, 2), divmod(7.5, -2)",
        "(10 ** 18).bit_length(), (-255).bit_length(), pow(3, -1, 7), pow(-2, 3), 0 ** 0",
        "{'b': 1, 'a': 2} | {'c': 3, 'b': 4}, list(reversed({'x': 1, 'y': 2}))",
        "sorted([(1, 'b'), (0, 'z'), (1, 'a')], key=lambda p: p[0]), "
            + "sorted(['bb', 'a', 'ccc', 'dd'], key=len, reverse=True)",
        "[1, 2, 3, 2].index(2, 2), 'banana'.count('an'), 'banana'.find('an', 2), "
            + "'a-b-c'.split('-', 1)",
        "str(1.0), str(-0.5), str(1e100), str(12345678901234567890.0), repr(3.0 * 1.1)",
        "[0.1 * i for i in range(5)], sum([0.1] * 10), 1 - 0.9, 100 * 1.1",
        "{1: 'a', 1.0: 'b', True: 'c'}, [1, 2] == [1.0, 2.0], 1 == 1.0 == True",
        "'%s|%r' if False else 'x', 'abc' < 'abd' < 'b', (1, 2) < (1, 2, 0), [] < [0]",
    };

    private void errorMessages() {
        String func = st.fresh("takes");
        String obj = st.fresh("Thing");
        code.line("def " + func + "(a, b=2, *, c):");
        code.indent++;
        code.line("return a + b + c");
        code.indent--;
        code.line("class " + obj + ":");
        code.indent++;
        code.line("slot = 1");
        code.indent--;
        int edges = 1 + x.pick(3);
        for (int i = 0; i < edges; i++) {
            code.line("print(" + x.pick(EDGES) + ")");
        }
        int n = 3 + x.pick(6);
        for (int i = 0; i < n; i++) {
            String op = x.pick(REJECTED).replace("FUNC", func).replace("NAME", obj + "()");
            code.line("try:");
            code.indent++;
            code.line(op.contains(" = ") ? op : "print(" + op + ")");
            code.indent--;
            code.line("except Exception as e:");
            code.indent++;
            code.line("print(type(e).__name__, e)");
            code.indent--;
        }
    }

    /** Bounded recursion: at most 20 levels deep. */
    private void recursion() {
        String f = st.fresh("fib");
        String g = st.fresh("walk");
        code.line("def " + f + "(n):");
        code.indent++;
        code.line("return n if n < 2 else " + f + "(n - 1) + " + f + "(n - 2)");
        code.indent--;
        code.line("def " + g + "(items, depth=0):");
        code.indent++;
        code.line("if not items or depth > 20:");
        code.indent++;
        code.line("return []");
        code.indent--;
        code.line("head, *tail = items");
        code.line("return [head * depth] + " + g + "(tail, depth + 1)");
        code.indent--;
        code.line("print(" + f + "(" + (3 + x.pick(12)) + "), " + g + "(" + x.nonEmptyList(module)
                + "))");
    }

    private void lambdas() {
        String key = x.pick(new String[] {"lambda v: -v", "lambda v: (v % 3, v)",
            "lambda v: abs(v - 5)", "lambda v: str(v)"});
        String op = st.fresh("op");
        code.line(op + " = lambda a, b=2, *rest: a * b + len(rest)");
        code.line("print(" + op + "(" + x.atom(module, Ty.INT) + "), " + op + "(1, 3, 4, 5), "
                + "sorted(" + x.nonEmptyList(module) + ", key=" + key + "))");
        code.line("compose = lambda f, g: lambda v: f(g(v))");
        code.line("print(compose(abs, lambda v: v - 10)(" + x.atom(module, Ty.INT) + "), (lambda: "
                + x.expr(module, Ty.STR, 1) + ")())");
    }

    /** The last statement raises and nothing catches it: the traceback is compared too. */
    private void uncaught() {
        String inner = st.fresh("inner");
        String outer = st.fresh("outer");
        String raise = switch (x.pick(6)) {
            case 0 -> "return {'a': 1}[key]";
            case 1 -> "return [1, 2, 3][len(key) + 5]";
            case 2 -> "return len(key) // 0";
            case 3 -> "return int(key + 'z')";
            case 4 -> "raise RuntimeError('failed on ' + repr(key))";
            default -> "return key + 1";
        };
        code.line("def " + inner + "(key):");
        code.indent++;
        code.line(raise);
        code.indent--;
        code.line("def " + outer + "(values):");
        code.indent++;
        code.line("return [" + inner + "(v) for v in values]");
        code.indent--;
        code.line("print('about to fail')");
        if (x.chance(40)) {
            code.line("try:");
            code.indent++;
            code.line("print(" + outer + "([" + x.atom(module, Ty.STR) + "]))");
            code.indent--;
            code.line("except Exception as e:");
            code.indent++;
            code.line("raise ValueError('while handling') from " + (x.chance(50) ? "e" : "None"));
            code.indent--;
        } else {
            code.line("print(" + outer + "([" + x.atom(module, Ty.STR) + "]))");
        }
    }
}
