package dev.krait.modules.syslog;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Numbers;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Audit;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;

/**
 * The {@code syslog} module: {@code openlog}, {@code syslog}, {@code closelog},
 * {@code setlogmask} and the priority and facility constants, for {@code logging.handlers}
 * and daemons. The first {@code syslog()} opens the log with the script's name
 * ({@code sys.argv[0]} after its last slash) as CPython's does.
 *
 * <p>The logger's state is the C library's, one per process, and {@code openlog} keeps a
 * pointer to the identity string it is given; so the string's memory and the "log is open"
 * flag are process-wide here too ({@link OpenLog}), guarded by one lock, and the memory of an
 * identity is freed only once {@code openlog} has been given the next one (or
 * {@code closelog} has run).
 *
 * <p>CPython counterpart: Modules/syslogmodule.c.
 */
@NativeModule.Register("syslog")
public final class SyslogModule implements NativeModule {
    private static final int LOG_USER = 8;
    private static final int LOG_INFO = 6;

    private static final Object[] CONSTANTS = {
        "LOG_EMERG", 0, "LOG_ALERT", 1, "LOG_CRIT", 2, "LOG_ERR", 3, "LOG_WARNING", 4,
        "LOG_NOTICE", 5, "LOG_INFO", 6, "LOG_DEBUG", 7, "LOG_PID", 1, "LOG_CONS", 2,
        "LOG_NDELAY", 8, "LOG_ODELAY", 4, "LOG_NOWAIT", 16, "LOG_PERROR", 32, "LOG_KERN", 0,
        "LOG_USER", 8, "LOG_MAIL", 16, "LOG_DAEMON", 24, "LOG_AUTH", 32, "LOG_LPR", 48,
        "LOG_LOCAL0", 128, "LOG_LOCAL1", 136, "LOG_LOCAL2", 144, "LOG_LOCAL3", 152,
        "LOG_LOCAL4", 160, "LOG_LOCAL5", 168, "LOG_LOCAL6", 176, "LOG_LOCAL7", 184,
        "LOG_SYSLOG", 40, "LOG_CRON", 72, "LOG_UUCP", 64, "LOG_NEWS", 56, "LOG_AUTHPRIV", 80};

    // The C functions, each bound on first use. syslog is variadic: it gets "%s" and the text.
    private static final class Openlog {
        static final MethodHandle H = Libc.plainCall("openlog",
                FunctionDescriptor.ofVoid(PTR, INT, INT));
    }
    private static final class Syslog {
        static final MethodHandle H = Linker.nativeLinker().downcallHandle(
                Linker.nativeLinker().defaultLookup().find("syslog").orElseThrow(),
                FunctionDescriptor.ofVoid(INT, PTR, PTR), Linker.Option.firstVariadicArg(2));
    }
    private static final class Closelog {
        static final MethodHandle H = Libc.plainCall("closelog", FunctionDescriptor.ofVoid());
    }
    private static final class Setlogmask {
        static final MethodHandle H = Libc.plainCall("setlogmask",
                FunctionDescriptor.of(INT, INT));
    }

    /** The C library's logger state, which is the process's: see the class comment. */
    private static final class OpenLog {
        static final Object LOCK = new Object();
        static boolean open;
        /** Holds the identity string openlog was given; null when it was given none. */
        static Arena identity;
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("syslog");
        ModuleBuilder.addFunctions(m, SyslogModule.class);
        for (int i = 0; i < CONSTANTS.length; i += 2) {
            m.put((String) CONSTANTS[i], PyInt.of((Integer) CONSTANTS[i + 1]));
        }
        return m;
    }

    private static RuntimeException internal(Throwable t) {
        return Libc.internal(t);
    }

    /** sys.argv[0] after its last slash, or null when there is none to take. */
    // CPython: Modules/syslogmodule.c syslog_get_argv
    private static PyStr scriptName() {
        PyObject argv = ThreadState.current().interpreter.sysAttribute("argv");
        if (!(argv instanceof PyList list) || list.size() == 0
                || !(list.items.get(0) instanceof PyStr script) || script.value().isEmpty()) {
            return null;
        }
        String s = script.value();
        int slash = s.lastIndexOf('/');
        return slash < 0 ? script : PyStr.of(s.substring(slash + 1));
    }

    // CPython: Modules/syslogmodule.c syslog_openlog
    @Exposed(value = "openlog($module, /, ident=<unrepresentable>, logoption=0, facility=8)",
            signature = Exposed.Signature.HIDDEN)
    public static void openlog(PyObject ident, PyObject logoption, PyObject facility) {
        if (ident != null && !(ident instanceof PyStr)) {
            throw PyExceptions.typeError("openlog() argument 1 must be str, not "
                    + ident.type().getName());
        }
        long option = CArgs.asLong(logoption);
        long fac = CArgs.asLong(facility);
        open(ident == null ? scriptName() : (PyStr) ident, (int) option, (int) fac);
    }

