package dev.krait.modules.uuid;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.modules.ModuleBuilder;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.util.Optional;

/**
 * The {@code _uuid} module: {@code generate_time_safe()} from libuuid, which {@code uuid.uuid1}
 * prefers to its own clock-and-node construction, and {@code has_uuid_generate_time_safe}.
 * When libuuid (or its {@code uuid_generate_time_safe}) cannot be loaded, the module has no
 * {@code generate_time_safe} and the flag is 0, as a CPython built without libuuid's header
 * has, so {@code uuid} falls back to its pure-Python path.
 *
 * <p>CPython counterpart: Modules/_uuidmodule.c.
 */
@NativeModule.Register("_uuid")
public final class UuidModule implements NativeModule {
    /** libuuid's {@code uuid_generate_time_safe}, bound once per JVM; empty without libuuid. */
    private static final class Generate {
        static final Optional<MethodHandle> H = bind();

        private static Optional<MethodHandle> bind() {
            try {
                SymbolLookup lib = SymbolLookup.libraryLookup("libuuid.so.1", Arena.global());
                return lib.find("uuid_generate_time_safe").map(f -> Linker.nativeLinker()
                        .downcallHandle(f, FunctionDescriptor.of(ValueLayout.JAVA_INT,
                                ValueLayout.ADDRESS)));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
    }

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("_uuid");
        boolean available = Generate.H.isPresent();
        if (available) {
            ModuleBuilder.addFunctions(m, UuidModule.class);
        }
        m.put("has_uuid_generate_time_safe", PyInt.of(available ? 1 : 0));
        return m;
    }

    /** (the 16 bytes of a version-1 UUID, 0 when made safely or -1 when not). */
    // CPython: Modules/_uuidmodule.c py_uuid_generate_time_safe
    @Exposed(value = "generate_time_safe($module, /)", signature = Exposed.Signature.HIDDEN)
    public static PyObject generate_time_safe() {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment uuid = arena.allocate(16);
            int res = (int) Generate.H.orElseThrow().invokeExact(uuid);
            return PyTuple.of(new PyBytes(uuid.toArray(ValueLayout.JAVA_BYTE)), PyInt.of(res));
        } catch (Throwable t) {
            throw dev.krait.modules.posix.Libc.internal(t);
        }
    }
}
