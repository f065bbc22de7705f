package dev.krait.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Where the interactive prompt gets its lines. On a terminal it is {@link ReplLineEditor}
 * (JLine: editing, history, Ctrl-C); otherwise {@link Plain}, which does what CPython does when
 * stdin or stdout is not a terminal: the prompt goes to stderr and a line is read from stdin
 * without editing.
 *
 * <p>CPython counterpart: Parser/myreadline.c {@code PyOS_Readline}, {@code PyOS_StdioReadline}.
 */
interface ReplInput extends AutoCloseable {
    /** Ctrl-C while a line is being typed: the prompt shows {@code KeyboardInterrupt}. */
    final class Interrupted extends Exception {
        Interrupted() {
            super(null, null, false, false);
        }
    }

    /**
     * Shows {@code prompt} and reads one line, without its line end; null at end of input
     * (Ctrl-D on an empty line, or the end of a pipe).
     */
    String readLine(String prompt) throws Interrupted;

    /** Saves what must outlive the session (the history) and gives the terminal back. */
    @Override
    void close();

    /**
     * The line editor when stdin and stdout are both terminals and JLine can be loaded, else
     * the plain reader. JLine's classes are loaded only here, so programs never pay for them.
     */
    static ReplInput open(boolean terminal, InputStream in, PrintStream err) {
        if (terminal) {
            try {
                return ReplLineEditor.open();
            } catch (IOException | LinkageError | RuntimeException e) {
                // no usable terminal (or no JLine on the class path): read plain lines
            }
        }
        return new Plain(in, err);
    }

    /**
     * Lines read byte by byte from stdin, so that nothing after the line end is taken from a
     * program's own reads of {@code sys.stdin} ({@code input()}); the prompt is written to
     * stderr as CPython's {@code PyOS_StdioReadline} does.
     */
    final class Plain implements ReplInput {
        private final InputStream in;
        private final PrintStream err;

        Plain(InputStream in, PrintStream err) {
            this.in = in;
            this.err = err;
        }

        @Override
        public String readLine(String prompt) {
            err.print(prompt);
            err.flush();
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            try {
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    line.write(b);
                }
                if (b < 0 && line.size() == 0) {
                    return null;
                }
            } catch (IOException e) {
                return null;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            return text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
        }

        @Override
        public void close() {}
    }
}
