package dev.krait.modules.spwd;

import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.fcntl.CCalls;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code spwd} module: {@code getspnam}, {@code getspall} and {@code struct_spwd}, read from
 * the C library's shadow password database (readable by root only). The C functions answer
 * pointers into static storage, so the calls are serialised and each entry is copied out at
 * once; Linux's 64-bit {@code struct spwd} is read.
 *
 * <p>CPython counterpart: Modules/spwdmodule.c.
 */
@NativeModule.Register("spwd")
public final class SpwdModule implements NativeModule {
    static final PyType STRUCT_SPWD = PyStructSequence.newType("spwd", "struct_spwd", 9, true,
            "sp_namp", "sp_pwdp", "sp_lstchg", "sp_min", "sp_max", "sp_warn", "sp_inact",
            "sp_expire", "sp_flag", "sp_nam", "sp_pwd");

    /** {@code struct spwd}: two pointers, then seven longs. */
    private static final long SPWD_SIZE = 72;
    private static final Object LOCK = new Object();

    // Each C function is bound in a holder class of its own, on its first call.
    private static final class ErrnoLocation {
        static final MethodHandle H = Libc.plainCall("__errno_location",
                FunctionDescriptor.of(PTR));
    }
    private static final class Getspnam {
        static final MethodHandle H = Libc.errnoCall("getspnam", FunctionDescriptor.of(PTR, PTR));
    }
    private static final class Setspent {
        static final MethodHandle H = Libc.plainCall("setspent", FunctionDescriptor.ofVoid());
    }
    private static final class Getspent {
        static final MethodHandle H = Libc.plainCall("getspent", FunctionDescriptor.of(PTR));
    }
    private static final class Endspent {
        static final MethodHandle H = Libc.plainCall("endspent", FunctionDescriptor.ofVoid());
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        // CPython: Modules/spwdmodule.c spwdmodule_exec warns as audioop does (see there for
        // the stack level).
        PyFrame f = ThreadState.current().frame;
        boolean inBootstrap = f != null && f.code.filename.contains("importlib")
                && f.code.filename.contains("_bootstrap");
        WarningsMachinery.warn(PyStr.of("'spwd' is deprecated and slated for removal in "
                + "Python 3.13"), PyExceptions.DeprecationWarning, inBootstrap ? 7 : 1, null);
        PyModule m = new PyModule("spwd");
        m.put("__doc__", PyStr.of("This module provides access to the Unix shadow password "
                + "database.\nIt is available on various Unix versions.\n\nShadow password "
                + "database entries are reported as 9-tuples of type struct_spwd,\ncontaining "
                + "the following items from the password database (see `<shadow.h>'):\n"
                + "sp_namp, sp_pwdp, sp_lstchg, sp_min, sp_max, sp_warn, sp_inact, sp_expire, "
                + "sp_flag.\nThe sp_namp and sp_pwdp are strings, the rest are integers.\n"
                + "An exception is raised if the entry asked for cannot be found.\nYou have to "
                + "be root to be able to use this module."));
        ModuleBuilder.addFunctions(m, SpwdModule.class);
        m.put("struct_spwd", STRUCT_SPWD);
        return m;
    }

    // CPython: Modules/spwdmodule.c spwd_getspnam_impl
    @Exposed(value = "getspnam($module, arg, /)",
            doc = "Return the shadow password database entry for the given user name.\n\n"
                    + "See `help(spwd)` for more on shadow password database entries.")
    public static PyObject getspnam(PyObject arg) {
        if (!(arg instanceof PyStr s)) {
            throw PyExceptions.typeError("getspnam() argument must be str, not "
                    + (arg == PyNone.NONE ? "None" : arg.type().getName()));
        }
        byte[] name = StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape");
        for (byte b : name) {
            if (b == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        PyObject entry;
        int errno;
        synchronized (LOCK) {
            try (Arena arena = Arena.ofConfined()) {
                // errno tells a failure from "no such user" only if it starts at zero.
                ((MemorySegment) ErrnoLocation.H.invokeExact()).reinterpret(4)
                        .set(ValueLayout.JAVA_INT, 0, 0);
                MemorySegment p = (MemorySegment) Getspnam.H.invokeExact(Libc.state(),
                        Libc.cString(arena, name));
                errno = Libc.lastErrno();
                entry = p.address() == 0 ? null : entry(p);
            } catch (Throwable t) {
                throw Libc.internal(t);
            }
        }
        if (entry == null) {
            if (errno != 0) {
                throw CCalls.osError(new Libc.Failure(errno));
            }
            throw PyExceptions.of(PyExceptions.KeyError, "getspnam(): name not found");
        }
        return entry;
    }

    // CPython: Modules/spwdmodule.c spwd_getspall_impl
    @Exposed(value = "getspall($module, /)",
            doc = "Return a list of all available shadow password database entries, in "
                    + "arbitrary order.\n\nSee `help(spwd)` for more on shadow password "
                    + "database entries.")
    public static PyObject getspall() {
        List<PyObject> out = new ArrayList<>();
        synchronized (LOCK) {
            try {
                Setspent.H.invokeExact();
                try {
                    while (true) {
                        MemorySegment p = (MemorySegment) Getspent.H.invokeExact();
                        if (p.address() == 0) {
                            break;
                        }
                        out.add(entry(p));
                    }
                } finally {
                    Endspent.H.invokeExact();
                }
            } catch (Throwable t) {
                throw Libc.internal(t);
            }
        }
        return new PyList(out);
    }

    // CPython: Modules/spwdmodule.c mkspent
    private static PyObject entry(MemorySegment p) {
        MemorySegment s = p.reinterpret(SPWD_SIZE);
        PyObject name = text(s, 0);
        PyObject password = text(s, 8);
        PyObject[] values = new PyObject[11];
        values[0] = name;
        values[1] = password;
        for (int i = 0; i < 7; i++) {
            values[2 + i] = PyInt.of(s.get(ValueLayout.JAVA_LONG, 16 + 8L * i));
        }
        values[9] = name;
        values[10] = password;
        return PyStructSequence.make(STRUCT_SPWD, values);
    }

    /** A string field: the file system encoding's text, or None for a null pointer. */
    private static PyObject text(MemorySegment s, long offset) {
        MemorySegment p = s.get(ValueLayout.ADDRESS, offset);
        if (p.address() == 0) {
            return PyNone.NONE;
        }
        byte[] b = Libc.cBytes(p, 1 << 16);
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }
}
