package dev.krait.site;

import java.util.Locale;

/**
 * How the pages write numbers, rates, changes and statuses, in one place so that every page
 * writes them alike. Called from the templates.
 */
public final class Fmt {
    private Fmt() {}

    /** A rate as a percentage with one decimal ({@code 73.4%}), or an em dash when undefined. */
    public static String percent(double rate) {
        return Double.isNaN(rate) ? "—" : String.format(Locale.ROOT, "%.1f%%", rate * 100);
    }

    /** A plain number: integers without decimals, others with up to two. */
    public static String number(double v) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%.0f" : "%.2f", v);
    }

    /** A ratio of times ({@code 12.3×}), or an em dash. */
    public static String ratio(Double r) {
        return r == null || r.isNaN() ? "—" : String.format(Locale.ROOT,
                r >= 100 ? "%.0f×" : r >= 10 ? "%.1f×" : "%.2f×", r);
    }

    /** A change in passes: {@code +3}, {@code −2}, or an empty string for none. */
    public static String change(int delta) {
        return delta > 0 ? "+" + delta : delta < 0 ? "−" + (-delta) : "";
    }

    /** The CSS class of a change. */
    public static String changeClass(int delta) {
        return delta > 0 ? "up" : delta < 0 ? "down" : "";
    }

    /** The CSS class of a test or module status. */
    public static String statusClass(String status) {
        if (status == null) {
            return "st-unknown";
        }
        return switch (status) {
            case "passed", "expected-failure", "ok" -> "st-good";
            case "skipped" -> "st-skip";
            case "failed", "unexpected-success" -> "st-fail";
            default -> "st-error";
        };
    }

    /** The file name of a module's page. */
    public static String modulePage(String module) {
        return "module-" + module.replaceAll("[^A-Za-z0-9_.-]", "_") + ".html";
    }

    /** A sort key for a rate cell: undefined rates sort below every defined one. */
    public static String rateKey(double rate) {
        return Double.isNaN(rate) ? "-1" : String.format(Locale.ROOT, "%.6f", rate);
    }

    /** The first ten characters of a commit, or a question mark. */
    public static String commit(String commit) {
        return commit == null ? "?" : commit.substring(0, Math.min(10, commit.length()));
    }

    /** The day of an ISO date-time ({@code 2026-11-26}), or a question mark. */
    public static String day(String iso) {
        return iso == null || iso.length() < 10 ? "?" : iso.substring(0, 10);
    }

    /** An ISO date-time cut to minutes, in UTC as written ({@code 2026-11-26 12:40}). */
    public static String date(String iso) {
        if (iso == null) {
            return "?";
        }
        String s = iso.replace('T', ' ');
        return s.length() > 16 ? s.substring(0, 16) : s;
    }
}
