package dev.krait.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The prompt's line editor on a terminal, JLine standing where CPython has GNU readline: Emacs
 * key bindings, history recalled with the arrow keys and kept across sessions in
 * {@code ~/.krait_history} (not CPython's {@code ~/.python_history}, whose readline format
 * JLine's would garble; see docs/DIFFERENCES.md), Ctrl-C abandoning the line, Ctrl-D on an empty
 * line ending input. The only class that touches JLine, so that JLine is loaded only for a
 * prompt on a terminal.
 *
 * <p>CPython counterpart: Modules/readline.c {@code call_readline}, and Lib/site.py
 * {@code enablerlcompleter}'s history file.
 */
final class ReplLineEditor implements ReplInput {
    private final Terminal terminal;
    private final LineReader reader;

    private ReplLineEditor(Terminal terminal, LineReader reader) {
        this.terminal = terminal;
        this.reader = reader;
    }

    static ReplLineEditor open() throws IOException {
        // dumb(true): a terminal JLine cannot drive (TERM=dumb) is used as it is, silently
        Terminal terminal = TerminalBuilder.builder().system(true).dumb(true).build();
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("krait")
                .variable(LineReader.HISTORY_FILE, historyFile())
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                // Python source is typed as is: no '!' history expansion, no '\' escapes
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                // indented lines of a block are history too
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                // there is no completer: Tab indents
                .option(LineReader.Option.INSERT_TAB, true)
                .build();
        return new ReplLineEditor(terminal, reader);
    }

    /** {@code ~/.krait_history}, with {@code ~} from HOME as Python's expanduser reads it. */
    private static Path historyFile() {
        String home = System.getenv("HOME");
        if (home == null || home.isEmpty()) {
            home = System.getProperty("user.home");
        }
        return Path.of(home, ".krait_history");
    }

    @Override
    public String readLine(String prompt) throws Interrupted {
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Interrupted();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // CPython's site module ignores a history file it cannot write
        }
        try {
            terminal.close();
        } catch (IOException e) {
            // the terminal is left as it is
        }
    }
}
