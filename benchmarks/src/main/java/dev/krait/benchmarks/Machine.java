package dev.krait.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The facts that make a results file comparable with another: the machine (cores, memory, OS,
 * CPU), the JDK Krait runs on (the runner is started with the same JDK that {@code bin/krait}
 * uses), and the commit measured. Anything that cannot be found is recorded as {@code unknown}
 * rather than stopping a run that took minutes.
 */
final class Machine {
    private Machine() {}

    static Map<String, Object> describe() {
        Map<String, Object> machine = new LinkedHashMap<>();
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("memoryBytes", totalMemory());
        machine.put("cpu", cpuModel());
        machine.put("os", osName());
        machine.put("kernel",
                System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        // A busy machine shows here; the spreads in the table show it too.
        machine.put("loadAverage",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return machine;
    }

    static Map<String, Object> jdk() {
        Map<String, Object> jdk = new LinkedHashMap<>();
        jdk.put("version", Runtime.version().toString());
        jdk.put("vendor", System.getProperty("java.vendor"));
        jdk.put("vm", System.getProperty("java.vm.name"));
        jdk.put("home", System.getProperty("java.home"));
        String options = System.getenv("KRAIT_JAVA_OPTS");
        jdk.put("kraitJavaOpts", options == null ? "" : options);
        return jdk;
    }

    /** The full commit hash of {@code root}'s HEAD, or {@code unknown}. */
    static String commit(Path root) {
        return git(root, "rev-parse", "HEAD");
    }

    /** Whether the work tree has changes not committed (they are part of what was measured). */
    static boolean dirty(Path root) {
        String status = git(root, "status", "--porcelain", "--untracked-files=no");
        return !status.isEmpty() && !status.equals("unknown");
    }

    private static String git(Path root, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
        command.addAll(List.of(args));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out =
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor(Duration.ofSeconds(30).toMillis(),
                    TimeUnit.MILLISECONDS) && process.exitValue() == 0) {
                return out.strip();
            }
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "unknown";
    }

    private static Object totalMemory() {
        if (ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize();
        }
        return "unknown";
    }

    private static String cpuModel() {
        return firstValue(Path.of("/proc/cpuinfo"), "model name", ":").orElse("unknown");
    }

    private static String osName() {
        return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME", "=")
                .map(name -> name.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
    }

    private static Optional<String> firstValue(Path file, String key, String separator) {
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int at = line.indexOf(separator);
                if (at > 0 && line.substring(0, at).strip().equals(key)) {
                    return Optional.of(line.substring(at + 1).strip());
                }
            }
        } catch (IOException e) {
            // not Linux, or not readable: the caller falls back
        }
        return Optional.empty();
    }
}
