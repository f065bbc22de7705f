package dev.krait.fuzz;

import dev.krait.fuzz.TypedExpressions.Scope;
import dev.krait.fuzz.TypedExpressions.Ty;

/**
 * Segments of {@link TypedProgramGenerator} for what real programs print and how they model
 * data: {@code %}-formatting and {@code str.format} with specs (int and float edge cases
 * included), the dict methods with defaults, {@code sorted}/{@code min}/{@code max} with
 * {@code key}, {@code reverse} and {@code default}, exceptions' {@code str}, {@code repr} and
 * {@code args}, {@code __str__} against {@code __repr__}, class attributes against instance
 * attributes, {@code __slots__}, dataclasses, enums and the {@code collections} types. The
 * templates are filled from the program's typed variables ({@link TypedIdioms#lines}).
 */
final class TypedLibrary {
    private final TypedExpressions x;
    private final TypedStatements st;
    private final TypedIdioms out;
    private final Scope module;

    TypedLibrary(TypedExpressions x, TypedStatements st, TypedIdioms out, Scope module) {
        this.x = x;
        this.st = st;
        this.out = out;
        this.module = module;
    }

    private String atom(Ty t) {
        return x.atom(module, t);
    }

    private static final String[] PERCENT = {"%d", "%5d", "%-5d|", "%05d", "%+d", "%x", "%#o",
        "%X", "%i", "%r", "%s", "%.3s", "%10s", "%-8s|", "%c"};
    private static final String[] FLOAT_PERCENT = {"%f", "%.2f", "%10.3f", "%-9.1f|", "%e",
        "%.3E", "%g", "%G", "%.0f", "%+.1f", "%08.2f", "%#.0f", "%%"};
    private static final String[] INT_SPECS = {"", ">8", "<6", "^9", "08", "+", " ", ",", "_",
        "x", "#x", "X", "o", "#o", "b", "#b", "_b", "e", ".2f", "%", "c", "n", "=+10", "*^12",
        ",d", "-", "10,"};
    private static final String[] FLOAT_SPECS = {"", ".0f", ".1f", ".3f", "10.2f", "<10.2f",
        "e", ".2e", "E", "g", ".3g", "G", "%", ".1%", ",.2f", "+.3f", "08.3f", "^12.4g", "_.1f",
        ".10g", "n", "r", ".17g", "#g", "#.0f"};

    /** {@code %}-formatting, {@code str.format} and {@code format()} over ints and floats. */
    void formatting() {
        int n = 3 + x.pick(5);
        for (int i = 0; i < n; i++) {
            String v = x.pick(new String[] {atom(Ty.INT), x.smallInt(), "-" + x.smallInt(),
                "2 ** 63", "-(10 ** 20)", "True"});
            String f = x.pick(new String[] {atom(Ty.FLOAT), "2.675", "0.125", "-0.0", "1e16",
                "1e-5", "123456.789", "float('inf')", "float('nan')", "2.5", "3.5", "1/3",
                "-1.5e300", "5e-324"});
            String spec = x.pick(INT_SPECS);
            String fspec = x.pick(FLOAT_SPECS);
            switch (x.pick(6)) {
                case 0 -> printCaught("'" + x.pick(PERCENT) + "' % (" + v + ",)");
                case 1 -> printCaught("'" + x.pick(FLOAT_PERCENT) + "' % (" + f + ",)");
                case 2 -> printCaught("format(" + v + ", " + TypedExpressions.quote(spec) + ")");
                case 3 -> printCaught("format(" + f + ", " + TypedExpressions.quote(fspec)
                        + ")");
                case 4 -> printCaught("'{0:" + spec + "}|{1:" + fspec + "}|{0!r}'.format(" + v
                        + ", " + f + ")");
                default -> printCaught("f'{" + v + ":" + spec + "}' + f\"{" + f + ":" + fspec
                        + "}\"");
            }
        }
        out.lines("""
                row = {'name': WORD, 'n': NUM, 'ratio': FLOAT}
                print('%(name)s has %(n)d items (%(ratio).2f)' % row)
                print('{name!r:>14} {n:>+6} {ratio:8.3f}'.format(**row))
                print('{0}-{1}-{0} {2[0]} {3.real}'.format(WORD, NUM, LIST, FLOAT))
                width, prec, word, num, flt = WIDTH, PREC, WORD, NUM, FLOAT
                print(f'{flt:{width}.{prec}f}|{word!s:^{width}}|'
                      f'{num:{"<" if prec else ">"}{width}}')
                print('%s and %r' % (WORD, WORD), '%5.1f%%' % FLOAT, '%s' % [NUM], '%s' % (LIST,))
                print(str(FLOAT), repr(FLOAT), round(FLOAT, 2), round(FLOAT), int(FLOAT))
                """, "WORD", atom(Ty.STR), "NUM", atom(Ty.INT), "FLOAT", atom(Ty.FLOAT),
                "LIST", x.nonEmptyList(module), "WIDTH", Integer.toString(x.pick(12)),
                "PREC", Integer.toString(x.pick(4)));
    }

