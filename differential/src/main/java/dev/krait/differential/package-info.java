/**
 * Differential testing: CPython 3.11 (the oracle) and Krait run on the same inputs, and what they
 * do is compared. The tests of this module run the installed standard library and the corpora
 * through it. CPython counterpart: none; this is how Krait checks itself against CPython.
 */
package dev.krait.differential;
