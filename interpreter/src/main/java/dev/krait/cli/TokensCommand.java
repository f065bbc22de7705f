package dev.krait.cli;

import java.io.PrintStream;

/** {@code krait --tokens FILE}: the token stream as {@code python3 -m tokenize FILE} shows it. INTERIM. */
public final class TokensCommand {
    private TokensCommand() {}

    public static int run(String file, PrintStream out, PrintStream err) {
        err.println("krait: --tokens is not implemented yet");
        return 2;
    }
}
