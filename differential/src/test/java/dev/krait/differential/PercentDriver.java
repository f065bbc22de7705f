package dev.krait.differential;

import dev.krait.text.IntText;
import dev.krait.text.NumberRounding;
import dev.krait.text.PercentConversion;
import dev.krait.text.PercentFormat;
import dev.krait.text.Repr;
import dev.krait.text.TextFormatError;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the evaluator does around {@link PercentFormat} for {@code str % tuple},
 * {@code str % mapping} and {@code bytes % tuple}: fetch the arguments and convert them the
 * Python way. Values are ints (BigInteger), floats (Double), strs (String) and bytes
 * ({@link Bytes}).
 */
final class PercentDriver {
    private static final int MAX_STR_DIGITS = 4300;

    /** A bytes value: its bytes as chars 0 to 255. */
    record Bytes(String latin1) {}

    private final List<Object> args = new ArrayList<>();
    private boolean bytes;
    private int next;
    /** For a mapping: its items; the one argument {@code %(key)} selected, if not used. */
    private Map<String, Object> mapping;
    private Object selected;

    static String format(String fmt, List<String> tokens) {
        PercentDriver driver = new PercentDriver();
        for (String token : tokens) {
            driver.args.add(value(token));
        }
        return driver.run(fmt);
    }

    /** {@code fmt % tuple} for a bytes {@code fmt} given as chars 0 to 255; the same result. */
    static String formatBytes(String fmt, List<String> tokens) {
        PercentDriver driver = new PercentDriver();
        driver.bytes = true;
        for (String token : tokens) {
            driver.args.add(value(token));
        }
        return driver.run(fmt);
    }

    static String formatMapping(String fmt, List<String> pairs) {
        PercentDriver driver = new PercentDriver();
        driver.mapping = new TreeMap<>();
        for (String pair : pairs) {
            int eq = pair.indexOf('=');
            driver.mapping.put(TextFormatCases.decode(pair.substring(0, eq)),
                    value(pair.substring(eq + 1)));
        }
        return driver.run(fmt);
    }

    private static Object value(String token) {
        String text = token.substring(2);
        return switch (token.charAt(0)) {
            case 'i' -> new BigInteger(text);
            case 'f' -> TextFormatCases.decodeDouble(text);
            case 'b' -> new Bytes(TextFormatCases.decode(text));
            default -> TextFormatCases.decode(text);
        };
    }

    private Object nextArg() {
        if (mapping != null) {
            Object v = selected;
            selected = null;
            if (v == null) {
                throw new TextFormatError("TypeError",
                        "not enough arguments for format string");
            }
            return v;
        }
        if (next >= args.size()) {
            throw new TextFormatError("TypeError", "not enough arguments for format string");
        }
        return args.get(next++);
    }

    private String run(String fmt) {
        PercentFormat reader = bytes
                ? PercentFormat.forBytes(fmt.getBytes(StandardCharsets.ISO_8859_1), false)
                : new PercentFormat(fmt, mapping != null);
        PercentFormat.Arguments star = new PercentFormat.Arguments() {
            @Override
            public void selectKey(String key) {
                selected = mapping.get(key);
                if (selected == null) {
                    throw new TextFormatError("KeyError", Repr.strRepr(key));
                }
            }

            @Override
            public long starWidth() {
                if (!(nextArg() instanceof BigInteger b)) {
                    throw new TextFormatError("TypeError", "* wants int");
                }
                return b.longValue();
            }

            @Override
            public int starPrecision() {
                if (!(nextArg() instanceof BigInteger b)) {
                    throw new TextFormatError("TypeError", "* wants int");
                }
                return b.intValue();
            }
        };
        StringBuilder out = new StringBuilder();
        PercentFormat.Piece piece;
        while ((piece = reader.next(star)) != null) {
            if (piece instanceof PercentFormat.Literal literal) {
                out.append(literal.text());
            } else {
                PercentConversion c = (PercentConversion) piece;
                out.append(bytes ? convertForBytes(c, nextArg()) : convert(c, nextArg()));
            }
        }
        if (next < args.size()) {
            throw new TextFormatError("TypeError", "not all arguments converted during "
                    + (bytes ? "bytes" : "string") + " formatting");
        }
        return out.toString();
    }

