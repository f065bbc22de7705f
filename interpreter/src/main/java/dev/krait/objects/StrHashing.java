package dev.krait.objects;

/**
 * The hash of a str. CPython's is SipHash-1-3 over its PEP 393 representation, keyed per
 * interpreter by PYTHONHASHSEED.
 */
final class StrHashing {
    private StrHashing() {}

    static long hash(PyStr s) {
        if (s.value.isEmpty()) {
            return 0;
        }
        long h = s.value.hashCode() * 0x9E3779B97F4A7C15L;
        return h == -1 ? -2 : h;
    }
}
