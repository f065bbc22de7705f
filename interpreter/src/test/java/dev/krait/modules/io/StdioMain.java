package dev.krait.modules.io;

import dev.krait.compiler.Compiler;
import dev.krait.objects.PyCode;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.parser.Parser;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A process entry point for {@link StandardStreamsTest}: runs the Python program in file
 * {@code args[0]} with {@code stdin}, {@code stdout} and {@code stderr} globals made by
 * {@link IoModule#standardStreams} ({@code -u} when {@code args[1]} is "u"), then flushes them
 * as the interpreter does at exit. Run in its own JVM so that it owns descriptors 0, 1 and 2.
 */
public final class StdioMain {
    private StdioMain() {}

    public static void main(String[] args) throws Exception {
        Interpreter interp = new Interpreter();
        ThreadState.attach(new ThreadState(interp));
        PyObject[] std = IoModule.standardStreams(interp, args.length > 1 && args[1].equals("u"));
        // they are sys's streams, which the interpreter flushes at exit
        interp.sysModule().put("stdin", std[0]);
        interp.sysModule().put("stdout", std[1]);
        interp.sysModule().put("stderr", std[2]);
        PyDict g = new PyDict();
        g.setItem(PyStr.of("__name__"), PyStr.of("__main__"));
        g.setItem(PyStr.of("stdin"), std[0]);
        g.setItem(PyStr.of("stdout"), std[1]);
        g.setItem(PyStr.of("stderr"), std[2]);
        g.setItem(PyStr.of("_io"), IoModule.module(interp));
        KraitProgram.installBuiltins(interp);
        String source = Files.readString(Path.of(args[0]));
        PyCode code = Compiler.compile(Parser.parse(source, args[0], Parser.Mode.EXEC), args[0],
                Parser.Mode.EXEC);
        int status = 0;
        try {
            interp.exec(code, g, g);
        } catch (PyException e) {
            System.err.println(e.getMessage());
            status = 1;
        }
        if (!IoModule.flushStandardStreams(interp)) {
            status = 120;
        }
        System.exit(status);
    }
}
