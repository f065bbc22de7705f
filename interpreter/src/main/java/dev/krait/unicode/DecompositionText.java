package dev.krait.unicode;

import java.util.Arrays;

/**
 * The decomposition mapping of each character as {@code unicodedata.decomposition} prints it
 * (hex code points, with a {@code <tag>} for compatibility mappings). Only the future
 * {@code unicodedata} module asks for it, so it has its own file, {@code decomposition.gz},
 * read on first use; normalization uses the expanded decompositions of {@link Normalization}.
 * CPython counterpart: {@code Modules/unicodedata.c} unicodedata_UCD_decomposition_impl.
 */
final class DecompositionText {
    private DecompositionText() {}

    /** Sorted code points and their decomposition texts, read when first needed. */
    static final class Data {
        private Data() {}

        static final int[] KEYS;
        static final String[] TEXTS;

        static {
            try (TableInput in = TableInput.open("decomposition")) {
                KEYS = new int[in.i32()];
                TEXTS = new String[KEYS.length];
                for (int i = 0; i < KEYS.length; i++) {
                    KEYS[i] = in.i32();
                    TEXTS[i] = in.text();
                }
            }
        }
    }

    /** {@code unicodedata.decomposition(chr(cp))}: "" where there is none. */
    static String of(int cp) {
        int at = Arrays.binarySearch(Data.KEYS, cp);
        return at < 0 ? "" : Data.TEXTS[at];
    }
}
