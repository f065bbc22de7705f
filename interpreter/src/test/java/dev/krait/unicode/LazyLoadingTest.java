package dev.krait.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Start-up never pays for the tables: ASCII questions (identifiers, printability, NFKC of ASCII
 * text, case mappings, digit values) read no table, and a non-ASCII question reads only the
 * table it needs. A fresh JVM runs {@link #main} with class-load logging, and the holder classes
 * that read the files must (not) appear.
 */
class LazyLoadingTest {
    private static final String PROPERTIES = "dev.krait.unicode.CharProperties$Table";
    private static final String NORMALIZATION = "dev.krait.unicode.Normalization$Data";
    private static final String NAMES = "dev.krait.unicode.CharacterNames$Data";
    private static final List<String> OTHERS = List.of("dev.krait.unicode.CaseMapping$Data",
            "dev.krait.unicode.NumericValues$Data");

    /** Asks ASCII questions, prints a marker, then asks for one non-ASCII identifier class. */
    public static void main(String[] args) {
        boolean all = true;
        for (int cp = 0; cp < 128; cp++) {
            all &= UnicodeData.isXidContinue(cp) | !UnicodeData.isXidStart(cp);
            all &= UnicodeData.isPrintable(cp) || cp < ' ' || cp == 0x7f;
            StringBuilder mapped = new StringBuilder();
            UnicodeData.appendLower(cp, mapped);
            UnicodeData.appendUpper(cp, mapped);
            UnicodeData.appendTitle(cp, mapped);
            UnicodeData.appendCasefold(cp, mapped);
            all &= mapped.length() == 4;
            all &= UnicodeData.decimal(cp) == UnicodeData.digit(cp)
                    && (UnicodeData.decimal(cp) >= 0) == !Double.isNaN(UnicodeData.numeric(cp));
        }
        all &= UnicodeData.normalizeNfkc("ascii_only_identifier").equals("ascii_only_identifier");
        System.out.println("ASCII-DONE " + all);
        System.out.println("XID " + UnicodeData.isXidStart(0x00e9));
    }

    @Test
    void asciiReadsNoTableAndNonAsciiReadsOnlyItsOwn() throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(List.of(java, "-Xlog:class+load=info", "-cp",
                System.getProperty("java.class.path"), LazyLoadingTest.class.getName()))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), output);
        int marker = output.indexOf("ASCII-DONE true");
        assertTrue(marker > 0, output);
        String before = output.substring(0, marker);
        String after = output.substring(marker);
        assertFalse(before.contains(PROPERTIES) || before.contains(NORMALIZATION)
                || before.contains(NAMES) || OTHERS.stream().anyMatch(before::contains),
                "a table was read for ASCII questions");
        assertTrue(after.contains(PROPERTIES), "the properties table was not read for U+00E9");
        assertFalse(after.contains(NORMALIZATION) || after.contains(NAMES),
                "tables other than properties were read for U+00E9");
        assertTrue(after.contains("XID "), output);
    }
}
