/**
 * The numbers behind Krait's compatibility dashboards (issue 7). Readers for what the other
 * modules write — a CPython test suite run ({@code bin/cpython-tests --json}), CPython's cached
 * baseline, the expectations, benchmark runs, the differential corpus, the fuzz campaigns and
 * {@code docs/DIFFERENCES.md} — and the computations over them: pass rates per module and per
 * language area ({@link CompatReport}), the history kept in the repo ({@link History}), root-cause
 * clusters ({@link Clusters}) and the API-surface diff ({@link ApiSurface}).
 *
 * <p>CPython counterpart: none in CPython itself; the idea is RustPython's {@code whats_left} and
 * GraalPy's per-test tags, read as a report.
 */
package dev.krait.compat;
