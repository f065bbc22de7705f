package dev.krait.modules.builtins;

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
    @Exposed(value = "input($module, prompt=<unrepresentable>, /)")
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

    private static void flushQuietly(PyObject stream) {
        try {
            Ops.callMethod(stream, "flush");
        } catch (PyException e) {
            // CPython clears an error from flushing here: the prompt matters more.
        }
    }
}
