package dev.krait.modules.builtins;

import dev.krait.modules.posix.InputWait;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.objects.ArgParser;
import dev.krait.objects.Exposed;
import dev.krait.objects.Attributes;
import dev.krait.objects.Ops;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * {@code print} and {@code input}: they talk to whatever objects {@code sys.stdout},
 * {@code sys.stdin} and {@code sys.stderr} are at the time of the call, through their
 * {@code write}, {@code flush} and {@code readline} methods, so a program that replaces
 * {@code sys.stdout} (with a {@code StringIO}, say) redirects them.
 *
 * <p>CPython counterpart: Python/bltinmodule.c {@code builtin_print_impl},
 * {@code builtin_input_impl}.
 */
public final class ConsoleFunctions {
    private ConsoleFunctions() {}

    /**
     * How {@code input()} reads a line from a terminal with line editing: set when the
     * {@code readline} module is imported, as CPython's {@code PyOS_ReadlineFunctionPointer}
     * is (one per process, as the C library's state is).
     */
    public interface TerminalReader {
        /**
         * The line typed after {@code prompt}, as bytes ending in a newline, or no bytes at
         * the end of input; a signal handler's exception propagates.
         */
        byte[] readLine(byte[] prompt);
    }

    /** The terminal line reader, or null while {@code readline} has not been imported. */
    public static volatile TerminalReader terminalReader;

    private static PyObject sysStream(String name, String function) {
        Interpreter interp = ThreadState.current().interpreter;
        PyObject s = interp.sysAttribute(name);
        if (s == null) {
            throw PyExceptions.runtimeError(function + "lost sys." + name);
        }
        return s;
    }

