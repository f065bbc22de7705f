package dev.krait.cli;

import java.util.List;
import java.util.Map;

/**
 * The {@code krait} command line, read into one immutable value. It is read as CPython 3.11 reads
 * {@code python3}'s: short options that cluster ({@code -OOu}, {@code -Bc code}), {@code -W} and
 * {@code -X} with their argument attached or separate, {@code -c} and {@code -m} ending the
 * options, {@code --} ending them too, and the first other argument naming the script. What
 * CPython would print instead of running (help, version, a bad option) comes out of
 * {@link #parse} as an {@link EarlyExit} carrying CPython's exact text and status.
 *
 * <p>Krait's own tools are long options ({@code --ast}, {@code --tokens}, ...), scanned by the
 * same rules. With {@code --ast} every argument after the options is a file to dump.
 *
 * <p>CPython counterpart: Python/initconfig.c {@code config_parse_cmdline} (and
 * Python/preconfig.c {@code precmdline_parse_cmdline} for {@code -E}, {@code -I} and {@code -X},
 * which CPython reads in an earlier pass); {@link LaunchBuilder} does the rest of start-up's
 * reading.
 *
 * @param command    what to do
 * @param launch     for {@link Command#RUN}: the program and the {@code sys} values it starts with
 * @param files      for {@link Command#AST} and {@link Command#TOKENS}: the files to read
 * @param attributes {@code --attributes}
 * @param indent     {@code --indent N}, or null
 * @param debug      {@code --debug}
 * @param notice     what CPython prints on stderr while reading the command line without
 *                   stopping: "expected long option" for a cluster ending in a dash
 *                   ({@code -b-}); empty otherwise
 */
