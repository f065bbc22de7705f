package dev.krait.cli;

/** The {@code krait} command line. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.err.println("krait: nothing to run yet");
        System.exit(2);
    }
}
