package dev.krait.cpythontests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compares a run with the expectations: a test the expectations say works (it is not listed, and
 * works in CPython's baseline) that no longer works is a regression, and fails the build; a test
 * listed as not working that now works is an improvement, reported so that
 * {@code --update-expectations} can record it. So passing tests are never lost, and the list of
 * non-passing tests only shrinks.
 */
final class Ratchet {
    private Ratchet() {}

    /**
     * The comparison's findings, one human-readable line each; {@code unchecked} names the modules
     * that have no expectations and were not required to (a full run's modules beyond the CI
     * selection, until their expectations are recorded).
     */
    record Report(List<String> regressions, List<String> improvements, List<String> unchecked) {
        boolean passed() {
            return regressions.isEmpty();
        }
    }

    /** Compares every module of {@code results}, each of which must have its expectations. */
    static Report compare(List<ModuleResult> results, Path expectationsDir, Baseline baseline) {
        return compare(results, expectationsDir, baseline, null);
    }

    /**
     * Compares {@code results}; a module without expectations is a regression when it is in
     * {@code required} (null: every module), and is listed as unchecked otherwise.
     */
    static Report compare(List<ModuleResult> results, Path expectationsDir, Baseline baseline,
            Set<String> required) {
        List<String> regressions = new ArrayList<>();
        List<String> improvements = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (ModuleResult r : results) {
            Expectations e = Expectations.read(expectationsDir, r.module());
            Baseline.Module base = baseline.modules().get(r.module());
            if (e == null && required != null && !required.contains(r.module())) {
                unchecked.add(r.module());
                continue;
            }
            if (e == null) {
                regressions.add(r.module() + ": no expectations recorded (run bin/cpython-tests "
                        + "--update-expectations " + r.module() + ")");
                continue;
            }
            if (!e.moduleCompletes()) {
                if (r.completed()) {
                    improvements.add(r.module() + ": now runs to its end (was "
                            + e.moduleEntry().status() + ")");
                }
                continue;
            }
            if (!r.completed()) {
                regressions.add(r.module() + ": " + r.status() + " (" + describe(r.type(),
                        r.message()) + "), but it ran to its end before");
                continue;
            }
            Set<String> seen = new HashSet<>();
            for (TestResult t : r.tests()) {
                seen.add(t.id());
                Expectations.Entry listed = e.tests().get(t.id());
                TestStatus expected = listed != null ? TestStatus.of(listed.status())
                        : base == null ? TestStatus.PASSED
                        : base.tests().getOrDefault(t.id(), TestStatus.PASSED);
                if (t.status().isGood() && !expected.isGood()) {
                    improvements.add(t.id() + ": " + t.status().label() + " (expected "
                            + expected.label() + ")");
                } else if (!t.status().isGood() && expected.isGood()) {
                    regressions.add(t.id() + ": " + t.status().label() + " ("
                            + describe(t.type(), t.message()) + ")");
                }
            }
            if (base != null) {
                base.tests().forEach((id, status) -> {
                    if (status.isGood() && !seen.contains(id) && !e.tests().containsKey(id)) {
                        regressions.add(id + ": not run (CPython runs it)");
                    }
                });
            }
        }
        return new Report(regressions, improvements, unchecked);
    }

    private static String describe(String type, String message) {
        if (type == null) {
            return message == null ? "no message" : message;
        }
        return message == null || message.isEmpty() ? type : type + ": " + message;
    }
}
