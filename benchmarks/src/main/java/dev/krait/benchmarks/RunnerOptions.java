package dev.krait.benchmarks;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The runner's command line, read into one value. Every option has a default that makes a plain
 * {@code benchmarks/run} a full, meaningful run: every program, three timed runs after one warm-up
 * run, CPython against {@code bin/krait}.
 *
 * @param root the repository (its {@code bin/krait}, {@code benchmarks/programs}, git commit)
 * @param only the benchmarks to run, by name; empty for all
 * @param runs timed runs per interpreter and benchmark
 * @param warmups untimed runs per interpreter and benchmark before the timed ones
 * @param timeout the longest one run may take
 * @param python the reference interpreter's command
 * @param krait Krait's command
 * @param also further interpreters' commands, each a column of its own
 * @param quick whether to run the programs with their quick sizes (a checksum check, not a timing)
 * @param cpu whether the table shows CPU seconds (user + system) instead of wall seconds
 * @param json where to write the results; empty for {@code benchmarks/results/<date>-<commit>.json}
 * @param programs the folder of benchmark programs
 * @param list whether to list the benchmarks instead of running them
 * @param help whether to print the usage instead of running
 */
public record RunnerOptions(Path root, List<String> only, int runs, int warmups, Duration timeout,
        String python, String krait, List<String> also, boolean quick, boolean cpu,
        Optional<Path> json,
        Path programs, boolean list, boolean help) {

    static final String USAGE = """
            usage: benchmarks/run [options]
              --only NAME,...   run only these benchmarks (see --list)
              --runs N          timed runs per interpreter and benchmark (default 3)
              --warmups N       untimed runs before them (default 1)
              --timeout S       seconds one run may take before it counts as TIMEOUT (default 120)
              --also CMD        also time this interpreter (repeatable), e.g. --also pypy3
              --python CMD      the reference CPython (default $KRAIT_PYTHON or python3)
              --krait CMD       Krait's command (default bin/krait)
              --quick           run every program at its quick size: checks checksums in seconds
              --cpu             show CPU seconds (user + system) in the table instead of wall
                                seconds: steadier on a busy machine (needs GNU /usr/bin/time)
              --json PATH       write the results here
                                (default benchmarks/results/DATE-TIME-COMMIT.json)
              --programs DIR    the benchmark programs (default benchmarks/programs)
              --list            list the benchmarks and what each stresses
              -h, --help        print this help
            Interpreters run in alternation (A B A B ...); the table shows median seconds,
            min-max spread and the ratio to CPython, with FAILED, WRONG or TIMEOUT in place of
            the time of an interpreter that exited with an error, printed another checksum or
            ran past the timeout.
            """;

    /** A command line the runner cannot make sense of; the message says what is wrong. */
    public static final class UsageError extends Exception {
        public UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** Reads the arguments; {@code root} is the repository and {@code env} the environment. */
    public static RunnerOptions parse(Path root, String pythonFromEnvironment, String... args)
            throws UsageError {
        List<String> only = new ArrayList<>();
        List<String> also = new ArrayList<>();
        int runs = 3;
        int warmups = 1;
        Duration timeout = Duration.ofSeconds(120);
        String python = pythonFromEnvironment == null || pythonFromEnvironment.isBlank()
                ? "python3" : pythonFromEnvironment;
        String krait = root.resolve("bin/krait").toString();
        boolean quick = false;
        boolean cpu = false;
        boolean list = false;
        boolean help = false;
        Optional<Path> json = Optional.empty();
        Path programs = root.resolve("benchmarks/programs");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--only" -> Arrays.stream(value(args, ++i, arg).split(","))
                        .map(String::strip).filter(name -> !name.isEmpty()).forEach(only::add);
                case "--runs" -> runs = count(value(args, ++i, arg), arg, 1);
                case "--warmups" -> warmups = count(value(args, ++i, arg), arg, 0);
                case "--timeout" -> timeout = seconds(value(args, ++i, arg));
                case "--also" -> also.add(value(args, ++i, arg));
                case "--python" -> python = value(args, ++i, arg);
                case "--krait" -> krait = value(args, ++i, arg);
                case "--quick" -> quick = true;
                case "--cpu" -> cpu = true;
                case "--json" -> json = Optional.of(Path.of(value(args, ++i, arg)));
                case "--programs" -> programs = Path.of(value(args, ++i, arg));
                case "--list" -> list = true;
                case "-h", "--help" -> help = true;
                default -> throw new UsageError("unknown option: " + arg);
            }
        }
        return new RunnerOptions(root, List.copyOf(only), runs, warmups, timeout, python, krait,
                List.copyOf(also), quick, cpu, json, programs, list, help);
    }

    private static String value(String[] args, int index, String option) throws UsageError {
        if (index >= args.length || args[index].isBlank()) {
            throw new UsageError(option + " needs a value");
        }
        return args[index];
    }

    private static int count(String text, String option, int least) throws UsageError {
        try {
            int value = Integer.parseInt(text);
            if (value >= least) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new UsageError(option + " needs a whole number of at least " + least + ": " + text);
    }

    private static Duration seconds(String text) throws UsageError {
        try {
            double value = Double.parseDouble(text);
            if (value > 0 && value < 1e6) {
                return Duration.ofMillis(Math.round(value * 1000));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageError("--timeout needs a positive number of seconds: " + text);
    }
}