    private static String convert(PercentConversion c, Object v) {
        char code = (char) c.conversion;
        return switch (c.kind()) {
            case BYTES -> throw new IllegalStateException("a bytes conversion in a str format");
            case TEXT -> c.formatText(switch (code) {
                case 's' -> str(v);
                case 'r' -> repr(v);
                default -> ascii(repr(v));
            });
            case INT -> {
                if (v instanceof BigInteger b) {
                    yield c.formatInt(b, MAX_STR_DIGITS);
                }
                boolean index = code == 'o' || code == 'x' || code == 'X';
                if (v instanceof Double d && !index) {
                    yield c.formatInt(NumberRounding.toBigInteger(d), MAX_STR_DIGITS);
                }
                throw new TextFormatError("TypeError", "%" + code + " format: "
                        + (index ? "an integer" : "a real number") + " is required, not "
                        + typeName(v));
            }
            case FLOAT -> {
                if (v instanceof BigInteger b) {
                    yield c.formatFloat(IntText.toDouble(b));
                }
                if (v instanceof Double d) {
                    yield c.formatFloat(d);
                }
                throw new TextFormatError("TypeError", "must be real number, not str");
            }
            case CHAR -> {
                if (v instanceof BigInteger b) {
                    yield c.formatChar(PercentConversion.charFromInt(
                            b.bitLength() < 64 ? b.longValue() : -1));
                }
                if (v instanceof String s && s.codePointCount(0, s.length()) == 1) {
                    yield c.formatChar(s.codePointAt(0));
                }
                throw new TextFormatError("TypeError", "%c requires int or char");
            }
        };
    }

    /** The conversions of {@code bytes % args}. (CPython: Objects/bytesobject.c) */
    private static String convertForBytes(PercentConversion c, Object v) {
        char code = (char) c.conversion;
        return switch (c.kind()) {
            case BYTES -> {
                if (v instanceof Bytes b) {
                    yield c.formatText(b.latin1());
                }
                throw new TextFormatError("TypeError", "%b requires a bytes-like object, or an "
                        + "object that implements __bytes__, not '" + typeName(v) + "'");
            }
            case TEXT -> c.formatText(v instanceof Bytes b
                    ? Repr.bytesRepr(b.latin1().getBytes(StandardCharsets.ISO_8859_1))
                    : ascii(repr(v)));
            case INT -> {
                if (v instanceof BigInteger b) {
                    yield c.formatInt(b, MAX_STR_DIGITS);
                }
                boolean index = code == 'o' || code == 'x' || code == 'X';
                if (v instanceof Double d && !index) {
                    yield c.formatInt(NumberRounding.toBigInteger(d), MAX_STR_DIGITS);
                }
                throw new TextFormatError("TypeError", "%" + (code == 'i' ? 'd' : code)
                        + " format: " + (index ? "an integer" : "a real number")
                        + " is required, not " + typeName(v));
            }
            case FLOAT -> {
                // bytes formatting reports any failure of float(v) as this TypeError
                if (v instanceof BigInteger b && b.bitLength() <= 1024) {
                    double d = b.doubleValue();
                    if (!Double.isInfinite(d)) {
                        yield c.formatFloat(d);
                    }
                }
                if (v instanceof Double d) {
                    yield c.formatFloat(d);
                }
                throw new TextFormatError("TypeError",
                        "float argument required, not " + typeName(v));
            }
            case CHAR -> {
                if (v instanceof BigInteger b) {
                    yield c.formatChar(PercentConversion.byteFromInt(
                            b.bitLength() < 64 ? b.longValue() : -1));
                }
                if (v instanceof Bytes b && b.latin1().length() == 1) {
                    yield c.formatChar(b.latin1().charAt(0));
                }
                throw new TextFormatError("TypeError",
                        "%c requires an integer in range(256) or a single byte");
            }
        };
    }

    private static String typeName(Object v) {
        return v instanceof Double ? "float" : v instanceof String ? "str"
                : v instanceof Bytes ? "bytes" : "int";
    }

    private static String str(Object v) {
        if (v instanceof BigInteger b) {
            return IntText.toDecimal(b, MAX_STR_DIGITS);
        }
        if (v instanceof Double d) {
            return Repr.floatRepr(d);
        }
        return (String) v;
    }

    private static String repr(Object v) {
        return v instanceof String s ? Repr.strRepr(s) : str(v);
    }

    /** {@code ascii()}: the repr with non-ASCII characters escaped. */
    private static String ascii(String repr) {
        StringBuilder sb = new StringBuilder();
        repr.codePoints().forEach(cp -> {
            if (cp < 128) {
                sb.append((char) cp);
            } else if (cp <= 0xff) {
                sb.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.append(String.format("\\U%08x", cp));
            }
        });
        return sb.toString();
    }
}
