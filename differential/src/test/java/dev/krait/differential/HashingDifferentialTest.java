package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.krait.hashing.DictCursor;
import dev.krait.hashing.DictTable;
import dev.krait.hashing.Equality;
import dev.krait.hashing.HashSecret;
import dev.krait.hashing.Hasher;
import dev.krait.hashing.PyHashes;
import dev.krait.hashing.SetAlgebra;
import dev.krait.hashing.SetCursor;
import dev.krait.hashing.SetTable;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code dev.krait.hashing} against CPython 3.11: {@code hash()} of thousands of generated ints,
 * floats, complex numbers, strs of every PEP 393 kind, bytes, nested tuples and frozensets, and the
 * iteration order and {@code __sizeof__} (hence table sizes) of sets and dicts after generated
 * sequences of adds, discards, pops, set operators, updates and dict mutations (including
 * mutation during iteration). Each
 * {@code PYTHONHASHSEED} gets one python3 process that answers the whole batch; Krait's answers
 * come from the same cases with a {@link HashSecret} for that seed.
 */
class HashingDifferentialTest {
    private static final long[] SEEDS = {0, 1, 42, 123456789, 4294967295L};
    private static final int HASH_CASES = 2500;
    private static final int SCENARIOS = 120;
    private static final int OPS_PER_SCENARIO = 25;
    private static final long TIMEOUT_SECONDS = 60;
    private static final BigInteger MODULUS = BigInteger.valueOf(PyHashes.MODULUS);