    /** {@code print(e)}, with the exception's type and message when it raises. */
    private void printCaught(String e) {
        out.lines("""
                try:
                    print(EXPR)
                except (ValueError, TypeError, OverflowError) as e:
                    print(type(e).__name__, e)
                """, "EXPR", e);
    }

    /** The dict methods with their defaults, views, merges and ordering after deletion. */
    void dictMethods() {
        String d = st.fresh("stock");
        out.lines("""
                D = dict(DICT)
                print(D.setdefault(KEY, NUM), D.setdefault('fresh', []), D)
                D['fresh'].append(1)
                print(D.pop(KEY), D.pop('absent', 'default'), D.get('absent'), D.get(KEY, -1))
                D.update([('p', 1), ('q', 2)], q=3, r=4)
                D.update({KEY: 0})
                print(D, len(D), list(D)[-1], KEY in D, 'zz' not in D)
                copy = D.copy()
                copy['p'] = 100
                print(D['p'], copy['p'], copy == D,
                      dict(sorted(copy.items(), key=lambda kv: str(kv[1]))))
                print(D.popitem(), list(D.keys())[:3], list(D.values())[:3], list(D.items())[:2])
                D |= {'merged': True}
                print(D | {'p': -1}, {'p': -1} | D == D | {'p': -1})
                try:
                    D.pop('absent')
                except KeyError as e:
                    print('KeyError', e)
                counts = {}
                for ch in WORD:
                    counts[ch] = counts.get(ch, 0) + 1
                print(counts, max(counts, key=counts.get, default=None), dict.fromkeys('ab', NUM))
                grouped = {}
                for v in LIST:
                    grouped.setdefault(v % 3, []).append(v)
                print(grouped, sorted(grouped.items(), reverse=True), D.clear(), D)
                """, "D", d, "DICT", atom(Ty.DICT_STR_INT), "KEY",
                TypedExpressions.quote(x.key()), "NUM", atom(Ty.INT), "WORD", atom(Ty.STR),
                "LIST", x.nonEmptyList(module));
    }

    /** {@code sorted}, {@code min}, {@code max} with key, reverse and default; stability. */
    void sortingKeys() {
        out.lines("""
                import operator
                people = [(WORD, NUM), ('bob', 3), (WORD2, 3), ('al', NUM2), ('bob', -1)]
                print(sorted(people), sorted(people, key=operator.itemgetter(1)))
                print(sorted(people, key=lambda p: (-p[1], p[0]), reverse=REV))
                print(min(people, key=lambda p: p[1]), max(people, key=lambda p: len(p[0])))
                print(min([], default='empty'), max(LIST, default=0), min(NUM, NUM2, 0, key=abs))
                print(sorted(WORDS, key=str.lower), sorted(WORDS, key=len, reverse=True))
                print(max(WORD, WORD2, key=len), min('b', 'a', 'c'),
                      sorted(LIST, key=lambda v: v % 4))
                print(sorted({'b': 2, 'a': 1, 'c': 0}.items(), key=operator.itemgetter(1)))
                print(list(reversed(sorted(LIST))),
                      sorted(LIST, reverse=True) == sorted(LIST)[::-1])
                """, "WORD", atom(Ty.STR), "WORD2", atom(Ty.STR), "NUM", atom(Ty.INT), "NUM2",
                atom(Ty.INT), "LIST", x.nonEmptyList(module), "WORDS", atom(Ty.LIST_STR),
                "REV", x.chance(50) ? "True" : "False");
    }

