package dev.krait.modules.builtins;

import dev.krait.modules.CPythonCases;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The builtin functions, each case's answer (value or error message) compared with CPython's. */
class BuiltinFunctionsTest {
    private static final List<String> NUMBERS = List.of(
            "abs(-5)", "abs(-2.5)", "abs(True)", "abs('a')", "abs(-10**30)", "abs(3+4j)",
            "bin(10)", "bin(-10)", "bin(0)", "oct(64)", "oct(-8)", "hex(255)", "hex(-255)",
            "hex(10**20)", "hex(1.5)", "bin(True)", "hex()",
            "chr(65)", "chr(0x1F600)", "chr(-1)", "chr(0x110000)", "chr(2**70)", "chr('a')",
            "chr(True)", "chr(55296)",
            "ord('a')", "ord('\\U0001f600')", "ord('ab')", "ord('')", "ord(1)",
            "divmod(7, 2)", "divmod(-7, 2)", "divmod(7.5, 2)", "divmod(1, 0)", "divmod(1, 'a')",
            "pow(2, 10)", "pow(2, -1)", "pow(2, 10, 1000)", "pow(3, 4, mod=5)",
            "pow(base=2, exp=3)", "pow(1, 'a')", "pow(1, 2, 'a')", "pow(2, 3, 0)",
            "pow(2.0, 3, 4)", "pow()", "pow(1, 2, 3, 4)",
            "round(2.5)", "round(3.5)", "round(2.675, 2)", "round(1234, -2)", "round('a')",
            "round(1.5, 'a')", "round(7)", "round(number=1.25, ndigits=1)",
            "hash(1)", "hash(-1)", "hash(2**61)", "hash(1.5)", "hash((1, 2))",
            "hash(True)", "len('abc')", "len([1, 2])", "len(1)", "len(range(10))", "len()",
            "callable(len)", "callable(1)", "callable(int)", "callable()",
            "repr('a\\n')", "repr(1.0)", "ascii('é\\U0001f600\\x00')", "ascii([1, 'ü'])",
            "ascii('abc')", "ascii('\\u20ac')",
            "format(42)", "format('abc')", "format(1, 2)", "format(object(), 'x')",
            "sum([1, 2, 3])", "sum([1, 2], 10)", "sum([0.1] * 10)", "sum([1, 2.5, 3])",
            "sum([[1], [2]], [])", "sum(['a'], 'b')", "sum([], 'x')", "sum(1)", "sum([1], 2, 3)",
            "sum([1], start=2)", "sum([True, True])", "sum([2**62, 2**62, 2**62])",
            "sum([1.5, 2**70])", "sum([1, 'a'])", "sum(iterable=[1])", "sum((1j, 2))",
            "sum([10**20, 0.5])");

    private static final List<String> ITERATION = List.of(
            "list(iter([1, 2]))", "next(iter([]))", "next(iter([]), 5)", "next([])",
            "next(iter('ab'))", "next(iter(range(3)), None)", "iter(1)", "iter()",
            "iter(1, 2, 3)", "iter(1, 2)", "iter(x=1)",
            "all([])", "all([1, 0])", "all([1, 2])", "any([])", "any([0, 1])", "all(1)",
            "any([[]])", "all([[1]])",
            "sorted([3, 1, 2])", "sorted('bca')", "sorted([3, 1, 2], reverse=True)",
            "sorted(['b', 'A', 'c'], key=lambda s: s.lower())", "sorted()", "sorted([1], 2)",
            "sorted([1], x=1)", "sorted([1, 'a'])", "sorted(iterable=[1])",
            "sorted([(1, 'b'), (1, 'a'), (0, 'c')], key=lambda t: t[0])",
            "max([3, 1, 2])", "max(3, 1, 2)", "max('abc')", "max([])", "max()",
            "max([], default=7)", "max(1, 2, default=3)", "max([1], key=1)", "max(1)",
            "min([3, 1, 2])", "min(3, 1, 2, key=lambda x: -x)", "min(x=1)", "min(1, 2, x=3)",
            "min([], default=None)", "max([1, 1.0])", "min([1.0, 1])", "max([1, 'a'])",
            "max([(1, 'b'), (1, 'a')])", "max('a', 'b', key=None)", "min(iterable=[1])");

