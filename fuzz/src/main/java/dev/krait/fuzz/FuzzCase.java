package dev.krait.fuzz;

import dev.krait.ast.Mod;
import dev.krait.ast.Unparser;

/**
 * One case of a campaign, rebuilt from its kind and seed alone: a generated program printed
 * canonically, the same program with a varied layout, a token mutant of either, a token mutant
 * of a slice of the standard library, random bytes, or a token soup. {@code source} is the text;
 * for {@link Kind#BYTES} each char stands for one byte.
 */
public record FuzzCase(Kind kind, long seed, String source) {
    public enum Kind {
        GENERATED("generated"), LAYOUT("layout"), MUTANT("mutant"), STDLIB("stdlib"),
        BYTES("bytes"), SOUP("soup");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    public static FuzzCase of(Kind kind, long seed) {
        if (kind == Kind.BYTES) {
            return new FuzzCase(kind, seed, RandomInputs.bytes(seed));
        } else if (kind == Kind.SOUP) {
            return new FuzzCase(kind, seed, RandomInputs.tokenSoup(seed));
        } else if (kind == Kind.STDLIB) {
            return new FuzzCase(kind, seed, StdlibSlices.mutant(seed));
        }
        Mod.Module tree = ProgramGenerator.generate(seed);
        String source = switch (kind) {
            case GENERATED -> Unparser.unparse(tree);
            case LAYOUT -> LayoutPrinter.print(tree, seed);
            case MUTANT -> Mutator.mutate(seed % 2 == 0 ? Unparser.unparse(tree)
                    : LayoutPrinter.print(tree, seed), seed);
            default -> throw new IllegalStateException(kind.toString());
        };
        return new FuzzCase(kind, seed, source);
    }

    /** How the text becomes the bytes both parsers read. */
    public java.nio.charset.Charset charset() {
        return kind == Kind.BYTES ? java.nio.charset.StandardCharsets.ISO_8859_1
                : java.nio.charset.StandardCharsets.UTF_8;
    }

    /** The test name, e.g. {@code "mutant seed=42"}: what {@code -Dfuzz.seed} takes back. */
    public String name() {
        return kind.label + " seed=" + seed;
    }
}
