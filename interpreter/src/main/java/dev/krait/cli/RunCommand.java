package dev.krait.cli;

import dev.krait.lexer.PythonSyntaxError;
import dev.krait.lexer.PythonUnicodeDecodeError;
import dev.krait.parser.Parser;
import dev.krait.parser.ParserOverflowError;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.SyntaxErrorDisplay;
import dev.krait.runtime.MainRunner;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * {@code krait FILE [ARG...]}: what {@code python3 FILE} does: the file is decoded and parsed
 * (a syntax error is reported exactly as CPython reports it), then compiled and run as
 * {@code __main__} in a new interpreter, whose exit status becomes the process's.
 *
 * <p>CPython counterpart: Modules/main.c {@code pymain_run_file} and Python/pythonrun.c
 * {@code _PyRun_SimpleFileObject}.
 */
final class RunCommand {
    private RunCommand() {}

    static int run(CommandLine line, PrintStream out, PrintStream err) {
        String file = line.files().get(0);
        byte[] source;
        try {
            source = SourceFile.read(file);
        } catch (SourceFile.OpenError e) {
            // CPython: Modules/main.c pymain_run_file names the absolute path and exits with 2.
            String shown = Path.of(file).toAbsolutePath().normalize().toString();
            err.println("krait: can't open file " + dev.krait.text.Repr.strRepr(shown) + ": [Errno "
                    + e.errno + "] " + e.strerror);
            return 2;
        }
        String filename = mainFilename(file);
        try {
            dev.krait.ast.Mod module = Parser.parseFile(source, filename);
            return new MainRunner(new Interpreter(), err).runMain(module, filename);
        } catch (PythonSyntaxError e) {
            out.flush();
            SyntaxErrorDisplay.print(withSourceText(e, source), err);
            return 1;
        } catch (ParserOverflowError e) {
            out.flush();
            err.println(e.lastLine());
            return 1;
        } catch (PythonUnicodeDecodeError e) {
            out.flush();
            err.println(e.lastLine());
            return 1;
        }
    }

    /**
     * Errors from the symbol table and compiler carry no source text; CPython reads the line
     * from the file when it prints them (Python/errors.c PyErr_ProgramTextObject).
     */
    static PythonSyntaxError withSourceText(PythonSyntaxError e, byte[] source) {
        if (e.text != null || e.lineno < 1) {
            return e;
        }
        String text = new String(source, java.nio.charset.StandardCharsets.UTF_8);
        String[] lines = text.split("\n", -1);
        if (e.lineno > lines.length) {
            return e;
        }
        return new PythonSyntaxError(e.type, e.msg, e.filename, e.lineno, e.offset,
                lines[e.lineno - 1] + "\n", e.endLineno, e.endOffset);
    }

    /**
     * The name CPython gives the main script (and so shows in its tracebacks): absolute, made by
     * joining the working directory and the name as given, without normalizing it.
     */
    // CPython: Python/initconfig.c config_run_filename_abspath, Python/fileutils.c _Py_abspath
    static String mainFilename(String file) {
        if (file.isEmpty() || file.equals(".")) {
            return System.getProperty("user.dir");
        }
        if (Path.of(file).isAbsolute()) {
            return file;
        }
        return System.getProperty("user.dir") + "/" + file;
    }
}
