package dev.krait.differential;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line of a JVM that runs Krait (or a driver on Krait's classes) as a child of a test
 * or a runner: the JDK running this process, {@code bin/krait}'s own JVM options, whatever the
 * build asks every child to carry (JaCoCo's agent, so that coverage counts what the child runs),
 * then the class path, the main class and its arguments. Every place that starts such a JVM goes
 * through here, so the launcher's options are written once.
 */
public final class KraitJvm {
    /**
     * The options {@code bin/krait} starts the interpreter with: a deep stack (CPython's recursion
     * limit of 1000 in nested Python frames), generators on the JDK's continuations
     * ({@code jdk.internal.vm}), libc through the foreign-function API, and the serial collector
     * (short runs, a shared machine).
     */
    public static final List<String> LAUNCHER_OPTIONS = List.of("-Xss16m",
            "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED",
            "--enable-native-access=ALL-UNNAMED", "-XX:+UseSerialGC");

    /**
     * System property holding options for every child JVM, separated by white space; the build
     * sets it for the test JVMs (Surefire's argLine) to JaCoCo's agent when coverage is on.
     */
    public static final String CHILD_OPTIONS_PROPERTY = "krait.childJvmOptions";

    private KraitJvm() {}

    /** The {@code java} of the JDK running this process. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** The class path of this process, where Krait's classes are when a test runs. */
    public static String thisClassPath() {
        return System.getProperty("java.class.path");
    }

    /**
     * {@code java}, the launcher's options, {@code extraOptions}, the child options the build
     * asked for, then {@code -cp classPath mainClass args...}.
     */
    public static List<String> command(List<String> extraOptions, String classPath,
            String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(LAUNCHER_OPTIONS);
        command.addAll(extraOptions);
        command.addAll(childOptions());
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** The options of {@link #CHILD_OPTIONS_PROPERTY}, none when it is unset or blank. */
    public static List<String> childOptions() {
        String options = System.getProperty(CHILD_OPTIONS_PROPERTY, "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }
}
