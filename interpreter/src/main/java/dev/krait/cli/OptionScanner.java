package dev.krait.cli;

import java.util.List;

/**
 * Walks a command line one option at a time exactly as CPython's own small {@code getopt} does, so
 * that every odd command line ({@code -Bc code}, {@code -Wdefault}, {@code -X dev}, {@code -OOu},
 * {@code --}, a lone {@code -}) splits where CPython splits it. CPython does not use the C
 * library's {@code getopt}: its scanner stops at the first non-option, knows four long options,
 * and prints its own messages, which Krait must repeat word for word.
 *
 * <p>Krait's own long options ({@code --ast}, {@code --indent N}, ...) are added to CPython's long
 * option table, so they are scanned by the same rules.
 *
 * <p>CPython counterpart: Python/getopt.c {@code _PyOS_GetOpt}.
 */
final class OptionScanner {
    /** The end of the options: the next argument, if any, is the program or its argument. */
    static final int END = -1;
    /** An option CPython rejects; {@link #error()} holds the line it prints first, or null. */
    static final int BAD = '_';

    /** CPython's short options; a letter followed by ':' takes an argument. */
    // CPython: Python/getopt.c SHORT_OPTS
    private static final String SHORT_OPTS = "bBc:dEhiIJm:OPqRsStuvVW:xX:?";

    /** A long option ({@code --name}); its value is what {@link #next()} returns for it. */
    record LongOption(String name, boolean hasArgument, int value) {}

    private final List<String> args;
    private final List<LongOption> longOptions;
    private int index;
    /** The rest of the current cluster of short options ({@code "Bc"} after {@code -O} in -OBc). */
    private String cluster = "";
    private String argument;
    private String error;
    private LongOption longOption;
    private boolean danglingDash;

    /** Scans {@code args}, which does not include the program name (CPython's argv[0]). */
    OptionScanner(List<String> args, List<LongOption> longOptions) {
        this.args = args;
        this.longOptions = longOptions;
    }

    /** The argument of the option just returned ({@code -c CODE}, {@code -Wdefault}). */
    String argument() {
        return argument;
    }

    /** The index in {@code args} of the first argument not consumed yet. */
    int index() {
        return index;
    }

    /** After {@link #BAD}: the message CPython prints before the usage line, or null for none. */
    String error() {
        return error;
    }

    /**
     * True once a cluster ended in a lone dash ({@code -b-}): CPython then prints
     * "expected long option" and ends the options there, without failing.
     */
    boolean danglingDash() {
        return danglingDash;
    }

    /** The long option just returned, or null if it was a short one. */
    LongOption longOption() {
        return longOption;
    }

    /**
     * The next option: its letter, a long option's value, {@link #END} or {@link #BAD}. {@code --}
     * ends the options (and is consumed); {@code --help} and {@code --version} read as -h and -V.
     */
    // CPython: Python/getopt.c _PyOS_GetOpt
    int next() {
        argument = null;
        error = null;
        longOption = null;
        if (cluster.isEmpty()) {
            if (index >= args.size()) {
                return END;
            }
            String arg = args.get(index);
            if (!arg.startsWith("-") || arg.length() == 1) {
                return END; // the program (a file, or "-" for stdin)
            }
            switch (arg) {
                case "--" -> {
                    index++;
                    return END;
                }
                case "--help" -> {
                    index++;
                    return 'h';
                }
                case "--version" -> {
                    index++;
                    return 'V';
                }
                default -> {
                    cluster = arg.substring(1);
                    index++;
                }
            }
        }
        int option = cluster.codePointAt(0);
        cluster = cluster.substring(Character.charCount(option));
        if (option == '-') {
            return nextLong();
        }
        if (option == 'J') {
            error = "-J is reserved for Jython";
            return BAD;
        }
        int at = option == 0 ? -1 : SHORT_OPTS.indexOf(option);
        if (at < 0) {
            // CPython prints the option through a C char, so only its low byte survives.
            error = "Unknown option: -" + lowByte(option);
            return BAD;
        }
        if (at + 1 < SHORT_OPTS.length() && SHORT_OPTS.charAt(at + 1) == ':') {
            if (!cluster.isEmpty()) {
                argument = cluster;
                cluster = "";
            } else if (index < args.size()) {
                argument = args.get(index++);
            } else {
                error = "Argument expected for the -" + (char) option + " option";
                return BAD;
            }
        }
        // ':' is found in SHORT_OPTS too; it is returned as itself and rejected by the caller
        // without a message, as CPython does.
        return option;
    }

    /** {@code --name}: the cluster holds {@code name} (everything after the two dashes). */
    private int nextLong() {
        String name = cluster;
        cluster = "";
        if (name.isEmpty()) {
            danglingDash = true; // "-b-": a dash with no name after it
            return END;
        }
        for (LongOption option : longOptions) {
            if (option.name().equals(name)) {
                longOption = option;
                if (option.hasArgument()) {
                    if (index >= args.size()) {
                        // CPython's wording, plural included.
                        error = "Argument expected for the " + args.get(index - 1) + " options";
                        return BAD;
                    }
                    argument = args.get(index++);
                }
                return option.value();
            }
        }
        error = "unknown option " + args.get(index - 1);
        return BAD;
    }

    /**
     * What CPython shows for an option that is not ASCII: it formats the code point with
     * {@code %c} after a cast to {@code char}, which keeps the low 8 bits; a byte of 0x80 or more
     * is then written raw, which in UTF-8 output is an invalid byte. Krait shows U+FFFD for it,
     * which is what a UTF-8 reader of CPython's output sees.
     */
    private static String lowByte(int option) {
        int low = option & 0xFF;
        return low < 0x80 ? String.valueOf((char) low) : "\uFFFD";
    }
}
