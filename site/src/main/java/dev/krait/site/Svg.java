package dev.krait.site;

import java.util.List;
import java.util.Locale;

/**
 * The site's charts, drawn as inline SVG text: a trend line, a sparkline and a bar. Generated here
 * rather than by a charting library so that the pages need no script and no network to show them,
 * and print and scale cleanly. Every label passed in is escaped.
 */
public final class Svg {
    /** One point of a trend: its label (a commit, a date) and value. */
    public record Point(String label, double value) {}

    private Svg() {}

    /**
     * A line chart of {@code points} with values in [0, max], with a y axis in percent (when
     * {@code percent}) or plain numbers, and the first and last labels under the x axis.
     */
    public static String line(List<Point> points, double max, boolean percent, String title) {
        int w = 640;
        int h = 220;
        int left = 58;
        int right = 16;
        int top = 16;
        int bottom = 36;
        double plotW = w - left - right;
        double plotH = h - top - bottom;
        StringBuilder sb = new StringBuilder();
        sb.append("<svg class=\"chart\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title))
                .append("\"><title>").append(Html.escape(title)).append("</title>");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            double y = top + plotH - plotH * i / 4;
            sb.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" "
                    + "y1=\"%.1f\" y2=\"%.1f\"/><text class=\"axis\" x=\"%d\" y=\"%.1f\" "
                    + "text-anchor=\"end\">%s</text>", left, w - right, y, y, left - 6, y + 4,
                    percent ? Math.round(v * 100) + "%" : Fmt.number(v)));
        }
        if (points.isEmpty()) {
            sb.append("<text class=\"axis\" x=\"").append(w / 2).append("\" y=\"").append(h / 2)
                    .append("\" text-anchor=\"middle\">no data yet</text></svg>");
            return sb.toString();
        }
        StringBuilder path = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        int n = points.size();
        for (int i = 0; i < n; i++) {
            double x = left + (n == 1 ? plotW / 2 : plotW * i / (n - 1));
            double y = top + plotH - plotH * Math.min(points.get(i).value() / max, 1);
            path.append(i == 0 ? "M" : " L").append(String.format(Locale.ROOT, "%.1f %.1f", x, y));
            dots.append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" "
                    + "r=\"3.5\"><title>%s: %s</title></circle>", x, y,
                    Html.escape(points.get(i).label()), percent
                            ? Fmt.percent(points.get(i).value())
                            : Fmt.number(points.get(i).value())));
        }
        sb.append("<path class=\"trend\" d=\"").append(path).append("\"/>").append(dots);
        sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\">%s</text>",
                left, h - 12, Html.escape(points.getFirst().label())));
        if (n > 1) {
            sb.append(String.format(Locale.ROOT, "<text class=\"axis\" x=\"%d\" y=\"%d\" "
                    + "text-anchor=\"end\">%s</text>", w - right, h - 12,
                    Html.escape(points.getLast().label())));
        }
        return sb.append("</svg>").toString();
    }

    /** A small inline line of {@code values} (in [0, max]) for a table cell or a heading. */
    public static String sparkline(List<Double> values, double max, String title) {
        int w = 120;
        int h = 28;
        StringBuilder sb = new StringBuilder("<svg class=\"spark\" viewBox=\"0 0 120 28\" "
                + "role=\"img\" aria-label=\"").append(Html.escape(title)).append("\"><title>")
                .append(Html.escape(title)).append("</title>");
        if (values.isEmpty()) {
            return sb.append("</svg>").toString();
        }
        StringBuilder path = new StringBuilder();
        int n = values.size();
        double lastX = 0;
        double lastY = 0;
        for (int i = 0; i < n; i++) {
            lastX = n == 1 ? w / 2.0 : 3 + (w - 6.0) * i / (n - 1);
            lastY = h - 3 - (h - 6.0) * (max > 0 ? Math.min(values.get(i) / max, 1) : 0);
            path.append(i == 0 ? "M" : " L")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", lastX, lastY));
        }
        return sb.append("<path class=\"trend\" d=\"").append(path).append("\"/>")
                .append(String.format(Locale.ROOT,
                        "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"2.5\"/>", lastX, lastY))
                .append("</svg>").toString();
    }

    /** A horizontal bar showing {@code fraction} (0..1) of its width, for a rate cell. */
    public static String bar(double fraction) {
        double f = Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction));
        String level = f >= 0.9 ? "good" : f >= 0.5 ? "fair" : "poor";
        return String.format(Locale.ROOT, "<svg class=\"bar\" viewBox=\"0 0 100 8\" "
                + "preserveAspectRatio=\"none\" aria-hidden=\"true\"><rect class=\"track\" "
                + "width=\"100\" height=\"8\" rx=\"4\"/><rect class=\"fill %s\" width=\"%.1f\" "
                + "height=\"8\" rx=\"4\"/></svg>", level, f * 100);
    }
}
