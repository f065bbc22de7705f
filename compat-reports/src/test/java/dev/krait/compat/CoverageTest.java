package dev.krait.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JaCoCo's per-class CSV summed per package and overall. */
class CoverageTest {
    @Test
    void sumsLinesAndBranchesPerPackage(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("jacoco.csv"), """
                GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,\
                BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,\
                METHOD_MISSED,METHOD_COVERED
                K,dev.krait.a,A,1,9,2,6,1,9,0,1,0,1
                K,dev.krait.a,B,0,5,0,0,0,5,0,1,0,1
                K,dev.krait.b,C,10,0,4,0,5,0,1,0,1,0
                """);
        Coverage c = Coverage.read(dir);
        assertEquals(2, c.packages().size());
        assertEquals(14, c.packages().getFirst().linesCovered());
        assertEquals(0.7, c.total().lineRate(), 1e-9);
        assertEquals(0.5, c.total().branchRate(), 1e-9);
        assertNull(c.htmlReport(), "no index.html, no link");
        assertEquals("its unit tests", c.runs());
        assertNull(Coverage.read(dir.resolve("absent")));
    }

    @Test
    void theAggregateSaysEveryRunCounted(@TempDir Path dir) throws Exception {
        Path aggregate = Files.createDirectories(dir.resolve(Coverage.AGGREGATE));
        Files.writeString(aggregate.resolve("jacoco.csv"), """
                GROUP,PACKAGE,CLASS,INSTRUCTION_MISSED,INSTRUCTION_COVERED,BRANCH_MISSED,\
                BRANCH_COVERED,LINE_MISSED,LINE_COVERED,COMPLEXITY_MISSED,COMPLEXITY_COVERED,\
                METHOD_MISSED,METHOD_COVERED
                K,dev.krait.a,A,1,9,2,6,1,9,0,1,0,1
                """);
        assertEquals("its unit tests, the differential corpus, the fuzz campaigns and the "
                + "CPython-suite ratchet (in the test JVMs and in the Krait JVMs they start)",
                Coverage.read(aggregate).runs());
    }
}
