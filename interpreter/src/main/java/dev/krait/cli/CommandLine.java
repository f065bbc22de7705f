package dev.krait.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code krait} command line, read into one immutable value. Options come before the file, as
 * in CPython: the first argument that is not an option is the script, and everything after it
 * belongs to the script ({@code sys.argv}), except with {@code --ast}, whose arguments are all
 * files to dump.
 *
 * <p>CPython counterpart: Python/initconfig.c {@code config_parse_cmdline}; bad usage exits with
 * status 2 and a short usage text, as there.
 */
record CommandLine(Command command, List<String> files, List<String> scriptArgs,
        boolean attributes, Integer indent, boolean debug) {

    /** What the command line asks for. */
    enum Command { HELP, VERSION, AST, TOKENS, RUN }

    static final String SHORT_USAGE =
            "usage: krait [option] ... file [arg] ...\n"
            + "       krait --ast [--attributes] [--indent N] file ...\n"
            + "       krait --tokens file";

    static final String HELP = SHORT_USAGE + "\n\n"
            + "Options:\n"
            + "  --ast          print each file's tree as ast.dump(ast.parse(source)) does;\n"
            + "                 with several files, each is headed by '==> file <=='\n"
            + "  --attributes   with --ast: include the positions (include_attributes=True)\n"
            + "  --indent N     with --ast: indent the tree by N spaces per level\n"
            + "  --tokens       print the file's tokens as 'python3 -m tokenize' does\n"
            + "  --debug        show Java stack traces of internal errors (also KRAIT_DEBUG=1)\n"
            + "  -h, --help     print this help and exit\n"
            + "  -V, --version  print Krait's version and exit\n"
            + "\n"
            + "Without an option, krait parses and runs the file (running is not written yet).\n";

    /** A command line Krait cannot make sense of; its message is the line shown to the user. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    static CommandLine parse(String[] args) throws UsageError {
        Command command = null;
        boolean attributes = false;
        boolean debug = false;
        Integer indent = null;
        List<String> files = new ArrayList<>();
        int i = 0;
        for (; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            switch (arg) {
                case "-h", "--help", "-?" -> command = pick(command, Command.HELP);
                case "-V", "--version" -> command = pick(command, Command.VERSION);
                case "--ast" -> command = pick(command, Command.AST);
                case "--tokens" -> command = pick(command, Command.TOKENS);
                case "--attributes" -> attributes = true;
                case "--debug" -> debug = true;
                case "--indent" -> {
                    if (++i == args.length) {
                        throw new UsageError("Argument expected for the --indent option");
                    }
                    indent = parseIndent(args[i]);
                }
                case "--" -> {
                    i++;
                    return finish(command, args, i, attributes, indent, debug, files);
                }
                default -> throw new UsageError("unknown option " + arg);
            }
        }
        return finish(command, args, i, attributes, indent, debug, files);
    }

    private static CommandLine finish(Command command, String[] args, int i, boolean attributes,
            Integer indent, boolean debug, List<String> files) throws UsageError {
        if (command == Command.HELP || command == Command.VERSION) {
            return new CommandLine(command, List.of(), List.of(), false, null, debug);
        }
        if ((attributes || indent != null) && command != Command.AST) {
            throw new UsageError("--attributes and --indent go with --ast");
        }
        if (i == args.length) {
            throw new UsageError(command == null ? "no file to run (krait reads no stdin yet)"
                    : "a file name is expected after " + optionName(command));
        }
        if (command == Command.AST) {
            files.addAll(List.of(args).subList(i, args.length));
            return new CommandLine(command, List.copyOf(files), List.of(), attributes, indent,
                    debug);
        }
        if (command == Command.TOKENS && args.length - i != 1) {
            throw new UsageError("--tokens takes exactly one file");
        }
        if (args[i].equals("-")) {
            throw new UsageError("reading the program from stdin is not supported yet");
        }
        List<String> rest = List.of(args).subList(i + 1, args.length);
        return new CommandLine(command == null ? Command.RUN : command, List.of(args[i]),
                List.copyOf(rest), false, null, debug);
    }

    private static Command pick(Command current, Command wanted) throws UsageError {
        if (current != null && current != wanted) {
            throw new UsageError(optionName(current) + " and " + optionName(wanted)
                    + " cannot be used together");
        }
        return wanted;
    }

    private static String optionName(Command command) {
        return switch (command) {
            case HELP -> "--help";
            case VERSION -> "--version";
            case AST -> "--ast";
            case TOKENS -> "--tokens";
            case RUN -> "a file";
        };
    }

    private static Integer parseIndent(String text) throws UsageError {
        try {
            int n = Integer.parseInt(text);
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below, with the same message as an out-of-range number
        }
        throw new UsageError("--indent expects a number of spaces from 0 to 1000, not '" + text
                + "'");
    }
}
