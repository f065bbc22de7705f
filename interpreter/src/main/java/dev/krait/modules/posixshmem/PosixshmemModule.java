package dev.krait.modules.posixshmem;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.signal.SignalState;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.invoke.MethodHandle;

/**
 * The {@code _posixshmem} module: {@code shm_open} and {@code shm_unlink}, the two C library
 * calls that {@code multiprocessing.shared_memory} needs beyond {@code os} and {@code mmap}.
 * They are called through the Foreign Function and Memory API, as {@code posix}'s are; the
 * descriptor {@code shm_open} answers is a real one that {@code os.ftruncate}, {@code mmap} and
 * {@code os.close} take.
 *
 * <p>CPython counterpart: Modules/_multiprocessing/posixshmem.c.
 */
@NativeModule.Register("_posixshmem")
public final class PosixshmemModule implements NativeModule {
    /** EINTR on Linux. */
    private static final int EINTR = 4;

    // Bound on first use, once per JVM.
    private static final class ShmOpen {
        static final MethodHandle H = Libc.errnoCall("shm_open",
                FunctionDescriptor.of(INT, PTR, INT, INT));
    }
    private static final class ShmUnlink {
        static final MethodHandle H = Libc.errnoCall("shm_unlink", FunctionDescriptor.of(INT, PTR));
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_posixshmem");
        m.put("__doc__", PyStr.of("POSIX shared memory module"));
        ModuleBuilder.addFunctions(m, PosixshmemModule.class);
        return m;
    }

    // CPython: Modules/_multiprocessing/posixshmem.c _posixshmem_shm_open_impl
    @Exposed(value = "shm_open($module, /, path, flags, mode=511)",
            doc = "Open a shared memory object.  Returns a file descriptor (integer).")
    public static long shm_open(PyObject path, PyObject flags, PyObject mode) {
        byte[] name = pathBytes("shm_open", path);
        int f = CArgs.asInt(flags);
        int m = CArgs.asInt(mode);
        while (true) {
            try (Arena arena = Arena.ofConfined()) {
                return Libc.check((int) ShmOpen.H.invokeExact(Libc.state(),
                        Libc.cString(arena, name), f, m));
            } catch (Libc.Failure e) {
                retryOrRaise(e, path);
            } catch (Throwable t) {
                throw Libc.internal(t);
            }
        }
    }

    // CPython: Modules/_multiprocessing/posixshmem.c _posixshmem_shm_unlink_impl
    @Exposed(value = "shm_unlink($module, /, path)",
            doc = "Remove a shared memory object (similar to unlink()).\n\nRemove a shared "
                    + "memory object name, and, once all processes  have  unmapped\nthe object, "
                    + "de-allocates and destroys the contents of the associated memory\n"
                    + "region.")
    public static PyObject shm_unlink(PyObject path) {
        byte[] name = pathBytes("shm_unlink", path);
        while (true) {
            try (Arena arena = Arena.ofConfined()) {
                Libc.check((int) ShmUnlink.H.invokeExact(Libc.state(),
                        Libc.cString(arena, name)));
                return PyNone.NONE;
            } catch (Libc.Failure e) {
                retryOrRaise(e, path);
            } catch (Throwable t) {
                throw Libc.internal(t);
            }
        }
    }

    /**
     * The name as {@code PyUnicode_AsUTF8} gives it to C: a str's UTF-8 (the C library reads it
     * up to its first NUL, as in CPython); lone surrogates cannot be encoded.
     */
    private static byte[] pathBytes(String function, PyObject path) {
        if (!(path instanceof PyStr s)) {
            // CPython: Python/getargs.c _PyArg_BadArgument
            throw PyExceptions.typeError(function + "() argument 'path' must be str, not "
                    + (path == PyNone.NONE ? "None" : path.type().getName()));
        }
        return StrCodecs.encode(s, StrCodecs.Codec.UTF8, "strict");
    }

    /** After EINTR the signal handlers run and the call is made again (PEP 475). */
    private static void retryOrRaise(Libc.Failure e, PyObject path) {
        if (e.errno != EINTR) {
            throw e.toOSError(path);
        }
        SignalState.checkSignals();
    }
}
