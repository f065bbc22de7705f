package dev.krait.differential;

/**
 * Shows where two long texts (typically {@code ast.dump} outputs of whole files) first differ:
 * one line each for CPython and Krait, cut around the first differing character, which is what a
 * reader needs to find the node at fault in a dump that may be megabytes long.
 */
public final class TextDiff {
    private TextDiff() {}

    /** The region around the first difference, or {@code null} when the texts are equal. */
    public static String firstDifference(String cpython, String krait, int context) {
        int n = Math.min(cpython.length(), krait.length());
        int i = 0;
        while (i < n && cpython.charAt(i) == krait.charAt(i)) {
            i++;
        }
        if (i == n && cpython.length() == krait.length()) {
            return null;
        }
        int from = Math.max(0, i - context);
        return "first difference at character " + i + ":\n"
                + "  CPython: " + cut(cpython, from, i + context) + "\n"
                + "  Krait:   " + cut(krait, from, i + context);
    }

    private static String cut(String text, int from, int to) {
        String region = text.substring(Math.min(from, text.length()), Math.min(to, text.length()));
        return (from > 0 ? "..." : "") + region + (to < text.length() ? "..." : "");
    }
}
