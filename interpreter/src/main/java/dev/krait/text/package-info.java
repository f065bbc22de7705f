/**
 * CPython's text algorithms for numbers and strings, in plain Java with no Python objects: what
 * the built-in types int, float, complex and str need to turn values into text and back.
 *
 * <ul>
 *   <li>{@link dev.krait.text.Repr}: {@code repr} of float, complex, str, bytes.</li>
 *   <li>{@link dev.krait.text.DecimalDigits}, {@link dev.krait.text.DoubleToString}: a double's
 *       decimal digits (shortest, or correctly rounded) laid out in C's e/f/g/r styles
 *       (Python/dtoa.c, Python/pystrtod.c).</li>
 *   <li>{@link dev.krait.text.FormatSpec}, {@link dev.krait.text.BuiltinFormat},
 *       {@code NumberLayout}: {@code format()} and the format-spec mini-language
 *       (Python/formatter_unicode.c).</li>
 *   <li>{@link dev.krait.text.PercentFormat}, {@link dev.krait.text.PercentConversion}: the
 *       {@code str % args} operator (Objects/unicodeobject.c {@code PyUnicode_Format}).</li>
 *   <li>{@link dev.krait.text.FormatMarkup}, {@link dev.krait.text.FieldName}: the markup of
 *       {@code str.format} (Objects/stringlib/unicode_format.h).</li>
 *   <li>{@link dev.krait.text.IntText}, {@link dev.krait.text.FloatText},
 *       {@link dev.krait.text.FloatHex}, {@link dev.krait.text.NumberRounding}: {@code int(str)},
 *       {@code str(int)}, {@code float(str)}, {@code float.hex}/{@code fromhex}, {@code round},
 *       {@code as_integer_ratio} (Objects/longobject.c, Objects/floatobject.c).</li>
 *   <li>{@link dev.krait.text.DecimalToDouble}: decimal text to the nearest double, for
 *       {@code float(str)}, float literals and {@code json} (Python/dtoa.c
 *       {@code _Py_dg_strtod}).</li>
 * </ul>
 *
 * <p>Errors are {@link dev.krait.text.TextFormatError}s naming the Python exception type and
 * carrying CPython's message; the evaluator raises the Python exception from them.
 */
package dev.krait.text;
