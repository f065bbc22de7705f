package dev.krait.fuzz;

import dev.krait.ast.Mod;
import dev.krait.ast.Unparser;
import dev.krait.parser.Parser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Shrinks a program that shows a divergence to a small one that still shows it, as C-Reduce does
 * for C: a candidate is kept only when the divergence is still there (the same kind, checked by
 * the caller's predicate) and the text got shorter.
 *
 * <p>Two levels. When Krait parses the program, hierarchical delta debugging over its tree
 * ({@link TreeEdits}): drop statements, hoist blocks, replace expressions by a child or a name.
 * Then, always (the divergence may hang on layout the tree does not keep), ddmin over lines,
 * then over rough tokens ({@link Mutator#split}), then over characters for short texts.
 */
public final class Reducer {
    private final Predicate<String> stillDiverges;
    private int checksLeft;

    private Reducer(Predicate<String> stillDiverges, int maxChecks) {
        this.stillDiverges = stillDiverges;
        this.checksLeft = maxChecks;
    }

    /** The reduced program; {@code stillDiverges} must hold for {@code program} itself. */
    public static String reduce(String program, Predicate<String> stillDiverges, int maxChecks) {
        Reducer r = new Reducer(stillDiverges, maxChecks);
        String best = r.reduceTree(program);
        String previous;
        do {
            previous = best;
            best = r.ddmin(best, Unit.LINES);
            best = r.ddmin(best, Unit.TOKENS);
            if (best.length() <= 300) {
                best = r.ddmin(best, Unit.CHARS);
            }
        } while (best.length() < previous.length() && r.checksLeft > 0);
        return best;
    }

    private boolean test(String candidate) {
        if (checksLeft <= 0) {
            return false;
        }
        checksLeft--;
        return stillDiverges.test(candidate);
    }

    private String reduceTree(String program) {
        Mod tree;
        try {
            tree = Parser.parse(program.getBytes(StandardCharsets.UTF_8), "<fuzz>",
                    Parser.Mode.EXEC);
        } catch (RuntimeException | StackOverflowError e) {
            return program; // only CPython parses it, or neither: text-level reduction only
        }
        String best = program;
        boolean changed = true;
        while (changed && checksLeft > 0) {
            changed = false;
            for (Object variant : TreeEdits.variants(tree)) {
                String text;
                try {
                    text = Unparser.unparse((Mod) variant);
                } catch (RuntimeException e) {
                    continue; // an edit the unparser cannot print (e.g. a cause without exc)
                }
                if (text.length() < best.length() && test(text)) {
                    tree = (Mod) variant;
                    best = text;
                    changed = true;
                    break;
                }
                if (checksLeft <= 0) {
                    break;
                }
            }
        }
        return best;
    }

    private enum Unit { LINES, TOKENS, CHARS }

    /** Zeller's ddmin over lines (keeping their newlines), rough tokens, or code points. */
    private String ddmin(String text, Unit unit) {
        List<String> units = switch (unit) {
            case LINES -> lines(text);
            case TOKENS -> Mutator.split(text);
            case CHARS -> text.codePoints().mapToObj(Character::toString).toList();
        };
        int granularity = 2;
        while (units.size() >= 2 && checksLeft > 0) {
            int chunk = Math.max(1, units.size() / granularity);
            boolean reduced = false;
            for (int start = 0; granularity > 2 && start < units.size(); start += chunk) {
                List<String> subset = units.subList(start, Math.min(units.size(), start + chunk));
                if (test(String.join("", subset))) {
                    units = new ArrayList<>(subset);
                    granularity = 2;
                    reduced = true;
                    break;
                }
            }
            for (int start = 0; !reduced && start < units.size(); start += chunk) {
                List<String> complement = new ArrayList<>(units.subList(0, start));
                complement.addAll(units.subList(Math.min(units.size(), start + chunk),
                        units.size()));
                if (test(String.join("", complement))) {
                    units = complement;
                    granularity = Math.max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (chunk == 1) {
                    break;
                }
                granularity = Math.min(units.size(), granularity * 2);
            }
        }
        return String.join("", units);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines.add(text.substring(start, i + 1));
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
