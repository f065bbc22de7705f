package dev.krait.compat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** The normalised causes that group failing tests: what a contributor reads on the page. */
class ClustersTest {
    @Test
    void missingModuleKeepsItsName() {
        assertArrayEquals(new String[] {"missing module", "_testcapi"}, Clusters.normalise(
                "not-imported", "ModuleNotFoundError", "No module named '_testcapi'"));
    }

    @Test
    void missingNameNamesModuleAndName() {
        assertArrayEquals(new String[] {"missing name", "zlib.crc32"}, Clusters.normalise(
                "error", "ImportError", "cannot import name 'crc32' from 'zlib' (unknown)"));
    }

    @Test
    void missingAttributeOfAnObjectOrTypeOrModule() {
        assertArrayEquals(new String[] {"missing attribute", "frame.clear"}, Clusters.normalise(
                "error", "AttributeError", "'frame' object has no attribute 'clear'"));
        assertArrayEquals(new String[] {"missing attribute", "int.from_bytes"},
                Clusters.normalise("error", "AttributeError",
                        "type object 'int' has no attribute 'from_bytes'"));
        assertArrayEquals(new String[] {"missing attribute", "sys.getrefcount"},
                Clusters.normalise("error", "AttributeError",
                        "module 'sys' has no attribute 'getrefcount'"));
    }

    @Test
    void subTestPrefixesDoNotSplitAClusterOfAttributes() {
        assertArrayEquals(new String[] {"missing attribute", "frame.clear"}, Clusters.normalise(
                "error", "AttributeError", "(base=3) 'frame' object has no attribute 'clear'"));
        assertArrayEquals(new String[] {"missing attribute", "frame.clear"}, Clusters.normalise(
                "error", "AttributeError",
                "[<class 'bytes'>] 'frame' object has no attribute 'clear'"));
    }

    @Test
    void otherMessagesAbstractNamesNumbersAndAddresses() {
        assertArrayEquals(new String[] {"exception", "AssertionError: N != N"},
                Clusters.normalise("failed", "AssertionError", "7 != 42"));
        assertArrayEquals(new String[] {"exception",
                "TypeError: unsupported operand type(s) for +: '…' and '…'"},
                Clusters.normalise("error", "TypeError",
                        "unsupported operand type(s) for +: 'int' and 'str'"));
        assertArrayEquals(new String[] {"exception", "ValueError: <object at 0x…>"},
                Clusters.normalise("error", "ValueError", "<object at 0x7f3a2c>"));
    }

    @Test
    void testsWithoutACauseGroupByStatusAndSkipsByReason() {
        assertArrayEquals(new String[] {"status", "not-run"},
                Clusters.normalise("not-run", null, null));
        assertArrayEquals(new String[] {"status", "crashed: the harness did not start"},
                Clusters.normalise("crashed", null, "the harness did not start"));
        assertArrayEquals(new String[] {"skipped", "requires zlib"},
                Clusters.normalise("skipped", null, "requires zlib"));
    }
}
