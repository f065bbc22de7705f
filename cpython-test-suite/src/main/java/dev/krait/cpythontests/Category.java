package dev.krait.cpythontests;

/**
 * Why a test does not pass in Krait: the small fixed set of reasons the expectations use, so that
 * the dashboards can say how much is missing work, how much is a bug, and how much is CPython's
 * own implementation showing through.
 */
public enum Category {
    /** A native module (or one of its functions) that Krait does not have yet. */
    MISSING_NATIVE_MODULE("missing-native-module"),
    /** A Python feature Krait does not implement yet. */
    NOT_IMPLEMENTED("not-implemented"),
    /** The test checks CPython's implementation: refcounts, the C API, bytecode, memory layout. */
    CPYTHON_DETAIL("cpython-detail"),
    /** Krait behaves differently from CPython where it should not. */
    KRAIT_BUG("krait-bug");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Category of(String label) {
        for (Category c : values()) {
            if (c.label.equals(label)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category: " + label);
    }

    /**
     * Reasons that name CPython's implementation itself: test.support's {@code cpython_only} and
     * {@code impl_detail} skips, refcounts, the C API's test modules ({@code _testcapi},
     * {@code _testinternalcapi}, {@code _testbuffer} and its {@code ndarray}), C extension
     * loading, CPython's allocator and object reuse. A test skipped or failing for one of these
     * is not work Krait can do, whatever the exception that carried it.
     */
    private static final String[] CPYTHON_DETAIL_MARKS = {
        "implementation detail specific to cpython", "specific to cpython", "cpython only",
        "cpython_only", "requires cpython", "_testcapi", "_testinternalcapi", "_testbuffer",
        "ndarray object required", "getrefcount", "refcount", "dynamic loading support",
        "getallocatedblocks", "'xxsubtype' is internal",
    };

    /** Whether {@code text} (a skip reason or an error's message) names a CPython detail. */
    static boolean isCPythonDetail(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        for (String mark : CPYTHON_DETAIL_MARKS) {
            if (lower.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A first guess from the exception type and message, for a newly recorded non-pass. A
     * CPython detail comes first: a missing {@code _testcapi} is CPython's C API, not a native
     * module Krait should add.
     */
    static Category guess(String type, String message) {
        String text = message == null ? "" : message;
        if (isCPythonDetail(text)) {
            return CPYTHON_DETAIL;
        }
        if ("ModuleNotFoundError".equals(type) || text.contains("No module named")
                || ("ImportError".equals(type) && text.startsWith("cannot import name"))) {
            return MISSING_NATIVE_MODULE;
        }
        if ("NotImplementedError".equals(type)) {
            return NOT_IMPLEMENTED;
        }
        return KRAIT_BUG;
    }

    /**
     * Whether an entry's category reads as the guesser's rather than a person's choice, so that
     * a better rule may replace it: {@code krait-bug} is the default guess, and
     * {@code missing-native-module} over a bare "No module named" or "cannot import name" is
     * what the older rules said for {@code _testcapi}. A category chosen by hand (any other, or
     * one with a hand-written detail) stays.
     */
    static boolean reGuessable(Category category, String detail) {
        return category == KRAIT_BUG || (category == MISSING_NATIVE_MODULE && detail != null
                && (detail.contains("No module named") || detail.contains("cannot import name")));
    }

    /**
     * The category an existing entry should have now: CPython's detail when its detail names
     * one and its category was only a guess, else the category it has.
     */
    static Category recategorise(Category category, String detail) {
        return reGuessable(category, detail) && isCPythonDetail(detail) ? CPYTHON_DETAIL
                : category;
    }
}
