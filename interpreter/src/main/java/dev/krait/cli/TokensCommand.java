package dev.krait.cli;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.TokenizeListing;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code krait --tokens FILE}: the token stream as {@code python3 -m tokenize FILE} shows it, one
 * token a line (see {@link TokenizeListing}). Like Lib/tokenize.py's {@code main}, it lists
 * nothing for a file that does not tokenize: it prints {@code FILE:LINE:COLUMN: error: MESSAGE} to
 * stderr and exits with status 1. The message is the one CPython's own tokenizer gives, which is
 * not always Lib/tokenize.py's.
 */
public final class TokensCommand {
    private TokensCommand() {}

    public static int run(String file, PrintStream out, PrintStream err) {
        byte[] source;
        try {
            source = Files.readAllBytes(Path.of(file));
        } catch (NoSuchFileException e) {
            return osError(err, 2, "No such file or directory", file);
        } catch (AccessDeniedException e) {
            return osError(err, 13, "Permission denied", file);
        } catch (IOException | RuntimeException e) {
            if (Files.isDirectory(Path.of(file))) {
                return osError(err, 21, "Is a directory", file);
            }
            err.println("error: " + e.getMessage());
            return 1;
        }
        List<String> lines = new ArrayList<>();
        try {
            TokenizeListing.list(source, file, entry -> lines.add(entry.format()));
        } catch (PythonSyntaxError e) {
            err.println(file + ":" + e.lineno + ":" + e.offset + ": error: " + e.msg);
            return 1;
        }
        for (String line : lines) {
            out.println(line);
        }
        return 0;
    }

    /** Lib/tokenize.py's report of an OSError: {@code error: [Errno N] text: 'FILE'}. */
    private static int osError(PrintStream err, int errno, String text, String file) {
        err.println("error: [Errno " + errno + "] " + text + ": "
                + dev.krait.text.Repr.strRepr(file));
        return 1;
    }
}
