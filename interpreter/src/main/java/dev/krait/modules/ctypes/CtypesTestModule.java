package dev.krait.modules.ctypes;

import dev.krait.modules.sys.StdlibLocator;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * {@code _ctypes_test}: the C library of functions CPython's ctypes tests call
 * ({@code CDLL(_ctypes_test.__file__)}). It is C code of CPython's own build, compiled into the
 * installed CPython's {@code lib-dynload} as an extension module; Krait cannot run it as a
 * module (it has no C API), but the tests only load it as a library. So this module names
 * that file as its {@code __file__}, after loading (globally) the {@code libpython3.11} the
 * file links against, whose few symbols it references must resolve for the loader to accept
 * it; no code of libpython runs. The module's two Python functions ({@code func},
 * {@code func_si}) need the C API and are absent. Without the installed files the module
 * does not exist, as when CPython is built without its test modules.
 *
 * <p>CPython counterpart: Modules/_ctypes/_ctypes_test.c.
 */
@NativeModule.Register("_ctypes_test")
public final class CtypesTestModule implements NativeModule {
    @Override
    public PyModule create(Interpreter interpreter) {
        Path library = find();
        if (library == null) {
            throw Importer.moduleNotFound("No module named '_ctypes_test'", "_ctypes_test");
        }
        PyModule m = new PyModule("_ctypes_test");
        m.put("__file__", PyStr.of(library.toString()));
        return m;
    }

    /** The test library, once the libpython it needs is loaded; null when either is absent. */
    private static Path find() {
        Path stdlib = StdlibLocator.find();
        if (stdlib == null || stdlib.getParent() == null) {
            return null;
        }
        Path library = firstMatch(stdlib.resolve("lib-dynload"), "_ctypes_test.");
        Path libpython = firstMatch(stdlib.getParent(), "libpython3.11.so");
        if (library == null || libpython == null) {
            return null;
        }
        byte[] name = libpython.toString().getBytes(StandardCharsets.UTF_8);
        if (Dl.open(name, Dl.RTLD_NOW | Dl.RTLD_GLOBAL) == 0) {
            return null;
        }
        return library;
    }

    private static Path firstMatch(Path dir, String prefix) {
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && (n.endsWith(".so") || n.contains(".so."));
            }).sorted().findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }
}
