package dev.krait.benchmarks;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One interpreter to time: the label shown in the table and the JSON, and the command that runs a
 * program file ({@code COMMAND... FILE}). Commands are split on spaces, never through a shell, so
 * that a benchmark run measures the interpreter and not a shell starting it.
 *
 * @param label the column heading, such as {@code CPython}, {@code Krait} or {@code pypy3}
 * @param command the program and its leading arguments; the benchmark file is appended
 */
public record Interpreter(String label, List<String> command) {

    public Interpreter {
        if (command.isEmpty()) {
            throw new IllegalArgumentException("empty command for " + label);
        }
        command = List.copyOf(command);
    }

    /**
     * An interpreter from a command line such as {@code "pypy3"} or {@code "python3 -X dev"},
     * labelled by the base name of its program.
     */
    public static Interpreter fromCommand(String commandLine) {
        List<String> words = Arrays.stream(commandLine.trim().split("\\s+"))
                .filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            throw new IllegalArgumentException("empty interpreter command");
        }
        return new Interpreter(Path.of(words.getFirst()).getFileName().toString(), words);
    }

    /** The same command under another label (two columns must not share one). */
    public Interpreter relabelled(String newLabel) {
        return new Interpreter(newLabel, command);
    }

    @Override
    public String toString() {
        return label + " (" + String.join(" ", command) + ")";
    }
}
