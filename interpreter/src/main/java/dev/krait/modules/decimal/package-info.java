/**
 * The {@code _decimal} module in Java: exact decimal floating-point arithmetic after the
 * General Decimal Arithmetic specification, the accelerator that CPython writes in C over
 * libmpdec and that {@code decimal.py} imports before falling back to {@code _pydecimal}.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c and its libmpdec.
 *
 * <h2>Status: not registered yet</h2>
 * {@link dev.krait.modules.decimal.DecimalModule} has no {@code @NativeModule.Register}
 * annotation on purpose: a partial {@code _decimal} would replace the complete
 * {@code _pydecimal}. The annotation is added once CPython's test_decimal passes at least as
 * many tests with this module as with {@code _pydecimal}. Until then
 * {@code DecimalCasesTest} creates the module directly and compares it, case by case, with
 * CPython's C module.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code PyDecimal} (data, construction, operators), {@code DecimalMethods} (queries,
 *       quantize, integral values), {@code DecimalOperations} (the other named operations),
 *       {@code DecimalConstruct} (str/int/float/tuple), {@code DecimalText}
 *       (to-sci/eng-string), {@code Digits} (digit counts, powers of ten);</li>
 *   <li>{@code Calc} (one operation's status word), {@code Rounding} (the eight modes,
 *       fitting a result into a context), {@code Arithmetic} (+ - * / // % divmod, fma,
 *       remainder_near, quantize), {@code Unary} (plus, minus, abs, to-integral),
 *       {@code Comparison} (ordering, mixed-type comparisons, hashing), {@code Ordering}
 *       (total order, max/min), {@code Neighbours} (next_*, normalize, number_class, logb,
 *       scaleb), {@code DigitWise} (shift, rotate, logical_*), {@code Transcendental} and
 *       {@code LogExpKernels} (sqrt, exp, ln, log10, correctly rounded);</li>
 *   <li>{@code PyDecContext}, {@code ContextMethods} and {@code ContextOperations} (Context),
 *       {@code PySignalDict} (flags/traps), {@code Signals} (condition bits, the exception
 *       classes), {@code PyContextManager} and {@code DecimalModule} (getcontext,
 *       setcontext, localcontext over a context variable).</li>
 * </ul>
 *
 * <h2>What remains (in order)</h2>
 * <ol>
 *   <li>{@code __format__}: libmpdec's {@code mpd_parse_fmt_str}/{@code mpd_qformat_spec}
 *       (fill, alignment, sign, 'z', grouping, precision under the context's rounding, the
 *       'n' type over localeconv, the override dict test_decimal passes). These are the six
 *       errors left in test_decimal's C classes (190 tests run with this module as
 *       {@code _decimal}: 1 failure, 6 errors, 11 skipped); the failure,
 *       test_rounding_strings_interned, needs Krait's compiler to intern identifier-like
 *       str constants as CPython's does.</li>
 *   <li>CPython's arithmetic test-data suite (CIBMTestCases, 143 tests over decimaltestdata)
 *       passes with this module (143 of 143); keep it passing as the speed work changes the
 *       code.</li>
 *   <li>Speed (the ledger round of benchmarks/fallbacks/decimal_ledger.py: 0.13-0.17 s CPU with
 *       this module, measured inside a JUnit JVM, against 0.97 s with _pydecimal and 0.02 s
 *       in CPython): a {@code long}
 *       coefficient below 10**18 with BigInteger only beyond, fewer allocations per
 *       operation, and the current context cached per thread instead of a ContextVar
 *       lookup per operator.</li>
 *   <li>Then: run the whole test_decimal with this module as {@code _decimal} (a meta-path
 *       finder in a test, as {@code DecimalCasesTest} injects it into sys.modules), compare
 *       the pass count with {@code _pydecimal}'s, add the registration annotation, drop the
 *       census line in differential/census/known-gaps.txt and record the speed-up in
 *       docs/PERFORMANCE.md.</li>
 * </ol>
 */
package dev.krait.modules.decimal;
