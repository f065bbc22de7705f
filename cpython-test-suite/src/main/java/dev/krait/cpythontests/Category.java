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

    /** A first guess from the exception type and message, for a newly recorded non-pass. */
    static Category guess(String type, String message) {
        String text = message == null ? "" : message;
        if ("ModuleNotFoundError".equals(type) || text.contains("No module named")
                || ("ImportError".equals(type) && text.startsWith("cannot import name"))) {
            return MISSING_NATIVE_MODULE;
        }
        if ("NotImplementedError".equals(type)) {
            return NOT_IMPLEMENTED;
        }
        if (text.contains("_testcapi") || text.contains("_testinternalcapi")
                || text.contains("refcount") || text.contains("cpython_only")
                || text.contains("requires CPython") || text.contains("CPython only")) {
            return CPYTHON_DETAIL;
        }
        return KRAIT_BUG;
    }
}
