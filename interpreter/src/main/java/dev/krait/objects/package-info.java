/**
 * The object model: one Java class per Python type ({@code PyInt} is {@code int}), each with its
 * Python methods as {@link dev.krait.objects.Exposed} Java methods under their Python names, and
 * the abstract protocol that the evaluator and the builtins share: {@link dev.krait.objects.Ops}
 * (calls, comparison, truth, repr, hashing), {@link dev.krait.objects.Numbers} (operators),
 * {@link dev.krait.objects.Containers} (len, subscription, in), {@link dev.krait.objects.Iteration}
 * and {@link dev.krait.objects.Attributes} (attribute access). This is the bottom layer of the runtime:
 * it knows nothing of the evaluator, which reaches function bodies through
 * {@link dev.krait.objects.PyCode.Invoker}.
 *
 * <p>CPython counterpart: Objects/ (one file per type) and Include/abstract.h.
 */
package dev.krait.objects;
