package dev.krait.benchmarks.jmh;

import dev.krait.compiler.Compiler;
import dev.krait.objects.Ops;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluator's hot paths, warm: each case is a Python function whose loop does one kind of
 * work {@value #LOOP} times (a local variable read and write, an attribute read, a call with
 * keyword arguments ...), and the score is nanoseconds per iteration of that loop. The loop's own
 * cost (a {@code for} over {@code range}, one store) is in every score; the {@code loop} case
 * measures it alone, so the difference from it is the cost of the operation.
 *
 * <p>These are the operations the benchmark programs ({@code benchmarks/programs}) spend their
 * time in; a change to a node or an object's fast path shows here first, and without a whole
 * process around it. Run with {@code benchmarks/jmh Evaluator} (see docs/PERFORMANCE.md).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xss16m", "-XX:+UseSerialGC",
    "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "--enable-native-access=ALL-UNNAMED"})
public class EvaluatorBenchmark {
    static final int LOOP = 1000;

    /** The cases: each a body for {@code for i in range(LOOP):}, with its set-up code. */
    private static final Map<String, String[]> CASES = Map.ofEntries(
            Map.entry("loop", new String[] {"", "t = i"}),
            Map.entry("local", new String[] {"", "x = i; y = x; t = y"}),
            Map.entry("global", new String[] {"G = 3", "t = G"}),
            Map.entry("attr_read", new String[] {
                "class C:\n    def __init__(self): self.a = 1\no = C()", "t = o.a"}),
            Map.entry("attr_write", new String[] {
                "class C:\n    def __init__(self): self.a = 1\no = C()", "o.a = i"}),
            Map.entry("method_call", new String[] {
                "class C:\n    def m(self, x): return x\no = C()", "t = o.m(i)"}),
            Map.entry("call_positional", new String[] {
                "def f(a, b, c=3): return a", "t = f(i, 2)"}),
            Map.entry("call_keyword", new String[] {
                "def f(a, b, c=3): return a", "t = f(a=i, c=2, b=1)"}),
            Map.entry("int_arith", new String[] {"", "t = (i * 3 + 7) // 2 & 1023"}),
            Map.entry("float_arith", new String[] {"x = 1.5", "t = x * 0.5 + i / 4.0"}),
            Map.entry("dict_str", new String[] {"d = {'k': 1, 'j': 2}", "d['k'] = i; t = d['j']"}),
            Map.entry("dict_int", new String[] {"d = {}", "d[i & 63] = i; t = d[i & 31]"}),
            Map.entry("generator_resume", new String[] {
                "def g():\n    while True:\n        yield 1\nit = g()", "t = next(it)"}));

    @Param({"loop", "local", "global", "attr_read", "attr_write", "method_call",
        "call_positional", "call_keyword", "int_arith", "float_arith", "dict_str", "dict_int",
        "generator_resume"})
    public String operation;

    private PyObject bench;

    @Setup(Level.Trial)
    public void compile() {
        String[] c = CASES.get(operation);
        String source = c[0] + "\ndef bench():\n    t = None\n    for i in range(" + LOOP + "):\n"
                + "        " + c[1] + "\n    return t\n";
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        PyDict globals = new PyDict();
        globals.setItem(PyStr.of("__name__"), PyStr.of("__bench__"));
        interp.exec(Compiler.compile(Parser.parse(source, "<bench>", Parser.Mode.EXEC),
                "<bench>", Parser.Mode.EXEC), globals, globals);
        bench = globals.getItem(PyStr.of("bench"));
    }

    /** One call of {@code bench()}: {@value #LOOP} iterations of the case's loop. */
    @Benchmark
    @OperationsPerInvocation(LOOP)
    public PyObject run() {
        return Ops.call(bench);
    }
}
