package dev.krait.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

/**
 * Seeded random inputs for robustness: raw bytes (biased towards what a tokenizer finds
 * interesting: ASCII punctuation, newlines, quotes, UTF-8 lead bytes, BOMs, coding cookies, NUL),
 * and soups of Python tokens. This stands in for Jazzer's coverage-guided search, which cannot
 * instrument Java 25 class files (see fuzz/README.md); being seeded, every input is reproducible.
 */
public final class RandomInputs {
    /** Byte-order mark (as three Latin-1 chars, i.e. its UTF-8 bytes) and coding cookies. */
    private static final String[] PREFIXES = {"", "", "", "\u00ef\u00bb\u00bf",
        "# -*- coding: latin-1 -*-\n",
        "# coding: utf-8\n", "#!/usr/bin/env python\n# vim: set fileencoding=cp1252 :\n",
        "# coding: nonsense\n"};
    private static final byte[] INTERESTING = ("()[]{}:;,.'\"\\#@=+-*/%<>!&|^~\n\n\n\t    \r\f"
            + "0123456789abcdefxjeEoObBrRuUf_ ").getBytes(StandardCharsets.US_ASCII);

    private RandomInputs() {}

    /** Random bytes, as ISO-8859-1 text (one char per byte) so that it prints and reduces. */
    public static String bytes(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(PREFIXES[random.nextInt(PREFIXES.length)]);
        for (int n = random.nextInt(200); n > 0; n--) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                sb.append((char) INTERESTING[random.nextInt(INTERESTING.length)]);
            } else if (kind < 8) {
                sb.append((char) (0x20 + random.nextInt(0x5f)));
            } else if (kind < 9) {
                sb.append((char) (0x80 + random.nextInt(0x80)));
            } else {
                sb.append((char) random.nextInt(0x20));
            }
        }
        return sb.toString();
    }

    /** A soup of Python tokens and fragments, as text. */
    public static String tokenSoup(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int n = random.nextInt(60); n > 0; n--) {
            sb.append(Mutator.TOKENS.get(random.nextInt(Mutator.TOKENS.size())));
            if (random.nextInt(3) == 0) {
                sb.append(' ');
            }
        }
        return sb.toString();
    }
}
