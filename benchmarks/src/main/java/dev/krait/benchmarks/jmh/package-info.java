/**
 * JMH microbenchmarks of Krait's hot paths, run by {@code benchmarks/jmh} (never by
 * {@code mvn verify}, which only compiles them). Today they cover the front end, the only part
 * that runs: decoding and tokenizing, and parsing to the AST, on standard-library files. The
 * evaluator's microbenchmarks (local and global variable access, attribute reads and writes,
 * calls with positional and keyword arguments, int and float arithmetic, dict get/set, generator
 * resume) come with the evaluator.
 *
 * <p>CPython counterpart: none; CPython's own microbenchmarks live in pyperformance and
 * {@code Tools/scripts/var_access_benchmark.py}.
 */
package dev.krait.benchmarks.jmh;
