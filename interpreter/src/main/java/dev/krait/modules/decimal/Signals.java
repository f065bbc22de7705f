package dev.krait.modules.decimal;

import dev.krait.objects.Ops;
import dev.krait.objects.PyBaseException;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyList;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.ThreadState;

/**
 * The conditions an operation can raise and the exception classes that signal them. Like
 * libmpdec, an operation gathers its conditions as bits of one status word and hands the word
 * to {@link PyDecContext#addStatus} once at the end; the bits are libmpdec's, so that the
 * "InvalidOperation" signal is the union of several conditions (conversion syntax, division
 * impossible, ...), each with its own subclass. The classes are built per interpreter (they
 * are Python classes with several bases, made by calling {@code type}), in {@link State}.
 *
 * <p>CPython counterpart: Modules/_decimal/_decimal.c {@code signal_map}, {@code cond_map},
 * {@code flags_as_exception}, {@code flags_as_list}; libmpdec/mpdecimal.h {@code MPD_*}.
 */
final class Signals {
    private Signals() {}

    static final int CLAMPED = 0x1;
    static final int CONVERSION_SYNTAX = 0x2;
    static final int DIVISION_BY_ZERO = 0x4;
    static final int DIVISION_IMPOSSIBLE = 0x8;
    static final int DIVISION_UNDEFINED = 0x10;
    static final int FPU_ERROR = 0x20;
    static final int INEXACT = 0x40;
    static final int INVALID_CONTEXT = 0x80;
    static final int INVALID_OPERATION = 0x100;
    static final int MALLOC_ERROR = 0x200;
    /** _decimal reuses libmpdec's "not implemented" bit for FloatOperation. */
    static final int FLOAT_OPERATION = 0x400;
    static final int OVERFLOW = 0x800;
    static final int ROUNDED = 0x1000;
    static final int SUBNORMAL = 0x2000;
    static final int UNDERFLOW = 0x4000;

    /** The conditions that together make the IEEE InvalidOperation signal. */
    static final int IEEE_INVALID = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE
            | DIVISION_UNDEFINED | FPU_ERROR | INVALID_CONTEXT | INVALID_OPERATION
            | MALLOC_ERROR;
    /** The traps of a default context (CPython: _decimal.c dflt_ctx). */
    static final int DEFAULT_TRAPS = IEEE_INVALID | DIVISION_BY_ZERO | OVERFLOW;

    /** The nine signals in signal_map's order: the order of repr, iteration and raising. */
    static final String[] SIGNAL_NAMES = {"InvalidOperation", "FloatOperation",
        "DivisionByZero", "Overflow", "Underflow", "Subnormal", "Inexact", "Rounded",
        "Clamped"};
    static final int[] SIGNAL_FLAGS = {IEEE_INVALID, FLOAT_OPERATION, DIVISION_BY_ZERO,
        OVERFLOW, UNDERFLOW, SUBNORMAL, INEXACT, ROUNDED, CLAMPED};

    /** The InvalidOperation conditions in cond_map's order (after InvalidOperation itself). */
    static final String[] CONDITION_NAMES = {"InvalidOperation", "ConversionSyntax",
        "DivisionImpossible", "DivisionUndefined", "InvalidContext"};
    static final int[] CONDITION_FLAGS = {INVALID_OPERATION, CONVERSION_SYNTAX,
        DIVISION_IMPOSSIBLE, DIVISION_UNDEFINED, INVALID_CONTEXT};

    /** Names of the flag bits for a context's repr (CPython: dec_signal_string). */
    private static final String[] BIT_NAMES = {"Clamped", "InvalidOperation", "DivisionByZero",
        "InvalidOperation", "InvalidOperation", "InvalidOperation", "Inexact",
        "InvalidOperation", "InvalidOperation", "InvalidOperation", "FloatOperation",
        "Overflow", "Rounded", "Subnormal", "Underflow"};

    /**
     * The list a context's repr shows for a status word: each set bit's signal name once,
     * InvalidOperation at most once. CPython: libmpdec/io.c mpd_lsnprint_signals
     */
    static String list(int flags) {
        StringBuilder sb = new StringBuilder("[");
        boolean invalidDone = false;
        for (int j = 0; j < BIT_NAMES.length; j++) {
            int f = flags & (1 << j);
            if (f == 0) {
                continue;
            }
            if ((f & IEEE_INVALID) != 0) {
                if (invalidDone) {
                    continue;
                }
                invalidDone = true;
            }
            if (sb.length() > 1) {
                sb.append(", ");
            }
            sb.append(BIT_NAMES[j]);
        }
        return sb.append(']').toString();
    }

