/**
 * CPython's own test suite run in Krait: {@link dev.krait.cpythontests.SuiteCommand} (the
 * {@code bin/cpython-tests} command) hands test modules to worker JVMs
 * ({@link dev.krait.cpythontests.Worker}), each module in a fresh interpreter, and reads what the
 * harness ({@code cpython-test-suite/harness/krait_test_harness.py}, the same file CPython runs for
 * the baseline) recorded per test; {@link dev.krait.cpythontests.Expectations} holds what we expect
 * of each test, beside the runner, since CPython's test files are never edited.
 *
 * <p>CPython counterpart: Lib/test/libregrtest (regrtest), whose loading and defaults the harness
 * follows.
 */
package dev.krait.cpythontests;