public record CommandLine(Command command, LaunchOptions launch, List<String> files,
        boolean attributes, Integer indent, boolean debug, String notice) {

    /** What the command line asks for. */
    public enum Command { AST, TOKENS, RUN }

    // Long options: CPython's four, then Krait's own, numbered apart from any letter. The
    // values are what the scanner returns.
    private static final int CHECK_HASH_PYCS = 0;
    private static final int HELP_ALL = 1;
    private static final int HELP_ENV = 2;
    private static final int HELP_XOPTIONS = 3;
    private static final int AST = 1000;
    private static final int ATTRIBUTES = 1001;
    private static final int INDENT = 1002;
    private static final int TOKENS = 1003;
    private static final int DEBUG = 1004;

    // CPython: Python/getopt.c longopts
    private static final List<OptionScanner.LongOption> LONG_OPTIONS = List.of(
            new OptionScanner.LongOption("check-hash-based-pycs", true, CHECK_HASH_PYCS),
            new OptionScanner.LongOption("help-all", false, HELP_ALL),
            new OptionScanner.LongOption("help-env", false, HELP_ENV),
            new OptionScanner.LongOption("help-xoptions", false, HELP_XOPTIONS),
            new OptionScanner.LongOption("ast", false, AST),
            new OptionScanner.LongOption("attributes", false, ATTRIBUTES),
            new OptionScanner.LongOption("indent", true, INDENT),
            new OptionScanner.LongOption("tokens", false, TOKENS),
            new OptionScanner.LongOption("debug", false, DEBUG));

    /**
     * Reads a command line as {@code python3} would with environment {@code env} and a stdin that
     * is, or is not, a terminal ({@code stdinIsTerminal} decides between the prompt and reading
     * stdin as a program when no program is named).
     */
    public static CommandLine parse(List<String> args, Map<String, String> env,
            boolean stdinIsTerminal) throws EarlyExit {
        LaunchBuilder launch = new LaunchBuilder(env, args);
        readEarlyOptions(args, launch);
        launch.readPreconfig();

        Command command = Command.RUN;
        boolean attributes = false;
        boolean debug = false;
        Integer indent = null;
        int versions = 0;
        OptionScanner scanner = new OptionScanner(args, LONG_OPTIONS);
        scan:
        while (true) {
            int option = scanner.next();
            switch (option) {
                case OptionScanner.END -> {
                    break scan;
                }
                case 'c' -> {
                    launch.command(scanner.argument() + "\n");
                    break scan;
                }
                case 'm' -> {
                    launch.module(scanner.argument());
                    break scan;
                }
                case CHECK_HASH_PYCS -> checkHashPycs(scanner.argument());
                case HELP_ALL -> throw EarlyExit.print(UsageText.helpAll());
                case HELP_ENV -> throw EarlyExit.print(UsageText.ENVIRONMENT);
                case HELP_XOPTIONS -> throw EarlyExit.print(UsageText.XOPTIONS);
                case 'h', '?' -> throw EarlyExit.print(UsageText.help());
                case 'V' -> versions++;
                case AST -> command = pick(command, Command.AST);
                case TOKENS -> command = pick(command, Command.TOKENS);
                case ATTRIBUTES -> attributes = true;
                case DEBUG -> debug = true;
                case INDENT -> indent = parseIndent(scanner.argument());
                case 'E', 'I', 'X' -> {
                    // read by readEarlyOptions, as CPython reads them before the rest
                }
                case 't' -> {
                    // accepted and ignored, for old command lines, as CPython does
                }
                default -> {
                    if (!launch.flag(option, scanner.argument())) {
                        throw EarlyExit.usage(option == OptionScanner.BAD
                                ? scanner.error() : null);
                    }
                }
            }
        }
        // CPython: Python/getopt.c prints this as it meets the dash, before any later output.
        String notice = scanner.danglingDash() ? "expected long option\n" : "";
        if (versions > 0) {
            throw new EarlyExit(0, (versions >= 2 ? Main.LONG_VERSION : Main.VERSION) + "\n",
                    notice);
        }
        int rest = scanner.index();
        if (command != Command.RUN) {
            return krait(command, args.subList(rest, args.size()), launch, attributes, indent,
                    debug, notice);
        }
        if (attributes || indent != null) {
            throw EarlyExit.usage("--attributes and --indent go with --ast");
        }
        launch.program(args, rest, stdinIsTerminal);
        LaunchOptions options;
        try {
            options = launch.build();
        } catch (EarlyExit fatal) {
            throw new EarlyExit(fatal.status(), fatal.stdout(), notice + fatal.stderr());
        }
        return new CommandLine(Command.RUN, options, List.of(), false, null, debug, notice);
    }

    /**
     * The pass CPython makes before all others, reading only {@code -E}, {@code -I} and
     * {@code -X}, because they decide how everything else is read. It reports nothing: a bad
     * option is reported by the main pass.
     */
    // CPython: Python/preconfig.c precmdline_parse_cmdline
    private static void readEarlyOptions(List<String> args, LaunchBuilder launch) {
        OptionScanner scanner = new OptionScanner(args, LONG_OPTIONS);
        while (true) {
            int option = scanner.next();
            switch (option) {
                case OptionScanner.END, 'c', 'm' -> {
                    return;
                }
                case 'E' -> launch.ignoreEnvironment = true;
                case 'I' -> launch.isolated = true;
                case 'X' -> launch.xOptions.add(scanner.argument());
                default -> {
                    // everything else is read by the main pass
                }
            }
        }
    }

    /** {@code --ast FILE...} or {@code --tokens FILE}: Krait's tools, which run no program. */
    private static CommandLine krait(Command command, List<String> files, LaunchBuilder launch,
            boolean attributes, Integer indent, boolean debug, String notice) throws EarlyExit {
        String name = command == Command.AST ? "--ast" : "--tokens";
        if (launch.hasProgramOption()) {
            throw EarlyExit.usage(name + " reads files; it cannot be used with -c or -m");
        }
        if ((attributes || indent != null) && command != Command.AST) {
            throw EarlyExit.usage("--attributes and --indent go with --ast");
        }
        if (files.isEmpty()) {
            throw EarlyExit.usage("a file name is expected after " + name);
        }
        if (command == Command.TOKENS && files.size() != 1) {
            throw EarlyExit.usage("--tokens takes exactly one file");
        }
        return new CommandLine(command, null, List.copyOf(files), attributes, indent, debug,
                notice);
    }

    // CPython: Python/initconfig.c config_parse_cmdline, case 0 (check-hash-based-pycs)
    private static void checkHashPycs(String mode) throws EarlyExit {
        if (!mode.equals("always") && !mode.equals("never") && !mode.equals("default")) {
            throw EarlyExit.usage(
                    "--check-hash-based-pycs must be one of 'default', 'always', or 'never'");
        }
    }

    private static Command pick(Command current, Command wanted) throws EarlyExit {
        if (current != Command.RUN && current != wanted) {
            throw EarlyExit.usage("--ast and --tokens cannot be used together");
        }
        return wanted;
    }

    private static Integer parseIndent(String text) throws EarlyExit {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range number
        }
        throw EarlyExit.usage("--indent expects a number of spaces from 0 to 1000, not '" + text
                + "'");
    }
}
