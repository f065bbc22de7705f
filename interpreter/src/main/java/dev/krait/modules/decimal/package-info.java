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
 *   <li>{@code PyDecimal} (data, construction, operators), {@code DecimalMethods} (named
 *       methods), {@code DecimalConstruct} (str/int/float/tuple), {@code DecimalText}
 *       (to-sci/eng-string), {@code Digits} (digit counts, powers of ten);</li>
 *   <li>{@code Calc} (one operation's status word), {@code Rounding} (the eight modes,
 *       fitting a result into a context), {@code Arithmetic} (+ - * / // % divmod,
 *       quantize), {@code Unary} (plus, minus, abs, to-integral), {@code Comparison}
 *       (ordering, mixed-type comparisons, hashing);</li>
 *   <li>{@code PyDecContext} and {@code ContextMethods} (Context), {@code PySignalDict}
 *       (flags/traps), {@code Signals} (condition bits, the exception classes),
 *       {@code PyContextManager} and {@code DecimalModule} (getcontext, setcontext,
 *       localcontext over a context variable).</li>
 * </ul>
 *
 * <h2>What remains (in order)</h2>
 * <ol>
 *   <li>Operations: {@code __pow__}/{@code power} (exact integer powers and correctly
 *       rounded non-integer powers), {@code sqrt}, {@code exp}, {@code ln}, {@code log10},
 *       {@code logb}, {@code fma}, {@code remainder_near}, {@code normalize},
 *       {@code max}/{@code min}(_mag), {@code compare_signal}, {@code compare_total}(_mag),
 *       {@code next_minus}/{@code next_plus}/{@code next_toward}, {@code number_class},
 *       {@code logical_and/or/xor/invert}, {@code shift}, {@code rotate}, {@code scaleb},
 *       and the Context methods of each; {@code Context._apply}, {@code Context.is_*}.</li>
 *   <li>{@code __format__} (the format-spec mini-language with fill, alignment, grouping,
 *       the 'n' type over locale data), {@code __sizeof__}.</li>
 *   <li>Speed: a {@code long} coefficient for values below 10**18 with BigInteger only on
 *       overflow, and caching the current context per thread (the ContextVar lookup of
 *       each operator).</li>
 *   <li>Then: run CPython's test_decimal with the module under a test name, compare the
 *       pass count with {@code _pydecimal}'s, add the registration annotation, drop the
 *       census line in differential/census/known-gaps.txt and record the speed-up.</li>
 * </ol>
 */
package dev.krait.modules.decimal;
