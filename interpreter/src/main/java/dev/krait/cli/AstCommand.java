package dev.krait.cli;

import dev.krait.ast.AstDump;
import dev.krait.ast.Mod;
import dev.krait.lexer.FrontEndError;
import dev.krait.parser.Parser;
import java.io.PrintStream;

/**
 * {@code krait --ast [--attributes] [--indent N] FILE...}: prints each file's tree exactly as
 * {@code print(ast.dump(ast.parse(<file bytes>), include_attributes=..., indent=N))} would, so that
 * Krait's parser can be compared with CPython's by eye or with {@code diff}.
 *
 * <p>All files are parsed in one JVM (start-up is paid once). With more than one file, each
 * output is headed {@code ==> FILE <==} as {@code head} does. A file that does not parse shows the
 * last line of CPython's traceback instead ({@code SyntaxError: invalid syntax}) and the others
 * still run; the exit status is 1 if any file failed.
 */
final class AstCommand {
    /** The file name {@code ast.parse} gives the source when none is passed. */
    static final String AST_PARSE_FILENAME = "<unknown>";

    private AstCommand() {}

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        boolean headers = line.files().size() > 1;
        int status = 0;
        boolean first = true;
        for (String file : line.files()) {
            if (headers) {
                out.print(first ? "" : "\n");
                out.println("==> " + file + " <==");
            }
            first = false;
            String failure = dumpOne(file, line, out, err);
            if (failure != null) {
                // The failure goes where the tree would have gone, so the output stays aligned.
                out.println(failure);
                status = 1;
            }
        }
        return status;
    }

    /** Prints one file's tree; returns the error line instead when it has none. */
    private static String dumpOne(String file, CommandLine line, PrintStream out,
            PrintStream err) {
        try {
            byte[] source = SourceFile.read(file);
            Mod tree = Parser.parse(source, AST_PARSE_FILENAME, Parser.Mode.EXEC);
            out.println(AstDump.dump(tree, line.attributes(), line.indent()));
            return null;
        } catch (SourceFile.OpenError e) {
            return e.lastLine();
        } catch (FrontEndError e) {
            return e.lastLine();
        } catch (StackOverflowError | OutOfMemoryError e) {
            return "MemoryError";
        } catch (RuntimeException e) {
            // One broken file must not hide the others' results; the bug is still reported.
            out.flush();
            Main.reportInternalError(e, line.debug(), err);
            return "SystemError: internal error in Krait: " + e;
        }
    }
}
