package dev.krait.fuzz;

import dev.krait.ast.Mod;
import dev.krait.ast.Unparser;

/**
 * One case of a campaign, rebuilt from its kind and seed alone: a generated program printed
 * canonically, the same program with a varied layout, or a token mutant of the latter.
 */
public record FuzzCase(Kind kind, long seed, String source) {
    public enum Kind {
        GENERATED("generated"), LAYOUT("layout"), MUTANT("mutant");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public static FuzzCase of(Kind kind, long seed) {
        Mod.Module tree = ProgramGenerator.generate(seed);
        String source = switch (kind) {
            case GENERATED -> Unparser.unparse(tree);
            case LAYOUT -> LayoutPrinter.print(tree, seed);
            case MUTANT -> Mutator.mutate(seed % 2 == 0 ? Unparser.unparse(tree)
                    : LayoutPrinter.print(tree, seed), seed);
        };
        return new FuzzCase(kind, seed, source);
    }

    /** The test name, e.g. {@code "mutant seed=42"}: what {@code -Dfuzz.seed} takes back. */
    public String name() {
        return kind.label + " seed=" + seed;
    }
}
