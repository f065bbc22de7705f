package dev.krait.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import com.code_intelligence.jazzer.agent.AgentInstaller;
import com.code_intelligence.jazzer.driver.FuzzedDataProviderImpl;
import dev.krait.differential.CPythonOracle;
import dev.krait.differential.KnownDifferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * After a Jazzer campaign: every input of its corpus, compared with CPython. Jazzer itself only
 * checks that the parser throws a Python exception (asking CPython at each of its thousands of
 * executions a second would stop it); this asks, for each input the campaign kept, whether CPython
 * gives the same answer -- the same dump, or the same exception type on the same line -- and
 * reduces each divergence as the seeded campaign does.
 *
 * <p>On demand only: {@code -Dfuzz.jazzerCorpus=<Jazzer's corpus folder of one ParserFuzzTest
 * method>} (its name, {@code anyBytes} or {@code tokenSoup}, says how to read the inputs). The
 * reports (message-level differences after the divergences, not failing) go to
 * {@code target/jazzer-corpus-divergences.txt}. Outcome pairs and cases listed in
 * {@code differential/corpus/fuzz-regressions/known-divergences.tsv} are not counted.
 */
@EnabledIfSystemProperty(named = "fuzz.jazzerCorpus", matches = ".+")
class JazzerCorpusTest {
    @Test
    void corpusAgreesWithCPython() throws IOException {
        Path folder = Path.of(System.getProperty("fuzz.jazzerCorpus"));
        boolean soup = folder.getFileName().toString().equals("tokenSoup");
        KnownDifferences known = KnownDifferences.load(
                FuzzCampaignTest.CORPUS.resolve("known-divergences.tsv"));
        List<Path> inputs;
        try (Stream<Path> list = Files.list(folder)) {
            inputs = list.filter(Files::isRegularFile).sorted().toList();
        }
        List<String> reports = new ArrayList<>();
        List<String> messageLevel = new ArrayList<>();
        int knownCount = 0;
        try (CPythonOracle oracle = CPythonOracle.start()) {
            Campaign campaign = new Campaign(new Differential(oracle));
            for (Path input : inputs) {
                byte[] data = Files.readAllBytes(input);
                Campaign.Finding finding = soup
                        ? campaign.run(input.getFileName().toString(), soupOf(data))
                        : campaign.run(input.getFileName().toString(),
                                new String(data, StandardCharsets.ISO_8859_1),
                                StandardCharsets.ISO_8859_1);
                if (finding.verdict().isDivergence()) {
                    if (known.reason(finding.outcomeKey()) != null) {
                        knownCount++;
                    } else {
                        reports.add(finding.report());
                    }
                } else if (finding.verdict() != Verdict.AGREE) {
                    messageLevel.add(finding.report());
                }
            }
        }
        String summary = inputs.size() + " inputs of " + folder + ": " + reports.size()
                + " divergences, " + knownCount + " of a known outcome pair, "
                + messageLevel.size() + " message/offset-level differences\n";
        String text = summary + "\n" + String.join("\n", reports)
                + "\n--- message/offset-level differences (not failing) ---\n"
                + String.join("\n", messageLevel);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "jazzer-corpus-divergences.txt"), text);
        System.out.println(summary);
        if (!reports.isEmpty()) {
            fail(text.length() > 20000 ? text.substring(0, 20000) + "\n..." : text);
        }
    }

    /** The source {@code ParserFuzzTest.tokenSoup} builds from these fuzzer bytes. */
    private static String soupOf(byte[] data) {
        // Jazzer's data provider needs Jazzer's bootstrap classes; false: no instrumentation.
        AgentInstaller.install(false);
        try (FuzzedDataProviderImpl provider = FuzzedDataProviderImpl.withJavaData(data)) {
            return ParserFuzzTest.soup(provider);
        }
    }
}
