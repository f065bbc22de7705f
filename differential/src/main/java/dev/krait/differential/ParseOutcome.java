package dev.krait.differential;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What parsing one source gave, in the same shape for CPython and for Krait so that the two
 * compare with {@code equals}: either the {@code ast.dump} text, or the exception raised (type
 * name, message and, for the SyntaxError family, its position; 0 where the exception carries
 * none).
 *
 * <p>In digest mode ({@link CPythonOracle#parseDigest}, {@link #digested()}) the {@code dump} field
 * holds the SHA-256 of the dump's UTF-8 bytes in lower-case hex instead of the text: big files
 * compare cheaply, and the full text is fetched only when the digests differ.
 */
public record ParseOutcome(String dump, String errorType, String message, int lineno, int offset,
        int endLineno, int endOffset) {

    public static ParseOutcome parsed(String dump) {
        return new ParseOutcome(dump, null, null, 0, 0, 0, 0);
    }

    public boolean isParsed() {
        return dump != null;
    }

    /** The same outcome with the dump replaced by its digest; an error stays as it is. */
    public ParseOutcome digested() {
        return isParsed() ? parsed(sha256Hex(dump)) : this;
    }

    /** One line for test messages: the exception as CPython's traceback ends, with positions. */
    public String describe() {
        if (isParsed()) {
            return "parsed";
        }
        return errorType + ": " + message + " (lineno=" + lineno + ", offset=" + offset
                + ", end_lineno=" + endLineno + ", end_offset=" + endOffset + ")";
    }

    /** SHA-256 of the text's UTF-8 bytes in hex, as the CPython helper computes it. */
    public static String sha256Hex(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
