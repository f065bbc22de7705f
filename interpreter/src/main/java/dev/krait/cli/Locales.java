package dev.krait.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether CPython would find itself in the C locale, which turns UTF-8 mode on (PEP 540). CPython
 * asks the C library ({@code setlocale(LC_CTYPE, "")}, then the name it got); Java cannot, so this
 * repeats the C library's choice: the first non-empty of LC_ALL, LC_CTYPE and LANG names the
 * locale, and a locale that is not installed leaves the C library in "C".
 *
 * <p>"Installed" is judged as glibc does for the common layout: a folder under
 * {@code /usr/lib/locale} (with the codeset normalized, "C.UTF-8" to "C.utf8"), or any name when a
 * {@code locale-archive} exists (whose contents are not read here; see docs/DIFFERENCES.md).
 *
 * <p>CPython counterpart: Python/preconfig.c {@code preconfig_init_utf8_mode}.
 */
final class Locales {
    private static final Path LOCALE_DIR = Path.of("/usr/lib/locale");

    private Locales() {}

    /** True if LC_CTYPE would be the "C" or "POSIX" locale under environment {@code env}. */
    static boolean ctypeIsC(Map<String, String> env) {
        String name = firstSet(env, "LC_ALL", "LC_CTYPE", "LANG");
        if (name == null || name.equals("C") || name.equals("POSIX")) {
            return true;
        }
        return !installed(name);
    }

    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                return value;
            }
        }
        return null;
    }

    private static boolean installed(String name) {
        if (name.contains("/") || name.startsWith(".")) {
            return false; // glibc refuses locale names that look like paths
        }
        try {
            if (Files.exists(LOCALE_DIR.resolve("locale-archive"))
                    || Files.isDirectory(LOCALE_DIR.resolve(name))
                    || Files.isDirectory(LOCALE_DIR.resolve(normalizeCodeset(name)))) {
                return true;
            }
        } catch (RuntimeException e) {
            return false; // an unreadable name is not an installed locale
        }
        // glibc 2.35 and later build C.UTF-8 in.
        return normalizeCodeset(name).equals("C.utf8");
    }

    /**
     * glibc's spelling of a codeset in a locale's folder name: lower case letters and digits
     * only ("UTF-8" becomes "utf8"); the language and modifier are kept.
     */
    private static String normalizeCodeset(String name) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return name;
        }
        int at = name.indexOf('@', dot);
        String codeset = at < 0 ? name.substring(dot + 1) : name.substring(dot + 1, at);
        String modifier = at < 0 ? "" : name.substring(at);
        StringBuilder normalized = new StringBuilder();
        for (char c : codeset.toCharArray()) {
            if (Character.isLetterOrDigit(c) && c < 128) {
                normalized.append(Character.toLowerCase(c));
            }
        }
        return name.substring(0, dot) + "." + normalized.toString().toLowerCase(Locale.ROOT)
                + modifier;
    }
}