    /** Exceptions' str, repr and args for several arities, notes, and a custom __str__. */
    void exceptionText() {
        String err = st.fresh("Problem");
        out.lines("""
                class ERR(Exception):
                    def __init__(self, what, code=0):
                        super().__init__(what, code)
                        self.what = what
                    def __str__(self):
                        return f'{self.what} (code {self.args[1]})'
                for e in [ValueError(), ValueError(WORD), ValueError(WORD, NUM), KeyError(WORD),
                          KeyError(), IndexError(NUM), ERR(WORD, NUM), OSError(2, 'No such file'),
                          StopIteration(NUM), Exception([NUM], {'k': 1}), SystemExit(NUM)]:
                    print(type(e).__name__, str(e), repr(e), e.args)
                try:
                    raise ERR('broken')
                except ERR as e:
                    e.add_note('first note')
                    e.add_note(WORD)
                    print(e, repr(e), e.__notes__, isinstance(e, Exception))
                try:
                    try:
                        1 / 0
                    except ZeroDivisionError:
                        raise ERR('during handling')
                except ERR as e:
                    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
                e = RuntimeError('kept')
                print(e.__traceback__, e.with_traceback(None) is e, BaseException.__name__)
                """, "ERR", err, "WORD", atom(Ty.STR), "NUM", atom(Ty.INT));
    }

    /** __str__ against __repr__, class attributes against instance ones, and __slots__. */
    void attributes() {
        String cls = st.fresh("Account");
        String slotted = st.fresh("Slotted");
        boolean str = x.chance(60);
        boolean repr = x.chance(60);
        out.lines("""
                class CLS:
                    rate = RATE
                    history = []
                    count = 0
                    def __init__(self, owner):
                        self.owner = owner
                        type(self).count += 1
                        self.history.append(owner)
                """, "CLS", cls, "RATE", atom(Ty.FLOAT));
        code().indent++;
        if (str) {
            out.lines("def __str__(self):\n    return 'account of ' + str(self.owner)");
        }
        if (repr) {
            out.lines("def __repr__(self):\n    return f'CLS({self.owner!r})'", "CLS", cls);
        }
        code().indent--;
        out.lines("""
                a, b = CLS(WORD), CLS(NUM)
                b.rate = 0.5
                print(a.rate, b.rate, CLS.rate, CLS.count, a.count, CLS.history is b.history)
                CLS.rate = 9.0
                print(a.rate, b.rate, 'rate' in vars(b), 'rate' in vars(a))
                print(str(a) == repr(a), f'{a}' == str(a), f'{a!r}' == repr(a), '%s' % a == str(a))
                print([a, b] if REPRS else len([a, b]), str([a]) == '[' + repr(a) + ']')
                print(type(a).__name__, a.__class__ is CLS, CLS.__name__, CLS.__qualname__)
                class SLOT:
                    __slots__ = ('x', 'y')
                    def __init__(self, x):
                        self.x = x
                s = SLOT(NUM)
                print(s.x, hasattr(s, 'y'), SLOT.__slots__, hasattr(s, '__dict__'))
                for action in ('s.y = 1', 's.z = 2', 'print(s.y)', 'del s.x', 'print(s.x)'):
                    try:
                        exec(action)
                        print('ok', action)
                    except AttributeError as e:
                        print('AttributeError', e)
                """, "CLS", cls, "WORD", atom(Ty.STR), "NUM", atom(Ty.INT), "SLOT", slotted,
                "REPRS", repr ? "True" : "False");
    }

