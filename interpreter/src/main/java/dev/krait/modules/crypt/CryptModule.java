package dev.krait.modules.crypt;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Gil;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;

/**
 * The {@code _crypt} module: {@code crypt(word, salt)}, the C library's password hash (DES,
 * MD5, SHA-256/512, Blowfish, by the salt's prefix) from libcrypt, called reentrantly with a
 * {@code struct crypt_data} of the call's own. Without libcrypt the import fails, as
 * {@code _crypt} is absent from a CPython built without it, and {@code crypt} fails likewise.
 *
 * <p>CPython counterpart: Modules/_cryptmodule.c.
 */
@NativeModule.Register("_crypt")
public final class CryptModule implements NativeModule {
    /** libxcrypt's {@code sizeof(struct crypt_data)}; glibc's own is smaller. */
    private static final long CRYPT_DATA_SIZE = 32768;

    /** {@code crypt_r}, bound once per JVM; null when libcrypt cannot be loaded. */
    private static final class CryptR {
        static final MethodHandle H = bind();

        private static MethodHandle bind() {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup("libcrypt.so.1", Arena.global());
                return lib.find("crypt_r").map(f -> Linker.nativeLinker().downcallHandle(f,
                        FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS,
                                ValueLayout.ADDRESS, ValueLayout.ADDRESS),
                        Linker.Option.captureCallState("errno"))).orElse(null);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        if (CryptR.H == null) {
            throw PyExceptions.of(PyExceptions.ImportError,
                    "libcrypt.so.1: cannot open shared object file");
        }
        PyModule m = new PyModule("_crypt");
        ModuleBuilder.addFunctions(m, CryptModule.class);
        return m;
    }

    /** The {@code "s"} conversion: a str's UTF-8, without NUL characters. */
    private static byte[] cString(PyObject o, int position) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError("crypt() argument " + position + " must be str, not "
                    + o.type().getName());
        }
        return CArgs.cStringBytes(s);
    }

    // CPython: Modules/_cryptmodule.c crypt_crypt_impl
    @Exposed(value = "crypt($module, word, salt, /)", doc = "Hash a *word* with the given "
            + "*salt* and return the hashed password.\n\n*word* will usually be a user's "
            + "password.  *salt* (either a random 2 or 16\ncharacter string, possibly prefixed "
            + "with $digit$ to indicate the method)\nwill be used to perturb the encryption "
            + "algorithm and produce distinct\nresults for a given *word*.")
    public static PyObject crypt(PyObject wordArg, PyObject saltArg) {
        byte[] word = cString(wordArg, 1);
        byte[] salt = cString(saltArg, 2);
        byte[] out;
        try {
            out = Gil.allowThreads(() -> hash(word, salt));
        } catch (Libc.Failure f) {
            throw f.toOSError(null);
        }
        return StrCodecs.decode(out, 0, out.length, StrCodecs.Codec.UTF8, "strict");
    }

    /** crypt_r with a zeroed crypt_data of this call's own; runs without the GIL. */
    private static byte[] hash(byte[] word, byte[] salt) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment data = arena.allocate(CRYPT_DATA_SIZE);
            MemorySegment r = (MemorySegment) CryptR.H.invokeExact(Libc.state(),
                    Libc.cString(arena, word), Libc.cString(arena, salt), data);
            if (r.equals(MemorySegment.NULL)) {
                throw new Libc.Failure(Libc.lastErrno());
            }
            return Libc.cBytes(r, CRYPT_DATA_SIZE);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }
}
