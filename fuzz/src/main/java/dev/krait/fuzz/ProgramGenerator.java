package dev.krait.fuzz;

import dev.krait.ast.Mod;
import java.util.SplittableRandom;

/**
 * Builds one random, syntactically valid Python 3.11 program from one seed, as Csmith builds C
 * programs: the same seed always gives the same tree, so a failing case is reproduced from the
 * number alone. Size and depth are bounded so that most programs are small enough to read.
 */
public final class ProgramGenerator {
    private ProgramGenerator() {}

    /** The tree for a seed; {@code budget} bounds the number of nodes, roughly. */
    public static Mod.Module generate(long seed, int budget, int maxDepth) {
        GenContext g = new GenContext(new SplittableRandom(seed), budget, maxDepth);
        return new StmtGenerator(g).module();
    }

    /** The default size used by the campaigns: a few dozen lines. */
    public static Mod.Module generate(long seed) {
        SplittableRandom sizes = new SplittableRandom(seed ^ 0x5DEECE66DL);
        return generate(seed, 20 + sizes.nextInt(60), 3 + sizes.nextInt(4));
    }
}
