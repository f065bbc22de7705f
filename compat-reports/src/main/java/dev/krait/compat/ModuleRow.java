package dev.krait.compat;

import java.util.List;
import java.util.Map;

/**
 * One test module's line in the dashboards: its area, how it ended in Krait and in CPython, the
 * pass counts the rate is made of, the reasons, the change since the previous run, and its tests.
 *
 * @param kraitPasses tests that pass in Krait among those that pass in CPython (the numerator)
 * @param kraitGood tests that pass in Krait, whatever CPython did (shown without a baseline)
 * @param cpythonPasses tests that pass in CPython (the denominator); -1 without a baseline
 * @param previousKraitPasses the numerator in the previous recorded run, or -1 if none
 * @param statusCounts Krait's statuses over the module's tests
 * @param categoryCounts the expectations' reason categories over its non-passing tests
 */
public record ModuleRow(String module, String area, String kraitStatus, String kraitMessage,
        String cpythonStatus, int kraitPasses, int kraitGood, int cpythonPasses, int tests,
        int previousKraitPasses, Map<String, Integer> statusCounts,
        Map<String, Integer> categoryCounts, List<TestRow> testRows) {

    /** The stdlib module the test module is about ({@code test_json} → {@code json}). */
    public String stdlibName() {
        return module.startsWith("test_") ? module.substring(5) : module;
    }

    /** Whether CPython's baseline knows the module, so that the rate is defined. */
    public boolean hasBaseline() {
        return cpythonPasses >= 0;
    }

    /** Krait passes ÷ CPython passes, or NaN without a baseline or with no CPython pass. */
    public double rate() {
        return cpythonPasses > 0 ? (double) kraitPasses / cpythonPasses : Double.NaN;
    }

    /** The change of the numerator since the previous run; 0 when there is no previous run. */
    public int change() {
        return previousKraitPasses < 0 ? 0 : kraitPasses - previousKraitPasses;
    }

    /** Whether the module imported and ran in Krait. */
    public boolean imported() {
        return "ok".equals(kraitStatus);
    }
}
