package dev.krait.modules.builtins;

import dev.krait.modules.CPythonCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The builtin types this package adds — range, enumerate, zip, map, filter, reversed,
 * callable_iterator and super — compared with CPython case by case.
 */
class BuiltinTypesTest {
    private static final List<String> RANGE = List.of(
            "range(5)", "range(1, 5)", "range(1, 10, 3)", "range(-5)", "list(range(-5))",
            "list(range(10, 0, -3))", "list(range(0, 10, 3))", "range()", "range(1, 2, 3, 4)",
            "range(1.5)", "range(1, 2, 0)", "range(x=1)", "len(range(10))",
            "len(range(0, 10, 3))", "len(range(10, 0, -3))", "len(range(5, 1))",
            "len(range(10**30))", "range(10**30)[10**29]", "range(10)[3]", "range(10)[-1]",
            "range(10)[10]", "range(10)[-11]", "range(3)['a']", "range(3)[10**30]",
            "range(3)[True]", "range(10)[2:8:2]", "range(10)[::-1]", "range(10)[-3:]",
            "range(0, 20, 3)[::2]", "range(0, 20, 3)[5:1:-2]", "range(10**20)[10**19:]",
            "range(10)[::0]", "range(10)[1:2:None]",
            "3 in range(10)", "10 in range(10)", "3 in range(0, 10, 3)", "4 in range(0, 10, 3)",
            "-3 in range(0, -10, -3)", "3.0 in range(10)", "'a' in range(3)",
            "10**25 in range(0, 10**30, 5)", "True in range(2)",
            "range(10).index(3)", "range(10).index(10)", "range(0, 10, 3).index(9)",
            "range(10).index(3.0)", "range(10).count(3)", "range(10).count(3.0)",
            "range(10).count(11)", "range(10).index('a')",
            "list(reversed(range(5)))", "list(reversed(range(0, 10, 3)))",
            "list(reversed(range(0)))", "list(reversed(range(10**20, 10**20 + 3)))",
            "list(range(10**20, 10**20 + 3))", "list(range(2**63 - 2, 2**63 + 1))",
            "range(0) == range(5, 5)", "range(0, 10, 2) == range(0, 9, 2)",
            "range(1, 2, 5) == range(1, 3, 7)", "range(3) == [0, 1, 2]", "range(3) != range(3)",
            "hash(range(0)) == hash(range(3, 3))", "hash(range(1, 2)) == hash(range(1, 2, 9))",
            "hash(range(0, 10, 2)) == hash(range(0, 9, 2))", "hash(range(5))",
            "range(1, 10, 2).start", "range(1, 10, 2).stop", "range(1, 10, 2).step",
            "range(3).__reduce__()", "bool(range(0))", "bool(range(1))",
            "iter(range(3)).__length_hint__()", "next(iter(range(3)))",
            "list(iter(range(0, 10, 4)))", "type(iter(range(3))).__name__",
            "type(iter(range(10**20))).__name__", "range(-3, 3)[::-2]", "range(5)[1:-1]",
            "sum(range(101))", "max(range(7))", "sorted(range(5, 0, -1))");

    private static final List<String> ITERATORS = List.of(
            "list(enumerate('abc'))", "list(enumerate('ab', 5))", "list(enumerate('ab', -1))",
            "list(enumerate('ab', start=10**20))", "list(enumerate(iterable='ab'))",
            "enumerate()", "enumerate([1], 'a')", "enumerate(1)", "enumerate([], x=1)",
            "enumerate([1], start=2, iterable=3)", "enumerate([1], 2, 3)",
            "next(enumerate('x'))", "list(enumerate(range(0)))",
            "list(zip('abc', [1, 2, 3]))", "list(zip('ab', [1, 2, 3]))", "list(zip())",
            "list(zip('a'))", "zip(1)", "zip([1], 2)", "zip(x=1)",
            "list(zip([1, 2], [1], strict=True))", "list(zip([1, 2], [1, 2], [1], strict=True))",
            "list(zip([1], [1, 2], strict=True))", "list(zip([1], [1], [1, 2], strict=True))",
            "list(zip([1], [2], strict=True))", "list(zip([1], [2], strict=False))",
            "list(map(len, ['a', 'bb']))", "list(map(pow, [2, 3], [3, 2]))",
            "list(map(pow, [2, 3, 4], [3]))", "map(len)", "map()", "map(len, 1)",
            "list(map(lambda x: x * 2, range(3)))", "map(len, [], x=1)", "list(map(1, [1]))",
            "list(filter(None, [0, 1, '', 'a', [], [0]]))", "list(filter(bool, [0, 2]))",
            "list(filter(lambda x: x > 1, range(4)))", "filter(len)", "filter(None, 1)",
            "filter(None, [], x=1)", "list(filter(len, [1]))",
            "list(reversed((1, 2, 3)))", "list(reversed('abc'))",
            "reversed(1)", "reversed()", "reversed([], x=1)",
            "reversed((1, 2)).__length_hint__()", "type(reversed((1,))).__name__",
            "list(reversed(range(3)))",
            "list(iter([1, 2, 3, 0, 4].pop, 0))", "type(iter(len, 1)).__name__",
            "list(iter(iter([1, 2, None, 3]).__next__, None))",
            "list(iter(iter([1, 2]).__next__, 5))",
            "super(bool, True)", "super(int)", "super(1, 2)", "super(int, 'a')", "super()",
            "super(int, 1, 2)", "super(x=1)", "super(int, 5).__add__(1)",
            "super(bool, bool).__name__",
            "super(bool, True).nope", "super(bool, True).__thisclass__",
            "super(bool, True).__self__", "super(bool, True).__self_class__",
            "super(int).__self__", "super(int, None)", "super(bool, int)",
            "super(bool, True).__class__", "super(int, True).__add__(1)");

    @TestFactory
    Stream<DynamicTest> range() {
        return CPythonCases.compare("", RANGE);
    }

    @TestFactory
    Stream<DynamicTest> iterators() {
        return CPythonCases.compare("", ITERATORS);
    }
}
