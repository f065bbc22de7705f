package dev.krait.ast;

import dev.krait.text.Repr;
import java.math.BigInteger;
import java.util.List;

/**
 * The value of a {@code Constant} (or {@code MatchSingleton}) node: the Python objects that can appear
 * as literals. The evaluator turns each into its runtime object once, at compile time; the dump shows
 * each with CPython's {@code repr}.
 *
 * <p>The parser makes only the literal kinds. An AST built in Python may also hold what CPython's
 * AST optimizer folds constants to, and what {@code compile()} therefore accepts in a Constant
 * (CPython: Python/ast.c validate_constant): any complex number, and tuples and frozensets of
 * constants.
 */
public sealed interface ConstantValue {
    /** CPython's {@code repr()} of the value. */
    String repr();

    None NONE = new None();
    Ellipsis ELLIPSIS = new Ellipsis();
    Bool TRUE = new Bool(true);
    Bool FALSE = new Bool(false);

    record None() implements ConstantValue {
        @Override public String repr() { return "None"; }
    }

    record Ellipsis() implements ConstantValue {
        @Override public String repr() { return "Ellipsis"; }
    }

    record Bool(boolean value) implements ConstantValue {
        @Override public String repr() { return value ? "True" : "False"; }
    }

    record Int(BigInteger value) implements ConstantValue {
        @Override public String repr() { return value.toString(); }
    }

    record Float(double value) implements ConstantValue {
        @Override public String repr() { return Repr.floatRepr(value); }
    }

    /** An imaginary literal such as {@code 2j}: a complex number with real part 0.0. */
    record Imaginary(double imag) implements ConstantValue {
        @Override public String repr() { return Repr.imaginaryRepr(imag); }
    }

    /**
     * A str. Python strings are sequences of code points; here a Java string holds them, with lone
     * surrogates (from escapes such as {@code "\ud800"}) kept as single UTF-16 units. UTF-16
     * cannot keep apart a high surrogate code point followed by a low one (from escapes such as
     * {@code "\ud800\udc00"}): {@code value} would read them as one astral code point. Only for
     * such a value {@code codePoints} holds the exact code points, and repr and equality follow
     * it; otherwise it is {@code null}.
     */
    /** A complex number whose real part is not +0.0 (those are {@link Imaginary}). */
    record Complex(double real, double imag) implements ConstantValue {
        @Override public String repr() { return Repr.complexRepr(real, imag); }
    }

    /**
     * A tuple of constants. {@code object} is the runtime tuple an AST built in Python held, or
     * null: CPython's compiled code holds the very object of the tree, so {@code compile()}
     * gives it back. It takes no part in equality.
     */
    record Tuple(List<ConstantValue> items, Object object) implements ConstantValue {
        public Tuple(List<ConstantValue> items) {
            this(items, null);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Tuple t && items.equals(t.items);
        }

        @Override public int hashCode() { return items.hashCode(); }

        @Override public String repr() {
            StringBuilder b = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(items.get(i).repr());
            }
            return b.append(items.size() == 1 ? ",)" : ")").toString();
        }
    }

    /**
     * A frozenset of constants, its items in the order the set iterated them; {@code object} as
     * for {@link Tuple}.
     */
    record FrozenSet(List<ConstantValue> items, Object object) implements ConstantValue {
        public FrozenSet(List<ConstantValue> items) {
            this(items, null);
        }

        @Override public boolean equals(Object o) {
            return o instanceof FrozenSet f && items.equals(f.items);
        }

        @Override public int hashCode() { return items.hashCode(); }

        @Override public String repr() {
            if (items.isEmpty()) {
                return "frozenset()";
            }
            StringBuilder b = new StringBuilder("frozenset({");
            for (int i = 0; i < items.size(); i++) {
                b.append(i == 0 ? "" : ", ").append(items.get(i).repr());
            }
            return b.append("})").toString();
        }
    }

    record Str(String value, int[] codePoints) implements ConstantValue {
        public Str(String value) {
            this(value, null);
        }

        @Override public String repr() {
            return codePoints == null ? Repr.strRepr(value) : Repr.strRepr(codePoints);
        }

        @Override public boolean equals(Object o) {
            return o instanceof Str s && value.equals(s.value)
                    && java.util.Arrays.equals(codePoints, s.codePoints);
        }

        @Override public int hashCode() {
            return value.hashCode() * 31 + java.util.Arrays.hashCode(codePoints);
        }
    }

    record Bytes(byte[] value) implements ConstantValue {
        @Override public String repr() { return Repr.bytesRepr(value); }

        @Override public boolean equals(Object o) {
            return o instanceof Bytes b && java.util.Arrays.equals(value, b.value);
        }

        @Override public int hashCode() { return java.util.Arrays.hashCode(value); }
    }
}
