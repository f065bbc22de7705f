package dev.krait.fuzz;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * What the program generator knows at one point of the tree it is building: the random source, the
 * size budget left, the nesting depth, and the syntactic context that decides which constructs are
 * legal there (inside an f-string field, a loop, a function). Csmith keeps the same kind of state
 * to build only valid C programs; here validity means only what {@code ast.parse} checks.
 */
final class GenContext {
    final RandomGenerator random;
    /** Nodes that may still be made; generation shrinks to leaves when it runs out. */
    int budget;
    int depth;
    final int maxDepth;
    /** Inside an f-string replacement field: no backslashes, no '#', no reused quotes. */
    int fstringDepth;
    boolean inFunction;
    boolean inAsyncFunction;
    boolean inLoop;
    /** Inside a format spec: a replacement field there may not have a spec with fields itself. */
    boolean inFormatSpec;

    static final List<String> NAMES = List.of("a", "b", "c", "x", "y", "z", "foo", "bar", "_x",
            "spam", "eggs", "i", "j", "k", "self", "cls", "match", "case", "type", "print",
            "\u00e9t\u00e9", "\u03bb", "n1", "__init__");
    static final List<String> ATTRS = List.of("attr", "real", "x", "append", "__class__", "_p",
            "match", "case");

    GenContext(RandomGenerator random, int budget, int maxDepth) {
        this.random = random;
        this.budget = budget;
        this.maxDepth = maxDepth;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    @SafeVarargs
    final <T> T pickOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    String name() {
        return pick(NAMES);
    }

    /** Whether to stop growing here: out of depth or budget. */
    boolean mustBeLeaf() {
        return depth >= maxDepth || budget <= 0;
    }

    /** How many children a list should get, fewer when little budget is left. */
    int count(int lo, int hi) {
        if (budget <= 0) {
            return lo;
        }
        return between(lo, Math.max(lo, Math.min(hi, lo + budget / 4)));
    }
}
