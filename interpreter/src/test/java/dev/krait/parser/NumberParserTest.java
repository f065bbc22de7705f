package dev.krait.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.krait.ast.ConstantValue;
import dev.krait.text.PythonBatch;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Number literals of every form — ints in four bases, floats in all spellings, imaginaries, with
 * and without underscores, near the rounding edges and past the float range — parsed by CPython
 * and by {@link NumberParser}. Values are compared exactly: ints as hexadecimal text, floats by
 * their IEEE bits.
 */
class NumberParserTest {
    private static final String SCRIPT = """
            import ast, random, struct, sys, warnings
            warnings.simplefilter('ignore')
            rng = random.Random(int(sys.stdin.readline()))
            count = int(sys.stdin.readline())
            def underscores(digits):
                out = digits[0]
                for prev, d in zip(digits, digits[1:]):
                    between = prev.isalnum() and d.isalnum() and prev not in 'eE' and d not in 'eE'
                    out += ('_' if between and rng.random() < 0.2 else '') + d
                return out
            def literals():
                yield from ['0', '00', '0_0', '0x_ff', '0XFF', '0o17', '0O1_7', '0b1_0', '0B0',
                            '1e5', '.5', '5.', '5.e3', '1_000.000_1e1_0', '1E+5', '1e-5', '0e0',
                            '00.5', '0j', '1j', '1.5J', '1e400', '1e400j', '1e-400', '2.5e-324',
                            '4.9e-324', '2.2250738585072011e-308', '9007199254740993',
                            '9007199254740993.0', '0.1', '1' * 4300, '1' * 4301,
                            '1_' * 4400 + '1', '0' * 5000, '0x' + 'f' * 5000,
                            '1' * 400 + '.0', '1' * 400 + 'j', '9' * 19, '9' * 18,
                            str(2**63), str(2**63 - 1), str(2**64)]
                for _ in range(count):
                    kind = rng.randrange(6)
                    if kind == 0:
                        yield underscores(str(rng.getrandbits(rng.randrange(1, 300))))
                    elif kind == 1:
                        base, prefix = rng.choice([(16, '0x'), (8, '0o'), (2, '0b')])
                        n = rng.getrandbits(rng.randrange(1, 300))
                        digits = {16: '%x', 8: '%o', 2: '{:b}'}[base]
                        text = digits % n if base != 2 else digits.format(n)
                        yield prefix + underscores(text)
                    elif kind == 2:
                        x = struct.unpack('<d', struct.pack('<Q', rng.getrandbits(63)))[0]
                        if x == x and x != float('inf'):
                            yield rng.choice([repr(x), '%.17e' % x, '%.25g' % x, '%.40e' % x])
                    elif kind == 3:
                        mant = str(rng.getrandbits(rng.randrange(1, 80)))
                        exp = rng.randrange(-340, 320)
                        point = rng.randrange(len(mant) + 1)
                        text = mant[:point] + '.' + mant[point:] + 'e' + str(exp)
                        if text.startswith('.e') or text == '.':
                            continue
                        yield underscores(text) if '.' not in text[:1] else text
                    elif kind == 4:
                        yield repr(rng.random() * 10 ** rng.randrange(-30, 30)) + rng.choice('jJ')
                    else:
                        yield '%d.%de%d' % (rng.randrange(10**6), rng.randrange(10**6),
                                             rng.randrange(-330, 330))
            for lit in literals():
                try:
                    v = ast.literal_eval(lit)
                except SyntaxError as e:
                    print(lit, 'ERR', e.msg, sep='\\t')
                    continue
                if isinstance(v, int):
                    print(lit, 'int', '%x' % v, sep='\\t')
                elif isinstance(v, float):
                    print(lit, 'float', struct.unpack('<q', struct.pack('<d', v))[0], sep='\\t')
                else:
                    print(lit, 'imag', struct.unpack('<q', struct.pack('<d', v.imag))[0], sep='\\t')
            """;

    @Test
    void literalsMatchCPython() {
        int count = Boolean.getBoolean("krait.heavy") ? 200_000 : 3_000;
        List<String> lines = PythonBatch.run(SCRIPT, "1234\n" + count + "\n", 300);
        List<String> mismatches = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", 3);
            String actual = krait(f[0]);
            String expected = f[1] + "\t" + f[2];
            if (!expected.equals(actual)) {
                mismatches.add(f[0] + "\n  expected " + expected + "\n  actual   " + actual);
            }
        }
        assertEquals(true, lines.size() > count / 2, "literals checked: " + lines.size());
        assertEquals("", String.join("\n", mismatches.subList(0, Math.min(20,
                mismatches.size()))), mismatches.size() + " mismatches of " + lines.size());
    }

    private static String krait(String literal) {
        ConstantValue v;
        try {
            v = NumberParser.parse(literal);
        } catch (NumberParser.DigitLimitError e) {
            return "ERR\t" + e.getMessage() + " - Consider hexadecimal for huge integer literals"
                    + " to avoid decimal conversion limits.";
        }
        return switch (v) {
            case ConstantValue.Int i -> "int\t" + i.value().toString(16);
            case ConstantValue.Float d -> "float\t" + Double.doubleToRawLongBits(d.value());
            case ConstantValue.Imaginary j -> "imag\t" + Double.doubleToRawLongBits(j.imag());
            default -> "other\t" + v;
        };
    }

    private static final String LIMIT_SCRIPT = """
            import ast, sys
            for src in sys.stdin.read().split('\\n#\\n'):
                try:
                    ast.parse(src)
                    print('OK')
                except SyntaxError as e:
                    print(e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, sep='\\t')
            """;

    /** The digit limit is a SyntaxError on the number's lines, without columns. */
    @Test
    void digitLimitThroughTheParserMatchesCPython() {
        List<String> sources = List.of("1".repeat(5000), "x = (1 +\n  " + "1_".repeat(4400)
                + "1)", "0".repeat(5000), "1".repeat(4300) + " + 0x" + "f".repeat(6000));
        List<String> expected = PythonBatch.run(LIMIT_SCRIPT, String.join("\n#\n", sources), 60);
        List<String> actual = new ArrayList<>();
        for (String source : sources) {
            try {
                Parser.parse(source.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        "<unknown>", Parser.Mode.EXEC);
                actual.add("OK");
            } catch (dev.krait.lexer.PythonSyntaxError e) {
                actual.add(e.msg + "\t" + e.lineno + "\t" + e.offset + "\t" + e.endLineno + "\t"
                        + e.endOffset);
            }
        }
        assertEquals(expected, actual);
    }

    @Test
    void tooManyDigitsIsADigitLimitError() {
        assertThrows(NumberParser.DigitLimitError.class,
                () -> NumberParser.parse("1".repeat(4301)));
    }
}
