package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The categories an expectations update writes: CPython's implementation details are recognised
 * from the skip reason or message, replace a guessed category of an older entry, and leave a
 * category chosen by hand alone.
 */
class CategoryTest {
    @TempDir
    Path dir;

    @Test
    void cpythonDetailsAreRecognisedFromTheReason() {
        assertEquals(Category.CPYTHON_DETAIL,
                Category.guess(null, "implementation detail specific to cpython"));
        assertEquals(Category.CPYTHON_DETAIL, Category.guess(null, "test needs sys.getrefcount()"));
        assertEquals(Category.CPYTHON_DETAIL,
                Category.guess("ModuleNotFoundError", "No module named '_testcapi'"));
        assertEquals(Category.CPYTHON_DETAIL,
                Category.guess(null, "tuple reuse is specific to CPython"));
        assertEquals(Category.MISSING_NATIVE_MODULE,
                Category.guess("ModuleNotFoundError", "No module named '_ssl'"));
        assertEquals(Category.KRAIT_BUG, Category.guess("AssertionError", "1 != 2"));
    }

    @Test
    void anUpdateAndRecategoriseReplaceOnlyGuessedCategories() throws IOException {
        Files.writeString(dir.resolve("test_x.txt"), String.join("\n",
                "# ID\tSTATUS\tCATEGORY\tDETAIL",
                "t.A.a\tskipped\tkrait-bug\timplementation detail specific to cpython",
                "t.A.b\tskipped\tmissing-native-module\tNo module named '_testcapi'",
                "t.A.c\tnot-run\tmissing-native-module\tits module imports _testcapi, by hand",
                "t.A.d\tfailed\tkrait-bug\tAssertionError: 1 != 2", ""));
        Expectations before = Expectations.read(dir, "test_x");
        Expectations after = before.recategorised();
        assertEquals(2, after.changedCategories(before));
        assertEquals(Category.CPYTHON_DETAIL, after.tests().get("t.A.a").category());
        assertEquals(Category.CPYTHON_DETAIL, after.tests().get("t.A.b").category());
        assertEquals(Category.MISSING_NATIVE_MODULE, after.tests().get("t.A.c").category());
        assertEquals(Category.KRAIT_BUG, after.tests().get("t.A.d").category());

        Map<String, TestStatus> base = new LinkedHashMap<>();
        for (String n : List.of("a", "b", "c", "d")) {
            base.put("t.A." + n, TestStatus.PASSED);
        }
        ModuleResult run = new ModuleResult("test_x", "ok", null, null, 1.0, List.of(
                new TestResult("t.A.a", TestStatus.SKIPPED, null,
                        "implementation detail specific to cpython", 0),
                new TestResult("t.A.d", TestStatus.FAILED, "AssertionError", "1 != 2", 0)));
        Expectations updated = Expectations.from(run,
                new Baseline.Module("test_x", "ok", base), before);
        assertEquals(Category.CPYTHON_DETAIL, updated.tests().get("t.A.a").category());
        assertEquals(Category.KRAIT_BUG, updated.tests().get("t.A.d").category());
    }
}