    /** The exception classes of one interpreter's decimal module. */
    static final class State {
        final PyType decimalException;
        /** The nine signal classes, in {@link #SIGNAL_NAMES} order. */
        final PyType[] signals = new PyType[SIGNAL_NAMES.length];
        /** The InvalidOperation conditions, in {@link #CONDITION_NAMES} order. */
        final PyType[] conditions = new PyType[CONDITION_NAMES.length];
        /** The signal classes as a tuple: what iterating a signal dict yields. */
        final PyTuple signalTuple;
        /** Filled in by the module: the SignalDict class and the default template. */
        volatile PyType signalDictType;
        volatile PyDecContext defaultTemplate;
        volatile PyDecContext basicTemplate;
        volatile PyDecContext extendedTemplate;
        volatile PyObject contextVar;
        volatile PyObject decimalTuple;

        // CPython: Modules/_decimal/_decimal.c PyInit__decimal (the exception part)
        State() {
            decimalException = newException("DecimalException", PyExceptions.ArithmeticError);
            int inexact = 6;
            int rounded = 7;
            int subnormal = 5;
            for (int i = SIGNAL_NAMES.length - 1; i >= 0; i--) {
                PyType[] bases = switch (SIGNAL_NAMES[i]) {
                    case "FloatOperation" -> new PyType[] {decimalException,
                        PyExceptions.TypeError};
                    case "DivisionByZero" -> new PyType[] {decimalException,
                        PyExceptions.ZeroDivisionError};
                    case "Overflow" -> new PyType[] {signals[inexact], signals[rounded]};
                    case "Underflow" -> new PyType[] {signals[inexact], signals[rounded],
                        signals[subnormal]};
                    default -> new PyType[] {decimalException};
                };
                signals[i] = newException(SIGNAL_NAMES[i], bases);
            }
            conditions[0] = signals[0];
            for (int i = 1; i < CONDITION_NAMES.length; i++) {
                PyType[] bases = CONDITION_FLAGS[i] == DIVISION_UNDEFINED
                        ? new PyType[] {signals[0], PyExceptions.ZeroDivisionError}
                        : new PyType[] {signals[0]};
                conditions[i] = newException(CONDITION_NAMES[i], bases);
            }
            signalTuple = PyTuple.of((PyObject[]) signals.clone());
        }

        private static PyType newException(String name, PyType... bases) {
            PyDict ns = new PyDict();
            ns.setItem(PyStr.of("__module__"), PyStr.of("decimal"));
            return (PyType) Ops.call(PyType.TYPE, PyStr.of(name), PyTuple.of(
                    (PyObject[]) bases), ns);
        }

        /** The flag of a signal class, or a KeyError (CPython: exception_as_flag). */
        int flagOf(PyObject signal) {
            for (int i = 0; i < signals.length; i++) {
                if (signals[i] == signal) {
                    return SIGNAL_FLAGS[i];
                }
            }
            throw PyExceptions.keyError(PyStr.of(INVALID_SIGNALS));
        }

        /**
         * The exception for the trapped conditions of {@code flags}: the first signal class
         * in signal_map order, with the list of conditions as its argument.
         * CPython: _decimal.c dec_addstatus, flags_as_exception, flags_as_list
         */
        PyException trapped(int flags) {
            PyType ex = null;
            for (int i = 0; i < signals.length && ex == null; i++) {
                if ((flags & SIGNAL_FLAGS[i]) != 0) {
                    ex = signals[i];
                }
            }
            PyList list = new PyList();
            for (int i = 0; i < conditions.length; i++) {
                if ((flags & CONDITION_FLAGS[i]) != 0) {
                    list.append(conditions[i]);
                }
            }
            for (int i = 1; i < signals.length; i++) {
                if ((flags & SIGNAL_FLAGS[i]) != 0) {
                    list.append(signals[i]);
                }
            }
            return ((PyBaseException) Ops.call(ex, list)).raise();
        }
    }

    static final String INVALID_SIGNALS = "valid values for signals are:\n"
            + "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
            + "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
            + "   Clamped]";

    /** MemoryError(), as PyErr_NoMemory raises it (no message). */
    static PyException noMemory() {
        return ((PyBaseException) Ops.call(PyExceptions.MemoryError)).raise();
    }

    /** The running interpreter's decimal state. */
    static State state() {
        return state(ThreadState.current().interpreter);
    }

    static State state(Interpreter interp) {
        return interp.state(State.class, State::new);
    }
}