    private static void open(PyStr ident, int option, int facility) {
        byte[] text = ident == null ? null : utf8(ident);
        Audit.audit("syslog.openlog", ident == null ? PyNone.NONE : ident, PyInt.of(option),
                PyInt.of(facility));
        synchronized (OpenLog.LOCK) {
            Arena arena = text == null ? null : Arena.ofShared();
            MemorySegment name = arena == null ? MemorySegment.NULL
                    : Libc.cString(arena, text);
            try {
                Openlog.H.invokeExact(name, option, facility);
            } catch (Throwable t) {
                throw internal(t);
            }
            if (OpenLog.identity != null) {
                OpenLog.identity.close();
            }
            OpenLog.identity = arena;
            OpenLog.open = true;
        }
    }

    /** A str as the C string CPython passes (PyUnicode_AsUTF8: strict, stops at a NUL). */
    private static byte[] utf8(PyStr s) {
        return StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
    }

    private static PyException messageStringError() {
        return PyExceptions.typeError("[priority,] message string");
    }

    /** syslog([priority,] message): logs one message, opening the log first if need be. */
    // CPython: Modules/syslogmodule.c syslog_syslog
    @Exposed(value = "syslog($module, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static void syslog(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError("syslog() takes no keyword arguments");
        }
        int priority = LOG_INFO;
        PyObject message;
        if (args.length == 2 && args[1] instanceof PyStr) {
            // "iU", and when that fails "U": any failure ends in the second one's message.
            PyInt p;
            try {
                p = Numbers.index(args[0]);
            } catch (PyException e) {
                throw messageStringError();
            }
            if (!p.isSmall() || p.longValue() != (int) p.longValue()) {
                throw messageStringError();
            }
            priority = (int) p.longValue();
            message = args[1];
        } else if (args.length == 1 && args[0] instanceof PyStr) {
            message = args[0];
        } else {
            throw messageStringError();
        }
        byte[] text = utf8((PyStr) message);
        Audit.audit("syslog.syslog", PyInt.of(priority), message);
        boolean opened;
        synchronized (OpenLog.LOCK) {
            opened = OpenLog.open;
        }
        if (!opened) {
            // outside the lock: opening raises an audit event, which runs Python hooks
            open(scriptName(), 0, LOG_USER);
        }
        int pri = priority;
        Gil.allowThreads(() -> {
            synchronized (OpenLog.LOCK) {
                try (Arena arena = Arena.ofConfined()) {
                    Syslog.H.invokeExact(pri, Libc.cString(arena, "%s".getBytes()),
                            Libc.cString(arena, text));
                } catch (Throwable t) {
                    throw internal(t);
                }
            }
            return null;
        });
    }

    // CPython: Modules/syslogmodule.c syslog_closelog
    @Exposed(value = "closelog($module, /)", signature = Exposed.Signature.HIDDEN)
    public static void closelog() {
        Audit.audit("syslog.closelog");
        synchronized (OpenLog.LOCK) {
            if (!OpenLog.open) {
                return;
            }
            try {
                Closelog.H.invokeExact();
            } catch (Throwable t) {
                throw internal(t);
            }
            if (OpenLog.identity != null) {
                OpenLog.identity.close();
                OpenLog.identity = null;
            }
            OpenLog.open = false;
        }
    }

    /** A C long from the one positional argument, or {@code missing} as the TypeError. */
    private static long oneLong(PyObject[] args, String[] kwnames, String name,
            String missing) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyExceptions.typeError(name + "() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyExceptions.typeError(missing != null ? missing
                    : name + "() takes exactly 1 argument (" + args.length + " given)");
        }
        PyInt i = Numbers.index(args[0]);
        if (!i.isSmall()) {
            throw PyExceptions.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    // CPython: Modules/syslogmodule.c syslog_setlogmask
    @Exposed(value = "setlogmask($module, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static long setlogmask(PyObject[] args, String[] kwnames) {
        long requested = oneLong(args, kwnames, "setlogmask", "mask for priority");
        Audit.audit("syslog.setlogmask", PyInt.of(requested));
        int mask = (int) requested;
        try {
            return (int) Setlogmask.H.invokeExact(mask);
        } catch (Throwable t) {
            throw internal(t);
        }
    }

    // CPython: Modules/syslogmodule.c syslog_log_mask (the LOG_MASK macro)
    @Exposed(value = "LOG_MASK($module, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static long LOG_MASK(PyObject[] args, String[] kwnames) {
        return 1L << oneLong(args, kwnames, "LOG_MASK", null);
    }

    // CPython: Modules/syslogmodule.c syslog_log_upto (the LOG_UPTO macro)
    @Exposed(value = "LOG_UPTO($module, /, *args)", signature = Exposed.Signature.HIDDEN)
    public static long LOG_UPTO(PyObject[] args, String[] kwnames) {
        return (1L << (oneLong(args, kwnames, "LOG_UPTO", null) + 1)) - 1;
    }
}
