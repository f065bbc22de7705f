package dev.krait.nodes;

import dev.krait.objects.PyFrame;

/**
 * The truth test of {@code if}, {@code while} and friends: the test node decides it
 * ({@link ExprNode#isTrue}), bools without a call and comparisons without a bool.
 */
final class Truth {
    private Truth() {}

    static boolean test(ExprNode test, PyFrame f) {
        return test.isTrue(f);
    }
}
