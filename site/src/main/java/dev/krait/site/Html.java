package dev.krait.site;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML text helpers for what the templates cannot escape themselves: text inside generated SVG,
 * and the Markdown of {@code docs/DIFFERENCES.md} (code spans, bold, links), rendered to HTML with
 * everything else escaped.
 */
public final class Html {
    private static final Pattern INLINE = Pattern.compile(
            "`([^`]+)`|\\*\\*([^*]+)\\*\\*|\\[([^\\]]+)\\]\\(([^)]+)\\)");

    private Html() {}

    /** {@code s} with the five HTML-special characters escaped. */
    public static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * The inline Markdown {@code md} as HTML: code spans, bold and link text (links are shown as
     * their text: their targets are repo paths that do not exist on the site); the rest escaped.
     */
    public static String markdown(String md) {
        StringBuilder sb = new StringBuilder();
        Matcher m = INLINE.matcher(md == null ? "" : md);
        int at = 0;
        while (m.find()) {
            sb.append(escape(md.substring(at, m.start())));
            if (m.group(1) != null) {
                sb.append("<code>").append(escape(m.group(1))).append("</code>");
            } else if (m.group(2) != null) {
                sb.append("<strong>").append(escape(m.group(2))).append("</strong>");
            } else {
                sb.append(escape(m.group(3)));
            }
            at = m.end();
        }
        return sb.append(escape(md == null ? "" : md.substring(at))).toString();
    }

    /** Paragraphs of inline Markdown, split at blank lines. */
    public static String paragraphs(String md) {
        StringBuilder sb = new StringBuilder();
        for (String p : md.split("\\n\\s*\\n")) {
            if (!p.isBlank()) {
                sb.append("<p>").append(markdown(p.replace('\n', ' '))).append("</p>");
            }
        }
        return sb.toString();
    }
}