    /** Dataclasses: defaults, factories, ordering, frozen instances, asdict and replace. */
    void dataclasses() {
        String item = st.fresh("Item");
        String frozen = st.fresh("Version");
        out.lines("""
                import dataclasses
                from dataclasses import dataclass, field
                @dataclass(order=ORDER)
                class ITEM:
                    name: str
                    price: float = PRICE
                    tags: list = field(default_factory=list)
                    qty: int = field(default=1, repr=False)
                    def total(self):
                        return self.price * self.qty
                @dataclass(frozen=True)
                class FROZEN:
                    major: int
                    minor: int = 0
                    def __post_init__(self):
                        if self.major < 0:
                            raise ValueError('negative major')
                i1 = ITEM(WORD)
                i2 = ITEM('b', 2.5, [NUM], qty=3)
                i1.tags.append('new')
                print(i1, i2, i1 == ITEM(WORD, PRICE, ['new']), i2.total())
                print(dataclasses.asdict(i2), dataclasses.astuple(i1),
                      dataclasses.replace(i2, name='c'))
                print([f.name for f in dataclasses.fields(ITEM)], dataclasses.is_dataclass(i1))
                v = FROZEN(SMALL, SMALL2)
                print(v, hash(v) == hash(FROZEN(SMALL, SMALL2)), v == FROZEN(SMALL),
                      v != FROZEN(SMALL, SMALL2))
                try:
                    v.major = 5
                except dataclasses.FrozenInstanceError as e:
                    print('frozen:', e)
                try:
                    FROZEN(-1)
                except ValueError as e:
                    print('post init:', e)
                try:
                    ITEM()
                except TypeError as e:
                    print('TypeError:', e)
                """, "ITEM", item, "FROZEN", frozen, "ORDER", x.chance(50) ? "True" : "False",
                "PRICE", atom(Ty.FLOAT), "WORD", atom(Ty.STR), "NUM", atom(Ty.INT), "SMALL",
                x.smallInt(), "SMALL2", x.smallInt());
        if (x.chance(50)) {
            out.lines("""
                    try:
                        print(sorted([ITEM('z', 1.0), ITEM('a', 3.0), ITEM('a', 2.0)]))
                    except TypeError as e:
                        print('TypeError:', e)
                    """, "ITEM", item);
        }
    }

    /** Enums and the collections types: Counter, defaultdict, namedtuple, deque, OrderedDict. */
    void collectionsAndEnums() {
        String color = st.fresh("Color");
        out.lines("""
                import enum
                from collections import Counter, defaultdict, namedtuple, deque, OrderedDict
                class COLOR(enum.Enum):
                    RED = 1
                    GREEN = 'g'
                    BLUE = (3, 4)
                print(COLOR.RED, repr(COLOR.GREEN), COLOR(1).name, COLOR['BLUE'].value, list(COLOR))
                print(COLOR.RED is COLOR(1), COLOR.RED == 1, len(COLOR), [c.name for c in COLOR])
                try:
                    COLOR(99)
                except ValueError as e:
                    print('ValueError:', e)
                class Flag(enum.IntFlag):
                    R = 4
                    W = 2
                    X = 1
                print(Flag.R | Flag.W, int(Flag.R | Flag.X), Flag(6), Flag.W in Flag(3))
                c = Counter(WORD)
                c.update(WORD2)
                print(c.most_common(3), c['zz'], sum(c.values()), sorted(c.elements())[:6])
                print(Counter(LIST) + Counter([1, 1]), Counter('aab') - Counter('ab'))
                groups = defaultdict(list)
                for v in LIST:
                    groups[v % 2].append(v)
                print(groups, dict(groups), groups.default_factory)
                Pair = namedtuple('Pair', 'left right', defaults=[0])
                p = Pair(NUM)
                print(p, p.left, p[1], p._replace(right=5), p._asdict(), Pair._fields)
                q = deque(LIST, maxlen=4)
                q.appendleft(-1)
                q.rotate(1)
                print(q, q.pop(), q.popleft(), len(q), q.maxlen)
                od = OrderedDict.fromkeys('abc')
                od.move_to_end('a')
                print(od, list(od), od.popitem(last=False))
                """, "COLOR", color, "WORD", atom(Ty.STR), "WORD2", atom(Ty.STR), "LIST",
                x.nonEmptyList(module), "NUM", atom(Ty.INT));
    }

    private TypedStatements.Code code() {
        return st.code;
    }
}
