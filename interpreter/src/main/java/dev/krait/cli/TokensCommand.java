package dev.krait.cli;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.TokenizeListing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code krait --tokens FILE}: the token stream as {@code python3 -m tokenize FILE} shows it, one
 * token a line (see {@link TokenizeListing}). A file that does not tokenize gets the tokens before
 * the error, then the SyntaxError as Krait's front end reports it, and exit status 1.
 */
public final class TokensCommand {
    private TokensCommand() {}

    public static int run(String file, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            err.println("krait: can't open file '" + file + "': " + e.getMessage());
            return 2;
        }
        try {
            TokenizeListing.list(source, file, entry -> out.println(entry.format()));
            return 0;
        } catch (PythonSyntaxError e) {
            out.flush();
            err.println(file + ":" + e.lineno + ":" + e.offset + ": error: " + e.msg);
            return 1;
        }
    }
}
