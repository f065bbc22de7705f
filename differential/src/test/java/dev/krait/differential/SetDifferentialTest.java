package dev.krait.differential;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Krait's {@code set} and {@code frozenset}, and {@code hash()} of ints, floats, complex numbers,
 * strs, tuples and frozensets, against CPython 3.11. One generated batch — a pool of ints, floats
 * and strs of every PEP 393 width, the values to hash, and sequences of set operations (every
 * method, the operators with sets and with lists, in-place operators, comparisons, membership
 * with the frozenset retry, mutation during iteration) — is run by python3 and by
 * {@link SetOpsDriver} in a JVM of its own, both under the same {@code PYTHONHASHSEED}, and
 * their outputs (reprs, so iteration order, and exceptions with their messages) must be equal.
 */
class SetDifferentialTest {
    private static final long[] SEEDS = {0, 1, 20261126};
    private static final int POOL = 60;
    private static final int OPS = 1500;
    private static final long TIMEOUT_SECONDS = 120;
    private static final String[] METHODS_ONE = {"add", "discard", "remove", "add", "add",
        "discard"};
    private static final String[] METHODS_SETS = {"union", "intersection", "difference",
        "symmetric_difference", "issubset", "issuperset", "isdisjoint", "update",
        "intersection_update", "difference_update", "symmetric_difference_update", "copy",
        "clear", "pop", "__reduce__", "__len__"};
    private static final String[] BINARY = {"|", "&", "-", "^"};
    private static final String[] COMPARE = {"<", "<=", "==", "!=", ">", ">="};

    /** Decodes the same batch {@link SetOpsDriver} decodes and prints the same lines. */
    private static final String DRIVER = """
            import sys, struct, operator
            sections = {'pool': [], 'hashes': [], 'ops': []}
            current = None
            for line in sys.stdin.read().split('\\n'):
                if line.startswith('=== '):
                    current = sections[line[4:]]
                elif line:
                    current.append(line)
            def fbits(h): return struct.unpack('<d', int(h, 16).to_bytes(8, 'little'))[0]
            def value(t):
                k, body = t[0], t[2:]
                if k == 'i': return int(body)
                if k == 'f': return fbits(body)
                if k == 'c': return complex(*map(fbits, body.split(',')))
                if k == 's': return ''.join(chr(int(c, 16)) for c in body.split(',') if c)
            pool = [value(t) for t in sections['pool']]
            S = {}
            out = []
            def items(csv): return [] if csv == '-' else [pool[int(i)] for i in csv.split(',')]
            def hashed(t):
                if t[:2] == 't:': return tuple(items(t[2:]))
                if t[:2] == 'z:': return frozenset(items(t[2:]))
                if t[:2] in ('c:', 's:'): return value(t)
                return pool[int(t)]
            def attempt(f):
                try:
                    return repr(f())
                except Exception as e:
                    return '!%s: %r' % (type(e).__name__, e.args)
            for t in sections['hashes']:
                out.append(attempt(lambda: hash(hashed(t))))
            BIN = {'|': operator.or_, '&': operator.and_, '-': operator.sub, '^': operator.xor}
            INP = {'|': operator.ior, '&': operator.iand, '-': operator.isub, '^': operator.ixor}
            CMP = {'<': operator.lt, '<=': operator.le, '==': operator.eq, '!=': operator.ne,
                   '>': operator.gt, '>=': operator.ge}
            def dic(csv): return dict(zip(items(csv), range(1000)))
            def keys(csv): return dic(csv).keys()
            def put(a, v):
                S[a] = v
                return v
            def iterate(s, extra):
                seen = []
                for x in s:
                    seen.append(x)
                    if extra is not None:
                        s.add(pool[int(extra)])
                return seen
            def op(t):
                k, a = t[0], t[1]
                if k == 'new': return put(a, set(items(t[2])))
                if k == 'frozen': return put(a, frozenset(S[t[2]]))
                if k == 'frozenl': return put(a, frozenset(items(t[2])))
                if k == 'call': return getattr(S[a], t[2])(*[pool[int(i)] for i in t[3:]])
                if k == 'calls': return getattr(S[a], t[2])(*[S[n] for n in t[3:]])
                if k == 'calll': return getattr(S[a], t[2])(*[items(c) for c in t[3:]])
                if k == 'bin': return put(a, BIN[t[2]](S[t[3]], S[t[4]]))
                if k == 'binl': return BIN[t[2]](S[a], items(t[3]))
                if k == 'rbinl': return BIN[t[2]](items(t[3]), S[a])
                if k == 'inp': return put(a, INP[t[2]](S[a], S[t[3]]))
                if k == 'inpl': return put(a, INP[t[2]](S[a], items(t[3])))
                if k == 'cmp': return CMP[t[2]](S[a], S[t[3]])
                if k == 'in': return pool[int(t[2])] in S[a]
                if k == 'ins': return S[t[2]] in S[a]
                if k == 'view': return put(a, BIN[t[2]](keys(t[3]), set(items(t[4]))))
                if k == 'rview': return put(a, BIN[t[2]](set(items(t[4])), keys(t[3])))
                if k == 'lview': return put(a, BIN[t[2]](keys(t[3]), items(t[4])))
                if k == 'iview': return put(a, BIN[t[2]](dic(t[3]).items(), dic(t[4]).items()))
                if k == 'vcmp': return CMP[t[2]](keys(t[3]), set(items(t[4])))
                if k == 'vdis': return keys(t[2]).isdisjoint(items(t[3]))
                if k == 'hash': return hash(S[a])
                if k == 'len': return len(S[a])
                if k == 'iter': return iterate(S[a], t[2] if len(t) > 2 else None)
                raise ValueError(k)
            for line in sections['ops']:
                t = line.split(' ')
                r = attempt(lambda: op(t))
                out.append(r + ' -> ' + (attempt(lambda: S[t[1]]) if t[1] in S else '?'))
            sys.stdout.write('\\n'.join(out) + '\\n')
            """;

