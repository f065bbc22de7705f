package dev.krait.cpythontests;

import dev.krait.cli.Main;
import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The main class of a worker JVM: it runs test modules one after another, each in a fresh Krait
 * interpreter (its own {@code sys.modules}, builtins and {@code sys}), so that JVM start-up is paid
 * once for many modules. The runner ({@link WorkerProcess}) sends one request a line on stdin:
 * <pre>run RESULTS_FILE LOG_FILE MODULE [--match PATTERN]...</pre>
 * and the worker answers {@code done MODULE STATUS} on stdout when the interpreter has finished;
 * the per-test results are in RESULTS_FILE, written by the harness as the tests run, and
 * everything the tests print goes to LOG_FILE. The harness itself puts back what a module may
 * change in the process (working directory, environment, umask, signal handlers, descriptors).
 */
public final class Worker {
    private Worker() {}

    /** {@code args[0]} is the harness script. */
    public static void main(String[] args) throws IOException {
        String harness = args[0];
        // the worker stands for the python process regrtest starts: Ctrl-C, and the SIGINT a
        // test sends itself (os.kill, pidfd_send_signal), raise KeyboardInterrupt in the
        // program, as bin/krait's entry point arranges, instead of ending the JVM
        dev.krait.runtime.Signals.installSigintHandler();
        // and its children inherit SIGPIPE and SIGXFSZ ignored, as CPython's do
        dev.krait.runtime.Signals.ignorePipeAndFileSize();
        PrintStream protocol = new PrintStream(new FileOutputStream(java.io.FileDescriptor.out),
                true, StandardCharsets.UTF_8);
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        for (String line; (line = requests.readLine()) != null; ) {
            List<String> words = Arrays.asList(line.split("\t"));
            if (words.size() < 4 || !words.get(0).equals("run")) {
                protocol.println("bad request " + line);
                continue;
            }
            List<String> command = new ArrayList<>();
            command.add(harness);
            command.add("--results");
            command.add(words.get(1));
            command.addAll(words.subList(4, words.size()));
            command.add(words.get(3));
            int status;
            try (PrintStream log = new PrintStream(new FileOutputStream(words.get(2), true), true,
                    StandardCharsets.UTF_8)) {
                status = Main.run(command.toArray(new String[0]), log, log);
            }
            protocol.println("done\t" + words.get(3) + "\t" + status);
        }
    }
}