    /** Reads the batch from stdin: values to hash, the pool of keys, the operations to replay. */
    private static final String DRIVER = """
            import sys
            sections = {'hashes': [], 'pool': [], 'ops': []}
            current = None
            for line in sys.stdin.read().split('\\n'):
                if line.startswith('=== '):
                    current = sections[line[4:]]
                elif line:
                    current.append(line)
            out = [str(hash(eval(src))) for src in sections['hashes']]
            pool = [eval(src) for src in sections['pool']]
            index = {v: n for n, v in enumerate(pool)}
            assert len(index) == len(pool)
            S, D = {}, {}
            def items(ts): return [pool[int(x)] for x in ts]
            def show(c): return ' '.join(str(index[x]) for x in c)
            def showd(d): return ' '.join('%d:%d' % (index[k], v) for k, v in d.items())
            def itermut(c, repl, remove, add):
                seen, step = [], 0
                try:
                    for k in c:
                        seen.append(str(index[k]))
                        if step < len(repl):
                            remove(k)
                            add(repl[step])
                        step += 1
                except RuntimeError as e:
                    seen.append(str(e).replace(' ', '_'))
                return ' '.join(seen)
            for line in sections['ops']:
                t = line.split()
                op = t[0]
                a = t[1] if len(t) > 1 else None
                if op == 'reset':
                    S.clear(); D.clear(); out.append('reset'); continue
                if op == 'new': S[a] = set(items(t[2:]))
                elif op == 'frozen': S[a] = frozenset(S[t[2]])
                elif op == 'frozenlist': S[a] = frozenset(items(t[2:]))
                elif op == 'add': S[a].add(pool[int(t[2])])
                elif op == 'discard': S[a].discard(pool[int(t[2])])
                elif op == 'pop':
                    try: out.append('popped %d' % index[S[a].pop()])
                    except KeyError: out.append('empty')
                elif op == 'clear': S[a].clear()
                elif op == 'copy': S[a] = S[t[2]].copy()
                elif op == 'or': S[a] = S[t[2]] | S[t[3]]
                elif op == 'and': S[a] = S[t[2]] & S[t[3]]
                elif op == 'sub': S[a] = S[t[2]] - S[t[3]]
                elif op == 'xor': S[a] = S[t[2]] ^ S[t[3]]
                elif op == 'ior': S[a] |= S[t[2]]
                elif op == 'iand': S[a] &= S[t[2]]
                elif op == 'isub': S[a] -= S[t[2]]
                elif op == 'ixor': S[a] ^= S[t[2]]
                elif op == 'update': S[a].update(items(t[2:]))
                elif op == 'interupdate': S[a].intersection_update(items(t[2:]))
                elif op == 'diffupdate': S[a].difference_update(items(t[2:]))
                elif op == 'symupdate': S[a].symmetric_difference_update(items(t[2:]))
                elif op == 'interlist': S[a] = S[t[2]].intersection(items(t[3:]))
                elif op == 'difflist': S[a] = S[t[2]].difference(items(t[3:]))
                elif op == 'unionlist': S[a] = S[t[2]].union(items(t[3:]))
                elif op == 'setdict': S[a] = set(D[t[2]])
                elif op == 'updatedict': S[a].update(D[t[2]])
                elif op == 'diffdict': S[a] = S[t[2]].difference(D[t[3]])
                elif op == 'symdict': S[a].symmetric_difference_update(D[t[2]])
                elif op == 'fhash': out.append(str(hash(S[a]))); continue
                elif op == 'le': out.append(str(S[a] <= S[t[2]])); continue
                elif op == 'disjoint': out.append(str(S[a].isdisjoint(S[t[2]]))); continue
                elif op == 'dict_new': D[a] = {}
                elif op == 'dict_set': D[a][pool[int(t[2])]] = int(t[3])
                elif op == 'dict_pop': D[a].pop(pool[int(t[2])], None)
                elif op == 'dict_popitem':
                    try:
                        k, v = D[a].popitem(); out.append('popped %d:%d' % (index[k], v))
                    except KeyError: out.append('empty')
                elif op == 'dict_setdefault': D[a].setdefault(pool[int(t[2])], int(t[3]))
                elif op == 'dict_copy': D[a] = D[t[2]].copy()
                elif op == 'dict_ctor': D[a] = dict(D[t[2]])
                elif op == 'dict_update': D[a].update(D[t[2]])
                elif op == 'dict_fromset': D[a] = dict.fromkeys(S[t[2]], 0)
                elif op == 'dict_fromdict': D[a] = dict.fromkeys(D[t[2]], 1)
                elif op == 'dict_clear': D[a].clear()
                elif op == 'dict_itermut':
                    d = D[a]
                    put = lambda k: d.__setitem__(k, 7)
                    out.append(itermut(d, items(t[2:]), d.__delitem__, put))
                elif op == 'itermut':
                    out.append(itermut(S[a], items(t[2:]), S[a].discard, S[a].add))
                else:
                    raise ValueError(op)
                c = D[a] if op.startswith('dict_') else S[a]
                out.append((showd(c) if c is D.get(a) else show(c)) + ' #%d' % c.__sizeof__())
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    // ---------------------------------------------------------------- the values

    /** A hashable Python value as Krait sees it, with the literal that makes it in CPython. */
    private sealed interface Value permits IntV, FloatV, ComplexV, StrV, BytesV, TupleV, FrozenV {
        long hash(HashSecret secret);

        String literal();
    }

    private record IntV(BigInteger v) implements Value {
        public long hash(HashSecret secret) {
            long h = PyHashes.hashBig(v);
            if (v.bitLength() < 64) {
                assertEquals(h, PyHashes.hashLong(v.longValue()), "hashLong and hashBig of " + v);
            }
            return h;
        }

        public String literal() {
            return v.toString();
        }
    }

    private record FloatV(double v) implements Value {
        public long hash(HashSecret secret) {
            return PyHashes.hashDouble(v, 0);
        }

        public String literal() {
            return floatLiteral(v);
        }
    }

    private record ComplexV(double re, double im) implements Value {
        public long hash(HashSecret secret) {
            return PyHashes.hashComplex(re, im, 0);
        }

        public String literal() {
            return "complex(" + floatLiteral(re) + ", " + floatLiteral(im) + ")";
        }
    }

    private record StrV(int[] cps) implements Value {
        public long hash(HashSecret secret) {
            long h = PyHashes.hashCodePoints(secret, cps, 0, cps.length);
            String s = new String(cps, 0, cps.length);
            if (Arrays.equals(s.codePoints().toArray(), cps)) {
                assertEquals(h, PyHashes.hashStr(secret, s), "hashStr and hashCodePoints");
            }
            return h;
        }

        public String literal() {
            StringBuilder sb = new StringBuilder("'");
            for (int cp : cps) {
                if (cp < 128 && Character.isLetterOrDigit(cp)) {
                    sb.append((char) cp);
                } else {
                    sb.append(String.format("\\U%08x", cp));
                }
            }
            return sb.append("'").toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof StrV other && Arrays.equals(cps, other.cps);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(cps);
        }
    }

    private record BytesV(byte[] bytes) implements Value {
        public long hash(HashSecret secret) {
            return PyHashes.hashBytes(secret, bytes);
        }

        public String literal() {
            StringBuilder sb = new StringBuilder("b'");
            for (byte b : bytes) {
                sb.append(String.format("\\x%02x", b & 0xFF));
            }
            return sb.append("'").toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof BytesV other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }
    }

    private record TupleV(List<Value> items) implements Value {
        public long hash(HashSecret secret) {
            long acc = PyHashes.tupleStart();
            for (Value item : items) {
                acc = PyHashes.tupleAdd(acc, item.hash(secret));
            }
            return PyHashes.tupleFinish(acc, items.size());
        }

        public String literal() {
            StringJoiner j = new StringJoiner(", ", "(", items.size() == 1 ? ",)" : ")");
            items.forEach(item -> j.add(item.literal()));
            return j.toString();
        }
    }

    /** A frozenset of distinct items (distinct as Python's == sees them). */
    private record FrozenV(List<Value> items) implements Value {
        public long hash(HashSecret secret) {
            long[] hashes = new long[items.size()];
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = items.get(i).hash(secret);
            }
            return PyHashes.hashFrozenset(hashes);
        }

        public String literal() {
            StringJoiner j = new StringJoiner(", ", "frozenset([", "])");
            items.forEach(item -> j.add(item.literal()));
            return j.toString();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof FrozenV other
                    && new LinkedHashSet<>(items).equals(new LinkedHashSet<>(other.items));
        }

        @Override
        public int hashCode() {
            return new LinkedHashSet<>(items).hashCode();
        }
    }

    private static String floatLiteral(double v) {
        if (Double.isInfinite(v)) {
            return v > 0 ? "float('inf')" : "float('-inf')";
        }
        return "float.fromhex('" + Double.toHexString(v) + "')";
    }

    // ---------------------------------------------------------------- generating values

    private static BigInteger randomInt(Random r) {
        return switch (r.nextInt(7)) {
            case 0 -> BigInteger.valueOf(r.nextInt(601) - 300);
            case 1 -> BigInteger.valueOf(r.nextLong());
            case 2 -> new BigInteger(1 + r.nextInt(300), r).multiply(BigInteger.valueOf(
                    r.nextBoolean() ? 1 : -1));
            case 3 -> MODULUS.multiply(BigInteger.valueOf(r.nextInt(5) - 2))
                    .add(BigInteger.valueOf(r.nextInt(5) - 2));
            case 4 -> BigInteger.ONE.shiftLeft(r.nextInt(130)).add(BigInteger.valueOf(
                    r.nextInt(3) - 1)).multiply(BigInteger.valueOf(r.nextBoolean() ? 1 : -1));
            case 5 -> BigInteger.valueOf(Long.MIN_VALUE).add(BigInteger.valueOf(r.nextInt(3)));
            default -> BigInteger.valueOf(r.nextInt(3) - 2); // -2, -1, 0
        };
    }

    private static double randomFloat(Random r) {
        return switch (r.nextInt(9)) {
            case 0 -> r.nextInt(2001) - 1000;
            case 1 -> (r.nextInt(20001) - 10000) / (double) (1 << r.nextInt(20));
            case 2 -> {
                double d;
                do {
                    d = Double.longBitsToDouble(r.nextLong());
                } while (Double.isNaN(d));
                yield d;
            }
            case 3 -> Double.MIN_VALUE * (1 + r.nextInt(1 << 20)) * (r.nextBoolean() ? 1 : -1);
            case 4 -> r.nextBoolean() ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
            case 5 -> r.nextBoolean() ? 0.0 : -0.0;
            case 6 -> Math.scalb(1.0 + r.nextInt(1000), r.nextInt(2000) - 1000);
            case 7 -> r.nextDouble() * Math.pow(10, r.nextInt(40) - 20);
            default -> r.nextGaussian();
        };
    }

    private static int[] randomCodePoints(Random r) {
        int length = r.nextInt(4) == 0 ? r.nextInt(3) : r.nextInt(40);
        int kind = r.nextInt(5);
        int[] cps = new int[length];
        for (int i = 0; i < length; i++) {
            int k = kind == 4 ? r.nextInt(4) : kind;
            cps[i] = switch (k) {
                case 0 -> 32 + r.nextInt(95);
                case 1 -> r.nextInt(256);
                case 2 -> r.nextInt(0x10000);
                default -> 0x10000 + r.nextInt(0x100000);
            };
        }
        return cps;
    }

    private static Value randomValue(Random r, int depth) {
        int pick = r.nextInt(depth > 2 ? 6 : 8);
        return switch (pick) {
            case 0, 1 -> new IntV(randomInt(r));
            case 2 -> new FloatV(randomFloat(r));
            case 3 -> new ComplexV(randomFloat(r), randomFloat(r));
            case 4 -> new StrV(randomCodePoints(r));
            case 5 -> {
                byte[] b = new byte[r.nextInt(4) == 0 ? r.nextInt(2) : r.nextInt(30)];
                r.nextBytes(b);
                yield new BytesV(b);
            }
            case 6 -> {
                List<Value> items = new ArrayList<>();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    items.add(randomValue(r, depth + 1));
                }
                yield new TupleV(items);
            }
            default -> {
                LinkedHashSet<Value> items = new LinkedHashSet<>();
                int n = r.nextInt(6);
                for (int i = 0; i < n; i++) {
                    items.add(new IntV(randomInt(r)));
                    items.add(new StrV(randomCodePoints(r)));
                }
                yield new FrozenV(new ArrayList<>(items));
            }
        };
    }

    /**
     * Keys for the tables, distinct under Python's ==: the ints 0..79, random ints, non-integral
     * floats, strs, tuples and bytes.
     */
    private static List<Value> pool(Random r) {
        LinkedHashSet<Value> pool = new LinkedHashSet<>();
        for (int i = 0; i < 80; i++) {
            pool.add(new IntV(BigInteger.valueOf(i)));
        }
        while (pool.size() < 150) {
            pool.add(new IntV(randomInt(r)));
        }
        while (pool.size() < 180) {
            pool.add(new FloatV(r.nextInt(1000) + 0.5 * (r.nextBoolean() ? 1 : -1)));
        }
        while (pool.size() < 260) {
            pool.add(new StrV(randomCodePoints(r)));
        }
        while (pool.size() < 280) {
            pool.add(new TupleV(List.of(new IntV(BigInteger.valueOf(r.nextInt(50))),
                    new StrV(randomCodePoints(r)))));
        }
        while (pool.size() < 290) {
            byte[] b = new byte[r.nextInt(10)];
            r.nextBytes(b);
            pool.add(new BytesV(b));
        }
        return new ArrayList<>(pool);
    }

    // ---------------------------------------------------------------- generating operations

    private static final String[] SET_OPS = {"add", "add", "add", "discard", "discard", "pop",
        "clear", "copy", "or", "and", "sub", "xor", "ior", "iand", "isub", "ixor", "update",
        "update", "interupdate", "diffupdate", "symupdate", "interlist", "difflist", "unionlist",
        "setdict", "updatedict", "diffdict", "symdict", "frozen", "frozenlist", "fhash", "le",
        "disjoint", "new", "itermut"};
    private static final String[] DICT_OPS = {"dict_set", "dict_set", "dict_set", "dict_set",
        "dict_pop", "dict_pop", "dict_popitem", "dict_setdefault", "dict_copy", "dict_ctor",
        "dict_update", "dict_fromset", "dict_fromdict", "dict_clear", "dict_itermut"};

    private static List<String> scenarios(Random r, int poolSize) {
        List<String> ops = new ArrayList<>();
        for (int s = 0; s < SCENARIOS; s++) {
            int domain = switch (r.nextInt(4)) {
                case 0, 1 -> 80; // small ints: order independent of the seed
                case 2 -> 150; // all ints
                default -> poolSize;
            };
            ops.add("reset");
            ops.add("new a " + keys(r, domain));
            ops.add("new b " + keys(r, domain));
            ops.add("new c");
            ops.add("frozenlist f " + keys(r, domain));
            ops.add("dict_new d");
            ops.add("dict_new e");
            for (int i = 0; i < OPS_PER_SCENARIO; i++) {
                String op = r.nextInt(3) == 0
                        ? DICT_OPS[r.nextInt(DICT_OPS.length)] : SET_OPS[r.nextInt(SET_OPS.length)];
                ops.add(operation(r, op, domain));
            }
        }
        return ops;
    }

    private static String keys(Random r, int domain) {
        int n = switch (r.nextInt(3)) {
            case 0 -> r.nextInt(9);
            case 1 -> r.nextInt(31);
            default -> r.nextInt(150);
        };
        StringJoiner j = new StringJoiner(" ");
        for (int i = 0; i < n; i++) {
            j.add(Integer.toString(r.nextInt(domain)));
        }
        return j.toString();
    }

    private static String operation(Random r, String op, int domain) {
        String a = pick(r, "a", "b", "c");
        String b = pick(r, "a", "b", "c", "f");
        String d = pick(r, "d", "e");
        String e = pick(r, "d", "e");
        String key = Integer.toString(r.nextInt(domain));
        return switch (op) {
            case "add", "discard" -> op + " " + a + " " + key;
            case "pop", "clear", "fhash" -> op + " " + (op.equals("fhash") ? "f" : a);
            case "copy" -> op + " " + a + " " + pick(r, "a", "b", "c");
            case "or", "and", "sub", "xor" -> op + " " + a + " " + pick(r, "a", "b", "c") + " " + b;
            case "ior", "iand", "isub", "ixor", "le", "disjoint" -> op + " " + a + " " + b;
            case "update", "interupdate", "diffupdate", "symupdate", "new", "itermut" ->
                    (op + " " + a + " " + keys(r, domain)).strip();
            case "interlist", "difflist", "unionlist" ->
                    (op + " " + a + " " + pick(r, "a", "b", "c") + " " + keys(r, domain)).strip();
            case "setdict", "updatedict", "symdict" -> op + " " + a + " " + d;
            case "diffdict" -> op + " " + a + " " + pick(r, "a", "b", "c") + " " + d;
            case "frozen" -> op + " f " + pick(r, "a", "b", "c");
            case "frozenlist" -> (op + " f " + keys(r, domain)).strip();
            case "dict_set", "dict_setdefault" -> op + " " + d + " " + key + " " + r.nextInt(100);
            case "dict_pop" -> op + " " + d + " " + key;
            case "dict_popitem", "dict_clear" -> op + " " + d;
            case "dict_copy", "dict_ctor", "dict_update", "dict_fromdict" -> op + " " + d + " " + e;
            case "dict_fromset" -> op + " " + d + " " + b;
            case "dict_itermut" -> (op + " " + d + " " + keys(r, domain)).strip();
            default -> throw new IllegalArgumentException(op);
        };
    }

    private static String pick(Random r, String... choices) {
        return choices[r.nextInt(choices.length)];
    }

    // ---------------------------------------------------------------- replaying with Krait

    private static final Equality<Value> EQUALITY = new Equality<>() {
        @Override
        public boolean equal(Value stored, Value probe) {
            return stored.equals(probe);
        }

        @Override
        public boolean isExactStr(Value key) {
            return key instanceof StrV;
        }
    };

    /** Replays the operations as the object model would drive the tables; one line per answer. */
    private static List<String> replay(List<String> ops, List<Value> pool, HashSecret secret,
            List<String> origins) {
        Map<Value, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < pool.size(); i++) {
            index.put(pool.get(i), i);
        }
        Hasher<Value> hasher = v -> v.hash(secret);
        Map<String, SetTable<Value>> sets = new HashMap<>();
        Map<String, DictTable<Value, Integer>> dicts = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String line : ops) {
            while (origins.size() < out.size()) {
                origins.add(origins.isEmpty() ? "" : origins.get(origins.size() - 1));
            }
            origins.add(line);
            String[] t = line.split(" ");
            String op = t[0];
            String a = t.length > 1 ? t[1] : null;
            SetTable<Value> sa = sets.get(a);
            DictTable<Value, Integer> da = dicts.get(a);
            switch (op) {
                case "reset" -> {
                    sets.clear();
                    dicts.clear();
                    out.add("reset");
                    continue;
                }
                case "new" -> sets.put(a, fromList(items(t, 2, pool), hasher));
                case "frozen" -> {
                    SetTable<Value> f = new SetTable<>(EQUALITY);
                    f.update(sets.get(t[2]));
                    sets.put(a, f);
                }
                case "frozenlist" -> sets.put(a, fromList(items(t, 2, pool), hasher));
                case "add" -> sa.add(key(t[2], pool), hash(key(t[2], pool), secret));
                case "discard" -> sa.discard(key(t[2], pool), hash(key(t[2], pool), secret));
                case "pop" -> {
                    Value v = sa.pop();
                    out.add(v == null ? "empty" : "popped " + index.get(v));
                }
                case "clear" -> sa.clear();
                case "copy" -> sets.put(a, sets.get(t[2]).copy());
                case "or" -> sets.put(a, SetAlgebra.union(sets.get(t[2]), sets.get(t[3])));
                case "and" -> sets.put(a, SetAlgebra.intersection(sets.get(t[2]), sets.get(t[3])));
                case "sub" -> sets.put(a, SetAlgebra.difference(sets.get(t[2]), sets.get(t[3])));
                case "xor" -> sets.put(a,
                        SetAlgebra.symmetricDifference(sets.get(t[2]), sets.get(t[3])));
                case "ior" -> sa.update(sets.get(t[2]));
                case "iand" -> SetAlgebra.intersectionUpdate(sa, sets.get(t[2]));
                case "isub" -> SetAlgebra.differenceUpdate(sa, sets.get(t[2]));
                case "ixor" -> SetAlgebra.symmetricDifferenceUpdate(sa, sets.get(t[2]));
                case "update" -> sa.update(items(t, 2, pool).iterator(), hasher);
                case "interupdate" -> SetAlgebra.intersectionUpdate(sa,
                        items(t, 2, pool).iterator(), hasher);
                case "diffupdate" -> SetAlgebra.differenceUpdate(sa,
                        items(t, 2, pool).iterator(), hasher);
                case "symupdate" -> SetAlgebra.symmetricDifferenceUpdate(sa,
                        items(t, 2, pool).iterator(), hasher);
                case "interlist" -> sets.put(a, SetAlgebra.intersection(sets.get(t[2]),
                        items(t, 3, pool).iterator(), hasher));
                case "difflist" -> sets.put(a, SetAlgebra.difference(sets.get(t[2]),
                        items(t, 3, pool).iterator(), hasher));
                case "unionlist" -> {
                    SetTable<Value> result = sets.get(t[2]).copy();
                    result.update(items(t, 3, pool).iterator(), hasher);
                    sets.put(a, result);
                }
                case "setdict" -> {
                    SetTable<Value> result = new SetTable<>(EQUALITY);
                    result.update(dicts.get(t[2]));
                    sets.put(a, result);
                }
                case "updatedict" -> sa.update(dicts.get(t[2]));
                case "diffdict" -> sets.put(a,
                        SetAlgebra.difference(sets.get(t[2]), dicts.get(t[3])));
                case "symdict" -> SetAlgebra.symmetricDifferenceUpdate(sa, dicts.get(t[2]));
                case "fhash" -> {
                    out.add(Long.toString(sa.frozensetHash()));
                    continue;
                }
                case "le" -> {
                    out.add(SetAlgebra.isSubset(sa, sets.get(t[2])) ? "True" : "False");
                    continue;
                }
                case "disjoint" -> {
                    out.add(SetAlgebra.isDisjoint(sa, sets.get(t[2])) ? "True" : "False");
                    continue;
                }
                case "dict_new" -> dicts.put(a, new DictTable<>(EQUALITY));
                case "dict_set" -> da.put(pool.get(num(t[2])), hash(pool.get(num(t[2])), secret),
                        num(t[3]));
                case "dict_pop" -> da.remove(key(t[2], pool), hash(key(t[2], pool), secret));
                case "dict_popitem" -> {
                    DictTable.Item<Value, Integer> item = da.popItem();
                    out.add(item == null ? "empty"
                            : "popped " + index.get(item.key()) + ":" + item.value());
                }
                case "dict_setdefault" -> da.setDefault(pool.get(num(t[2])),
                        hash(pool.get(num(t[2])), secret), num(t[3]));
                case "dict_copy" -> dicts.put(a, dicts.get(t[2]).copy());
                case "dict_ctor" -> {
                    DictTable<Value, Integer> result = new DictTable<>(EQUALITY);
                    assertEquals(DictTable.MERGED, result.merge(dicts.get(t[2]), 1));
                    dicts.put(a, result);
                }
                case "dict_update" -> assertEquals(DictTable.MERGED, da.merge(dicts.get(t[2]), 1));
                case "dict_fromset" -> dicts.put(a, DictTable.fromKeys(sets.get(t[2]), 0));
                case "dict_fromdict" -> dicts.put(a, DictTable.fromKeys(dicts.get(t[2]), 1));
                case "dict_clear" -> da.clear();
                case "itermut" -> out.add(iterateAndMutate(sa, items(t, 2, pool), index, secret));
                case "dict_itermut" -> {
                    out.add(iterateAndMutate(da, items(t, 2, pool), index, secret));
                }
                default -> throw new IllegalArgumentException(op);
            }
            if (op.startsWith("dict_")) {
                out.add(showDict(dicts.get(a), index) + " #" + dicts.get(a).sizeOf());
            } else {
                out.add(showSet(sets.get(a), index) + " #" + sets.get(a).sizeOf());
            }
        }
        return out;
    }

    private static String iterateAndMutate(DictTable<Value, Integer> d, List<Value> replacements,
            Map<Value, Integer> index, HashSecret secret) {
        StringJoiner seen = new StringJoiner(" ");
        DictCursor cursor = d.cursor(false);
        int step = 0;
        while (true) {
            int i = cursor.next();
            if (i == DictCursor.END) {
                break;
            }
            if (i == DictCursor.CHANGED_SIZE) {
                seen.add("dictionary_changed_size_during_iteration");
                break;
            }
            if (i == DictCursor.KEYS_CHANGED) {
                seen.add("dictionary_keys_changed_during_iteration");
                break;
            }
            Value key = d.keyAt(i);
            seen.add(Integer.toString(index.get(key)));
            if (step < replacements.size()) {
                d.remove(key, hash(key, secret));
                Value next = replacements.get(step);
                d.put(next, hash(next, secret), 7);
            }
            step++;
        }
        return seen.toString();
    }

    private static String iterateAndMutate(SetTable<Value> s, List<Value> replacements,
            Map<Value, Integer> index, HashSecret secret) {
        StringJoiner seen = new StringJoiner(" ");
        SetCursor cursor = s.cursor();
        for (int step = 0, i; (i = cursor.next()) != SetCursor.END; step++) {
            if (i == SetCursor.CHANGED_SIZE) {
                seen.add("Set_changed_size_during_iteration");
                break;
            }
            Value key = s.keyAt(i);
            seen.add(Integer.toString(index.get(key)));
            if (step < replacements.size()) {
                s.discard(key, hash(key, secret));
                Value next = replacements.get(step);
                s.add(next, hash(next, secret));
            }
        }
        return seen.toString();
    }

    private static SetTable<Value> fromList(List<Value> items, Hasher<Value> hasher) {
        SetTable<Value> set = new SetTable<>(EQUALITY);
        set.update(items.iterator(), hasher);
        return set;
    }

    private static long hash(Value v, HashSecret secret) {
        return v.hash(secret);
    }

    private static Value key(String number, List<Value> pool) {
        return pool.get(num(number));
    }

    private static int num(String s) {
        return Integer.parseInt(s);
    }

    private static List<Value> items(String[] t, int from, List<Value> pool) {
        List<Value> items = new ArrayList<>();
        for (int i = from; i < t.length; i++) {
            items.add(pool.get(num(t[i])));
        }
        return items;
    }

    private static String showSet(SetTable<Value> set, Map<Value, Integer> index) {
        StringJoiner j = new StringJoiner(" ");
        for (Object key : set.toArray()) {
            j.add(Integer.toString(index.get(key)));
        }
        return j.toString();
    }

    private static String showDict(DictTable<Value, Integer> dict, Map<Value, Integer> index) {
        StringJoiner j = new StringJoiner(" ");
        for (int i = dict.nextIndex(0); i >= 0; i = dict.nextIndex(i + 1)) {
            j.add(index.get(dict.keyAt(i)) + ":" + dict.valueAt(i));
        }
        return j.toString();
    }

    // ---------------------------------------------------------------- running CPython

    private static List<String> runCPython(long seed, String input) throws IOException,
            InterruptedException {
        Path script = Files.createTempFile("krait-hashing", ".py");
        Path in = Files.createTempFile("krait-hashing", ".in");
        Path out = Files.createTempFile("krait-hashing", ".out");
        try {
            Files.writeString(script, DRIVER, StandardCharsets.UTF_8);
            Files.writeString(in, input, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(CPythonOracle.pythonCommand(), "-X", "utf8",
                    script.toString())
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("PYTHONHASHSEED", Long.toString(seed));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("python3 timed out after " + TIMEOUT_SECONDS + " s");
            }
            assertEquals(0, process.exitValue(), "python3 failed");
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(script);
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }

    @Test
    void hashesAndTableOrdersMatchCPython() throws Exception {
        Random random = new Random(20261126);
        List<Value> hashCases = new ArrayList<>();
        for (int i = 0; i < HASH_CASES; i++) {
            hashCases.add(randomValue(random, 0));
        }
        List<Value> pool = pool(random);
        List<String> ops = scenarios(random, pool.size());
        StringBuilder input = new StringBuilder("=== hashes\n");
        hashCases.forEach(v -> input.append(v.literal()).append('\n'));
        input.append("=== pool\n");
        pool.forEach(v -> input.append(v.literal()).append('\n'));
        input.append("=== ops\n");
        ops.forEach(op -> input.append(op).append('\n'));

        List<String> mismatches = new ArrayList<>();
        int compared = 0;
        for (long seed : SEEDS) {
            List<String> expected = runCPython(seed, input.toString());
            HashSecret secret = HashSecret.fromSeed(seed);
            List<String> actual = new ArrayList<>();
            List<String> origins = new ArrayList<>();
            hashCases.forEach(v -> actual.add(Long.toString(v.hash(secret))));
            actual.addAll(replay(ops, pool, secret, origins));
            assertEquals(expected.size(), actual.size(), "answers for seed " + seed);
            for (int i = 0; i < expected.size(); i++) {
                compared++;
                if (!expected.get(i).equals(actual.get(i)) && mismatches.size() < 20) {
                    String what = i < hashCases.size() ? "hash(" + hashCases.get(i).literal() + ")"
                            : origins.get(Math.min(i - hashCases.size(), origins.size() - 1));
                    mismatches.add("seed " + seed + ", " + what + "\n  CPython: "
                            + expected.get(i) + "\n  Krait:   " + actual.get(i));
                }
            }
        }
        System.out.println("HashingDifferentialTest: " + compared + " answers compared over "
                + SEEDS.length + " seeds");
        assertTrue(mismatches.isEmpty(), String.join("\n", mismatches));
    }
}
