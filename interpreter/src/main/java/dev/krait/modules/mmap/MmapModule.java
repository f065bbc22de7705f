package dev.krait.modules.mmap;

import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyModule;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;

/**
 * The {@code mmap} module object: the {@code mmap} type, {@code error} (OSError itself, as in
 * CPython) and the Linux constants for protections, flags, access modes and advice, with the
 * values of the C headers CPython was built against (x86-64 and arm64 Linux share them).
 *
 * <p>CPython counterpart: Modules/mmapmodule.c {@code mmap_exec}.
 */
@NativeModule.Register("mmap")
public final class MmapModule implements NativeModule {
    /** The constants, in the order CPython adds them; PAGESIZE comes from the system. */
    private static final Object[][] CONSTANTS = {
        {"PROT_EXEC", 4}, {"PROT_READ", 1}, {"PROT_WRITE", 2},
        {"MAP_SHARED", 1}, {"MAP_PRIVATE", 2}, {"MAP_DENYWRITE", 0x800},
        {"MAP_EXECUTABLE", 0x1000}, {"MAP_ANON", 0x20}, {"MAP_ANONYMOUS", 0x20},
        {"MAP_POPULATE", 0x8000}, {"MAP_STACK", 0x20000},
        {"ACCESS_DEFAULT", 0}, {"ACCESS_READ", 1}, {"ACCESS_WRITE", 2}, {"ACCESS_COPY", 3},
        {"MADV_NORMAL", 0}, {"MADV_RANDOM", 1}, {"MADV_SEQUENTIAL", 2}, {"MADV_WILLNEED", 3},
        {"MADV_DONTNEED", 4}, {"MADV_REMOVE", 9}, {"MADV_DONTFORK", 10}, {"MADV_DOFORK", 11},
        {"MADV_HWPOISON", 100}, {"MADV_MERGEABLE", 12}, {"MADV_UNMERGEABLE", 13},
        {"MADV_HUGEPAGE", 14}, {"MADV_NOHUGEPAGE", 15}, {"MADV_DONTDUMP", 16},
        {"MADV_DODUMP", 17}, {"MADV_FREE", 8},
    };

    @Override
    public PyModule create(Interpreter interpreter) {
        PyModule m = new PyModule("mmap");
        m.put("error", PyExceptions.OSError);
        m.put("mmap", PyMmap.TYPE);
        for (Object[] c : CONSTANTS) {
            m.put((String) c[0], PyInt.of((Integer) c[1]));
        }
        int page = Mapping.pageSize();
        m.put("PAGESIZE", PyInt.of(page));
        m.put("ALLOCATIONGRANULARITY", PyInt.of(page));
        return m;
    }
}
