package dev.krait.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One benchmark program of {@code benchmarks/programs}: a Python file that prints a checksum.
 *
 * <p>Each steady-state program sizes its work with one line, {@code SIZE = <int>  # quick: <int>}:
 * the first number is calibrated to take 1-3 s on CPython 3.11, the second is a size that runs in
 * a blink, which {@code --quick} substitutes to check every checksum cheaply (and which this
 * module's tests use). Files named {@code startup_*} are the start-up cases; they have no size.
 * The comment lines at the top of a file say what it stresses; {@code --list} shows their topic.
 *
 * @param name the file name without {@code .py}
 * @param file the program as written
 * @param description the topic of the header comment (what it stresses)
 */
public record Program(String name, Path file, String description) {

    private static final Pattern SIZE_LINE =
            Pattern.compile("(?m)^SIZE = (\\d+)  # quick: (\\d+)$");

    /** Whether this is a start-up case, kept apart from the steady-state benchmarks. */
    public boolean isStartup() {
        return name.startsWith("startup_");
    }

    /** The programs of a folder, start-up cases first, each group in name order. */
    public static List<Program> inFolder(Path folder) {
        List<Program> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".py"))
                    .sorted().toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - 3);
                programs.add(new Program(name, file,
                        description(name, Files.readString(file, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the benchmark folder " + folder, e);
        }
        List<Program> ordered =
                new ArrayList<>(programs.stream().filter(Program::isStartup).toList());
        ordered.addAll(programs.stream().filter(p -> !p.isStartup()).toList());
        return ordered;
    }

    /**
     * This program with its quick size, written into {@code folder} under the same file name; a
     * start-up case is returned as it is.
     */
    public Program quick(Path folder) throws IOException {
        String source = Files.readString(file, StandardCharsets.UTF_8);
        Matcher size = SIZE_LINE.matcher(source);
        if (!size.find()) {
            if (isStartup()) {
                return this;
            }
            throw new IOException(file + " has no line 'SIZE = <int>  # quick: <int>'");
        }
        String quickSource = source.substring(0, size.start())
                + "SIZE = " + size.group(2) + "  # quick: " + size.group(2)
                + source.substring(size.end());
        Path quickFile = folder.resolve(file.getFileName());
        Files.writeString(quickFile, quickSource, StandardCharsets.UTF_8);
        return new Program(name, quickFile, description);
    }

    /** The calibrated size, for a steady-state program; empty for a start-up case. */
    public String size() throws IOException {
        Matcher size = SIZE_LINE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        return size.find() ? size.group(1) : "";
    }

    /**
     * What the program stresses: the topic that opens its header comment (the text before the
     * first colon, or its first sentence); start-up cases, which have no comment, say so.
     */
    private static String description(String name, String source) {
        StringBuilder header = new StringBuilder();
        for (String line : source.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            header.append(line.substring(1).strip()).append(' ');
        }
        String text = header.toString().strip();
        if (text.isEmpty()) {
            return name.startsWith("startup_") ? "start-up case: the time to start and exit" : "";
        }
        int colon = text.indexOf(": ");
        int stop = text.indexOf(". ");
        int end = colon >= 0 ? colon : stop >= 0 ? stop : text.length();
        return text.substring(0, end);
    }
}