    @Exposed(value = "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)")
    public static PyObject print(PyObject[] args, String[] kwnames) {
        int npos = ArgParser.positionalCount(args, kwnames);
        PyObject[] kw = ArgParser.keywords("print", args, kwnames, "sep", "end", "file", "flush");
        PyObject sep = kw[0];
        PyObject end = kw[1];
        PyObject file = kw[2];
        if (file == null || file == PyNone.NONE) {
            file = sysStream("stdout", "");
            if (file == PyNone.NONE) {
                return PyNone.NONE;
            }
        }
        if (sep != null && sep != PyNone.NONE && !(sep instanceof PyStr)) {
            throw PyExceptions.typeError("sep must be None or a string, not "
                    + sep.type().getName());
        }
        if (end != null && end != PyNone.NONE && !(end instanceof PyStr)) {
            throw PyExceptions.typeError("end must be None or a string, not "
                    + end.type().getName());
        }
        PyObject write = Attributes.getAttr(file, "write");
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                Ops.call(write, sep == null || sep == PyNone.NONE ? PyStr.of(" ") : sep);
            }
            Ops.call(write, Ops.str(args[i]));
        }
        Ops.call(write, end == null || end == PyNone.NONE ? PyStr.of("\n") : end);
        if (kw[3] != null && Ops.isTrue(kw[3])) {
            Ops.callMethod(file, "flush");
        }
        return PyNone.NONE;
    }

    // CPython: Python/bltinmodule.c builtin_input_impl (the non-interactive path)
    @Exposed("input($module, prompt='', /)")
    public static PyObject input(PyObject prompt) {
        PyObject in = sysStream("stdin", "input(): ");
        PyObject out = sysStream("stdout", "input(): ");
        PyObject err = sysStream("stderr", "input(): ");
        if (in == PyNone.NONE) {
            throw PyExceptions.runtimeError("input(): lost sys.stdin");
        }
        if (out == PyNone.NONE) {
            throw PyExceptions.runtimeError("input(): lost sys.stdout");
        }
        if (err != PyNone.NONE) {
            flushQuietly(err);
        }
        if (onTerminal(in, 0) && onTerminal(out, 1)) {
            PyObject line = readTerminalLine(in, out, prompt);
            if (line != null) {
                return line;
            }
        }
        if (prompt != null) {
            Ops.callMethod(out, "write", Ops.str(prompt));
        }
        flushQuietly(out);
        PyObject line = Ops.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyExceptions.typeError("object.readline() returned non-string");
        }
        String text = s.value();
        if (text.isEmpty()) {
            throw PyExceptions.of(PyExceptions.EOFError, "EOF when reading a line");
        }
        if (text.endsWith("\n")) {
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Whether {@code stream} is the process's descriptor {@code fd} and that is a terminal. */
    private static boolean onTerminal(PyObject stream, int fd) {
        try {
            PyObject n = Ops.callMethod(stream, "fileno");
            return n instanceof dev.krait.objects.PyInt i && i.isSmall()
                    && i.longValue() == fd && PosixCalls.isatty(fd);
        } catch (PyException e) {
            // CPython clears the error: the stream is then not the terminal
            return false;
        }
    }

    /**
     * input() on a terminal: the prompt in stdout's encoding, the line in stdin's, read with
     * readline once it is imported, else as C's stdio does (the prompt on stderr); null when a
     * stream's encoding or errors is not a str (then the plain path reads).
     */
    // CPython: Python/bltinmodule.c builtin_input_impl (the tty path)
    private static PyObject readTerminalLine(PyObject in, PyObject out, PyObject prompt) {
        PyObject inEncoding;
        PyObject inErrors;
        PyObject outEncoding;
        PyObject outErrors;
        try {
            inEncoding = Attributes.getAttr(in, "encoding");
            inErrors = Attributes.getAttr(in, "errors");
            outEncoding = Attributes.getAttr(out, "encoding");
            outErrors = Attributes.getAttr(out, "errors");
        } catch (PyException e) {
            return null;
        }
        if (!(inEncoding instanceof PyStr) || !(inErrors instanceof PyStr)
                || !(outEncoding instanceof PyStr) || !(outErrors instanceof PyStr)) {
            return null;
        }
        flushQuietly(out);
        byte[] promptBytes = new byte[0];
        if (prompt != null) {
            PyObject encoded = Ops.callMethod(Ops.str(prompt), "encode", outEncoding,
                    outErrors);
            promptBytes = dev.krait.objects.PyBytes.requireBytesLike(encoded);
            for (byte b : promptBytes) {
                if (b == 0) {
                    throw PyExceptions.valueError(
                            "input: prompt string cannot contain null characters");
                }
            }
        }
        TerminalReader reader = terminalReader;
        byte[] line = reader != null ? reader.readLine(promptBytes) : stdioLine(promptBytes);
        if (line.length == 0) {
            // CPython raises it without a message here
            throw ((dev.krait.objects.PyBaseException) Ops.call(PyExceptions.EOFError)).raise();
        }
        int end = line.length - 1;
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return Ops.callMethod(dev.krait.objects.PyBytes.of(java.util.Arrays.copyOf(line, end)),
                "decode", inEncoding, inErrors);
    }

    /**
     * The line typed on the terminal (descriptor 0), with its newline, or no bytes at its end;
     * the prompt goes to descriptor 2. Read a byte at a time, so that nothing typed after the
     * line is taken from {@code sys.stdin}.
     */
    // CPython: Parser/myreadline.c PyOS_StdioReadline, my_fgets
    private static byte[] stdioLine(byte[] prompt) {
        try {
            if (prompt.length > 0) {
                PosixCalls.write(2, prompt, 0, prompt.length);
            }
            java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
            byte[] one = new byte[1];
            while (true) {
                InputWait.untilReadable(0);
                int got = dev.krait.runtime.Gil.allowThreads(() -> PosixCalls.read(0, one, 0,
                        1));
                if (got <= 0) {
                    return line.toByteArray();
                }
                line.write(one[0]);
                if (one[0] == '\n') {
                    return line.toByteArray();
                }
            }
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
    }

    private static void flushQuietly(PyObject stream) {
        try {
            Ops.callMethod(stream, "flush");
        } catch (PyException e) {
            // CPython clears an error from flushing here: the prompt matters more.
        }
    }
}
