/**
 * The {@code _decimal} module in Java: exact decimal floating-point arithmetic after the
 * General Decimal Arithmetic specification, the accelerator that CPython writes in C over
 * libmpdec and that {@code decimal.py} imports before falling back to {@code _pydecimal}.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c and its libmpdec.
 *
 * <h2>Status: registered (session 10)</h2>
 * {@link dev.krait.modules.decimal.DecimalModule} is {@code _decimal}, so {@code decimal}
 * runs it instead of {@code _pydecimal}. CPython's test_decimal: 695 of the 706 tests that
 * pass in CPython pass (371 with {@code _pydecimal}, when the C classes were skipped);
 * Decimal, Context and {@code localcontext} have CPython's {@code __text_signature__}
 * (session 23: {@code localcontext(ctx=None, **kwargs)}). {@code DecimalCasesTest}
 * compares 49,451 cases with CPython's C module, {@code __format__} included.
 *
 * <h2>Layout</h2>
 * <ul>
 *   <li>{@code PyDecimal} (data, construction, operators), {@code DecimalMethods} (queries,
 *       quantize, integral values), {@code DecimalOperations} (the other named operations),
 *       {@code DecimalConstruct} (str/int/float/tuple), {@code DecimalText}
 *       (to-sci/eng-string), {@code FormatSpec} and {@code DecimalFormatting}
 *       ({@code __format__}), {@code Digits} (digit counts, powers of ten);</li>
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
 *   <li>Speed (the ledger round of benchmarks/fallbacks/decimal_ledger.py, CPU s, medians of
 *       3: 0.15 s steady with this module against 0.84 s on {@code _pydecimal} and 0.02 s in
 *       CPython; whole process 2.2 s against 7.6 s and 0.15 s; docs/PERFORMANCE.md, "decimal
 *       in Java, session 10"): a {@code long} coefficient below 10**18 with BigInteger only
 *       beyond, fewer allocations per operation, and the current context cached per thread
 *       instead of a ContextVar lookup per operator.</li>
 *   <li>Keep CIBMTestCases (143 tests over decimaltestdata, all passing) passing as the speed
 *       work changes the code.</li>
 * </ol>
 */
package dev.krait.modules.decimal;
