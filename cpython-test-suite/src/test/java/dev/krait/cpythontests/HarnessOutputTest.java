package dev.krait.cpythontests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The runner's reading of what the harness writes, including runs cut short. */
class HarnessOutputTest {
    @Test
    void flatJsonRoundTripsEscapes() {
        String text = "tab\there \"quoted\" back\\slash \u0001 é";
        Map<String, String> record = FlatJson.parse("{\"k\": " + FlatJson.quote(text)
                + ", \"n\": 1.5, \"z\": null}");
        assertEquals(text, record.get("k"));
        assertEquals("1.5", record.get("n"));
        assertEquals(null, record.get("z"));
        assertThrows(IllegalArgumentException.class, () -> FlatJson.parse("{\"k\" 1}"));
    }

    @Test
    void aCompleteModuleKeepsItsTests() {
        List<ModuleResult> modules = HarnessOutput.read(List.of(
                "{\"event\": \"module\", \"module\": \"test.test_x\"}",
                "{\"event\": \"start\", \"id\": \"test.test_x.A.test_a\"}",
                "{\"event\": \"test\", \"id\": \"test.test_x.A.test_a\", \"status\": \"failed\","
                        + " \"type\": \"AssertionError\", \"message\": \"1 != 2\","
                        + " \"duration\": 0.25}",
                "{\"event\": \"end\", \"module\": \"test.test_x\", \"status\": \"ok\","
                        + " \"type\": null, \"message\": null, \"duration\": 1.0}"), null);
        assertEquals(1, modules.size());
        ModuleResult m = modules.get(0);
        assertEquals("test_x", m.module());
        assertEquals("ok", m.status());
        assertEquals(new TestResult("test.test_x.A.test_a", TestStatus.FAILED, "AssertionError",
                "1 != 2", 0.25), m.tests().get(0));
    }

    @Test
    void aKilledModuleChargesTheRunningTest() {
        List<ModuleResult> modules = HarnessOutput.read(List.of(
                "{\"event\": \"module\", \"module\": \"test.test_x\"}",
                "{\"event\": \"start\", \"id\": \"test.test_x.A.test_a\"}",
                "{\"event\": \"test\", \"id\": \"test.test_x.A.test_a\", \"status\": \"passed\","
                        + " \"type\": null, \"message\": null, \"duration\": 0.1}",
                "{\"event\": \"start\", \"id\": \"test.test_x.A.test_hang\"}",
                "{\"event\": \"te"), TestStatus.TIMED_OUT);
        ModuleResult m = modules.get(0);
        assertEquals("timed-out", m.status());
        assertEquals(List.of(TestStatus.PASSED, TestStatus.TIMED_OUT),
                m.tests().stream().map(TestResult::status).toList());
        assertEquals("test.test_x.A.test_hang", m.tests().get(1).id());
        assertThrows(IllegalStateException.class, () -> HarnessOutput.read(List.of(
                "{\"event\": \"module\", \"module\": \"test.test_x\"}"), null));
    }
}
