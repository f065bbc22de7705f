package dev.krait.unicode;

/**
 * The four Unicode normalization forms that {@code unicodedata.normalize} and
 * {@code unicodedata.is_normalized} accept, by their Python names.
 */
public enum NormalizationForm {
    /** Canonical decomposition, then canonical composition. */
    NFC,
    /** Canonical decomposition. */
    NFD,
    /** Compatibility decomposition, then canonical composition (identifiers use this). */
    NFKC,
    /** Compatibility decomposition. */
    NFKD;

    /** The form called {@code name} in Python, or {@code null} ("invalid normalization form"). */
    public static NormalizationForm named(String name) {
        for (NormalizationForm form : values()) {
            if (form.name().equals(name)) {
                return form;
            }
        }
        return null;
    }
}