    @Test
    void setsAndHashesMatchCPython() throws Exception {
        String batch = batch(new Random(3));
        for (long seed : SEEDS) {
            List<String> expected = run(pythonCommand(), batch, seed);
            List<String> actual = run(kraitCommand(), batch, seed);
            int same = 0;
            List<String> diffs = new ArrayList<>();
            for (int i = 0; i < Math.max(expected.size(), actual.size()); i++) {
                String e = i < expected.size() ? expected.get(i) : "<missing>";
                String a = i < actual.size() ? actual.get(i) : "<missing>";
                if (e.equals(a)) {
                    same++;
                } else if (diffs.size() < 10) {
                    diffs.add("line " + i + "\n  CPython: " + e + "\n  Krait:   " + a);
                }
            }
            assertTrue(expected.size() > OPS, "python3 answered " + expected.size() + " lines");
            assertCovers(expected);
            assertEquals(List.of(), diffs, "PYTHONHASHSEED=" + seed + ": " + same + " of "
                    + expected.size() + " lines agree");
        }
    }

    /** The batch must reach the error paths and mostly succeed, or it proves little. */
    private static void assertCovers(List<String> lines) {
        long failures = lines.stream().filter(l -> l.startsWith("!")).count();
        assertTrue(failures < lines.size() / 3, failures + " of " + lines.size() + " failed");
        for (String error : List.of("!TypeError: ", "!KeyError: ", "!RuntimeError: ")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(error)), "no " + error);
        }
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("frozenset({")), "no frozenset");
    }

    // ---------------------------------------------------------------- the batch

    private static String batch(Random random) {
        StringBuilder sb = new StringBuilder("=== pool\n");
        for (int i = 0; i < POOL; i++) {
            sb.append(poolValue(random, i)).append('\n');
        }
        sb.append("=== hashes\n");
        for (int i = 0; i < POOL; i++) {
            sb.append(i).append('\n');
        }
        sb.append("c:").append(bits(1.5)).append(',').append(bits(-2.25)).append('\n');
        // Lone surrogates, and a high and a low surrogate that are two code points, not one.
        for (String cps : List.of("d800", "61,dc00,62", "d83d,de00", "dfff,10ffff", "ff,100",
                "100,10000", "7f,80,ff,20ac,ffff")) {
            sb.append("s:").append(cps).append('\n');
        }
        for (int i = 0; i < 200; i++) {
            sb.append(random.nextBoolean() ? "t:" : "z:").append(indices(random, 4)).append('\n');
        }
        sb.append("=== ops\n");
        for (int i = 0; i < OPS; i++) {
            sb.append(op(random)).append('\n');
        }
        return sb.toString();
    }

    /** Ints (small, negative, large, near the hash modulus), floats and strs of each width. */
    private static String poolValue(Random random, int i) {
        return switch (i % 6) {
            case 0 -> "i:" + (random.nextInt(40) - 10);
            case 1 -> "i:" + switch (random.nextInt(4)) {
                case 0 -> "-1";
                case 1 -> Long.toString((1L << 61) - 1 + random.nextInt(5));
                case 2 -> "-" + (random.nextInt(1000) * 8L);
                default -> "1" + "0".repeat(20 + random.nextInt(10));
            };
            case 2 -> "f:" + bits(switch (random.nextInt(4)) {
                case 0 -> random.nextInt(20) + 0.0;
                case 1 -> random.nextDouble() * 100;
                case 2 -> -random.nextInt(50) / 8.0;
                default -> 1e300 * (random.nextInt(3) - 1);
            });
            default -> "s:" + str(random, i % 6);
        };
    }

    private static String str(Random random, int kind) {
        StringJoiner cps = new StringJoiner(",");
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
            int cp = switch (kind) {
                case 3 -> 'a' + random.nextInt(26);
                case 4 -> random.nextBoolean() ? 0xe0 + random.nextInt(20) : 0x3b1 + random.nextInt(20);
                default -> random.nextBoolean() ? 'x' : 0x1f600 + random.nextInt(40);
            };
            cps.add(Integer.toHexString(cp));
        }
        return cps.toString();
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    private static String indices(Random random, int max) {
        int n = random.nextInt(max + 1);
        if (n == 0) {
            return "-";
        }
        StringJoiner sj = new StringJoiner(",");
        for (int i = 0; i < n; i++) {
            sj.add(Integer.toString(random.nextInt(POOL)));
        }
        return sj.toString();
    }

    private static String name(Random random) {
        return Character.toString('A' + random.nextInt(4));
    }

    private static String op(Random random) {
        String a = name(random);
        return switch (random.nextInt(18)) {
            case 16 -> {
                String[] kinds = {"view", "rview", "lview", "iview"};
                yield kinds[random.nextInt(4)] + " " + a + " " + BINARY[random.nextInt(4)] + " "
                        + indices(random, 10) + " " + indices(random, 10);
            }
            case 17 -> random.nextBoolean()
                    ? "vcmp " + a + " " + COMPARE[random.nextInt(6)] + " " + indices(random, 4)
                    + " " + indices(random, 4)
                    : "vdis " + a + " " + indices(random, 6) + " " + indices(random, 6);
            case 0, 1 -> "new " + a + " " + indices(random, 3 + random.nextInt(30));
            case 2 -> "frozen " + a + " " + name(random);
            case 3 -> "frozenl " + a + " " + indices(random, 12);
            case 4, 5 -> "call " + a + " " + METHODS_ONE[random.nextInt(METHODS_ONE.length)] + " "
                    + random.nextInt(POOL);
            case 6, 7 -> {
                String m = METHODS_SETS[random.nextInt(METHODS_SETS.length)];
                StringBuilder sb = new StringBuilder("calls " + a + " " + m);
                int n = m.startsWith("issu") || m.startsWith("isd") || m.startsWith("sym")
                        ? 1 : m.equals("copy") || m.equals("clear") || m.equals("pop")
                        || m.startsWith("__") ? 0 : random.nextInt(3);
                for (int i = 0; i < n; i++) {
                    sb.append(' ').append(name(random));
                }
                yield sb.toString();
            }
            case 8 -> {
                String m = METHODS_SETS[random.nextInt(11)];
                yield "calll " + a + " " + m + " " + indices(random, 8)
                        + (m.startsWith("issu") || m.startsWith("isd") || m.startsWith("sym")
                        ? "" : " " + indices(random, 8));
            }
            case 9, 10 -> "bin " + a + " " + BINARY[random.nextInt(4)] + " " + name(random) + " "
                    + name(random);
            case 11 -> (random.nextBoolean() ? "binl " : "rbinl ") + a + " "
                    + BINARY[random.nextInt(4)] + " " + indices(random, 3);
            case 12 -> random.nextInt(4) == 0
                    ? "inpl " + a + " " + BINARY[random.nextInt(4)] + " " + indices(random, 3)
                    : "inp " + a + " " + BINARY[random.nextInt(4)] + " " + name(random);
            case 13 -> "cmp " + a + " " + COMPARE[random.nextInt(6)] + " " + name(random);
            case 14 -> switch (random.nextInt(4)) {
                case 0 -> "in " + a + " " + random.nextInt(POOL);
                case 1 -> "ins " + a + " " + name(random);
                case 2 -> "hash " + a;
                default -> "len " + a;
            };
            default -> "iter " + a + (random.nextInt(3) == 0 ? " " + random.nextInt(POOL) : "");
        };
    }

    // ---------------------------------------------------------------- the two runs

    private static List<String> pythonCommand() throws IOException {
        Path script = Files.createTempFile("krait-sets", ".py");
        Files.writeString(script, DRIVER, StandardCharsets.UTF_8);
        script.toFile().deleteOnExit();
        return List.of(CPythonOracle.pythonCommand(), "-X", "utf8", script.toString());
    }

    private static List<String> kraitCommand() {
        return KraitJvm.command(List.of(), KraitJvm.thisClassPath(),
                SetOpsDriver.class.getName(), List.of());
    }

    private static List<String> run(List<String> command, String batch, long seed)
            throws IOException, InterruptedException {
        Path in = Files.createTempFile("krait-sets", ".in");
        Path out = Files.createTempFile("krait-sets", ".out");
        try {
            Files.writeString(in, batch, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectInput(in.toFile())
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT);
            builder.environment().put("PYTHONHASHSEED", Long.toString(seed));
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " timed out");
            }
            assertEquals(0, process.exitValue(), command + " failed");
            return Files.readAllLines(out, StandardCharsets.UTF_8);
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
        }
    }
}