    private static final List<String> NAMESPACES = List.of(
            "getattr(1, 'real')", "getattr(1, 'nope')", "getattr(1, 'nope', 5)", "getattr(1, 2)",
            "getattr(1)", "getattr(1, 'a', 2, 3)", "hasattr(1, 'real')", "hasattr(1, 'x')",
            "hasattr(1, 2)", "setattr(1, 'x', 2)", "setattr(1, 2, 3)", "delattr(1, 'real')",
            "delattr(1, 2)", "vars(1)", "vars(1, 2)", "dir(1, 2)", "dir(1)[:5]",
            "dir(sys)[-3:]", "'append' in dir([])", "isinstance(1, int)",
            "isinstance(True, int)", "isinstance(1, (str, float))", "isinstance(1, 1)",
            "issubclass(bool, int)", "issubclass(1, int)", "issubclass(int, (str, object))",
            "issubclass(int, 1)", "isinstance(range(3), range)", "isinstance(1, (int, 1))",
            "dir()", "sorted(globals())", "vars() is globals()", "locals() is globals()",
            "globals()['sys'] is sys", "globals(1)", "locals(x=1)");

    private static final List<String> CODE = List.of(
            "eval('1', 1)", "exec('1', 1)", "eval('1', {}, 1)", "exec('1', {}, 1)",
            "eval(1)", "exec(1)", "compile('1', 'f', 'x')", "compile(1, 'f', 'exec')",
            "compile('1', 1, 'exec')", "compile('1', 'f', 'exec', 0x12345678)",
            "compile('1', 'f', 'exec', optimize=5)", "compile('a\\0', 'f', 'exec')",
            "compile('(', 'f', 'exec')", "compile('x = ', 'name.py', 'exec')",
            "compile(' 1', 'f', 'exec')", "exec('1', closure=1)", "eval()",
            "__import__(1)", "__import__('')", "__import__('x', level=-1)",
            "__import__('no_such_module_krait')", "__import__('sys').__name__",
            "__import__('sys', fromlist=['path']).__name__", "__import__('sys.path')",
            "__import__('x', {}, None, (), 1)", "__import__('x', {'__name__': 'm'}, None, (), 1)",
            "__import__('x', {'__package__': 'a'}, None, (), 2)",
            "__import__('x', {'__package__': 1}, None, (), 1)",
            "__import__('builtins').len is len", "input(1, 2)",
            "print(1, sep=1)", "print(1, end=1)", "print(1, x=1)", "print(1, file=1)");

    /** Cases that run compiled code: they need the compiler. */
    private static final List<String> RUNNING_CODE = List.of(
            "eval('len')", "eval('sys.maxsize', {'sys': sys})", "eval('x', {'x': 5})",
            "eval('  1 + 1')", "eval('x', {}, {'x': 3})", "eval(' \\t2')",
            "eval('__builtins__', {}) is __builtins__", "exec('x = 1')",
            "eval(compile('1 + 2', 'f', 'eval'))", "exec(compile('1', 'f', 'eval'))",
            "eval('[x for x in range(3)]')", "eval('dir()', {'a': 1})",
            "eval(compile('x = 1', 'f', 'exec'))", "eval('1 +')");

    @TestFactory
    Stream<DynamicTest> numbers() {
        return CPythonCases.compare("", NUMBERS);
    }

    @TestFactory
    Stream<DynamicTest> iteration() {
        return CPythonCases.compare("", ITERATION);
    }

    @TestFactory
    Stream<DynamicTest> namespaces() {
        return CPythonCases.compare("import sys", NAMESPACES);
    }

    @TestFactory
    Stream<DynamicTest> code() {
        return CPythonCases.compare("import sys", CODE);
    }

    @TestFactory
    Stream<DynamicTest> runningCode() {
        Assumptions.assumeTrue(CPythonCases.compilerAvailable(), "the compiler is not there");
        return CPythonCases.compare("import sys", RUNNING_CODE);
    }
}
