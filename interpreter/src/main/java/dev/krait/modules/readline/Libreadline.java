package dev.krait.modules.readline;

import static dev.krait.modules.posix.Libc.INT;
import static dev.krait.modules.posix.Libc.PTR;

import dev.krait.modules.posix.Libc;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The GNU readline library, bound through the FFM API: its functions, each bound on first use,
 * and its variables (hooks, the line buffer, the streams), read and written at their
 * addresses. Readline's state is the process's, as in CPython: one history, one set of key
 * bindings and hooks for every interpreter of the JVM.
 *
 * <p>The C callbacks readline calls back ({@link Stubs}) are made once per JVM and hand over to
 * {@link ReadlineModule}, which finds the Python functions of the module imported last.
 *
 * <p>CPython counterpart: the readline calls of Modules/readline.c (GNU readline only: a
 * library that is libedit's emulation leaves the module missing).
 */
final class Libreadline {
    private Libreadline() {
    }

    /** The library, apart from the handles: the module's import asks only this. */
    static final class Library {
        private Library() {
        }

        static final SymbolLookup RL = find("libreadline.so.8", "libreadline.so",
                "libreadline.8.dylib", "libreadline.dylib");
        static final boolean AVAILABLE = RL != null && isGnu();

        private static SymbolLookup find(String... names) {
            for (String name : names) {
                SymbolLookup lookup = Libc.systemLibrary(name);
                if (lookup != null) {
                    return lookup;
                }
            }
            return null;
        }

        /** libedit's emulation names itself "EditLine wrapper"; GNU readline its version. */
        private static boolean isGnu() {
            MemorySegment version = RL.find("rl_library_version").orElse(null);
            return version != null && !Libc.cText(pointer(version), 64).startsWith("EditLine");
        }
    }

    private static MethodHandle rl(String name, FunctionDescriptor fd) {
        return Linker.nativeLinker().downcallHandle(symbol(name), fd);
    }

    /** The address of readline's function or variable {@code name}. */
    static MemorySegment symbol(String name) {
        return Library.RL.find(name).orElseThrow(() -> new UnsatisfiedLinkError(name));
    }

    /** The pointer stored at {@code address} (a variable of pointer type). */
    static MemorySegment pointer(MemorySegment address) {
        return address.reinterpret(PTR.byteSize()).get(PTR, 0);
    }

    static MemorySegment pointerVariable(String name) {
        return pointer(symbol(name));
    }

    static void setPointerVariable(String name, MemorySegment value) {
        symbol(name).reinterpret(PTR.byteSize()).set(PTR, 0, value);
    }

    static int intVariable(String name) {
        return symbol(name).reinterpret(INT.byteSize()).get(INT, 0);
    }

    static void setIntVariable(String name, int value) {
        symbol(name).reinterpret(INT.byteSize()).set(INT, 0, value);
    }

    /** The library's own version string, e.g. "8.2". */
    static String libraryVersion() {
        return Libc.cText(pointerVariable("rl_library_version"), 64);
    }

    /** The C string at {@code s} (not freed), or null for a null pointer. */
    static byte[] bytesAt(MemorySegment s) {
        return s.address() == 0 ? null : Libc.cBytes(s, Integer.MAX_VALUE);
    }

    /** Readline's calls, each bound on first use of the holder. */
    static final class Calls {
        private Calls() {
        }

        static final MethodHandle PARSE_AND_BIND = rl("rl_parse_and_bind",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle READ_INIT_FILE = rl("rl_read_init_file",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle VARIABLE_BIND = rl("rl_variable_bind",
                FunctionDescriptor.of(INT, PTR, PTR));
        static final MethodHandle READ_HISTORY = rl("read_history",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle WRITE_HISTORY = rl("write_history",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle APPEND_HISTORY = rl("append_history",
                FunctionDescriptor.of(INT, INT, PTR));
        static final MethodHandle TRUNCATE_FILE = rl("history_truncate_file",
                FunctionDescriptor.of(INT, PTR, INT));
        static final MethodHandle ADD_HISTORY = rl("add_history",
                FunctionDescriptor.ofVoid(PTR));
        static final MethodHandle REMOVE_HISTORY = rl("remove_history",
                FunctionDescriptor.of(PTR, INT));
        static final MethodHandle REPLACE_HISTORY_ENTRY = rl("replace_history_entry",
                FunctionDescriptor.of(PTR, INT, PTR, PTR));
        static final MethodHandle FREE_HISTORY_ENTRY = rl("free_history_entry",
                FunctionDescriptor.of(PTR, PTR));
        static final MethodHandle HISTORY_GET = rl("history_get",
                FunctionDescriptor.of(PTR, INT));
        static final MethodHandle CLEAR_HISTORY = rl("clear_history",
                FunctionDescriptor.ofVoid());
        static final MethodHandle USING_HISTORY = rl("using_history",
                FunctionDescriptor.ofVoid());
        static final MethodHandle INSERT_TEXT = rl("rl_insert_text",
                FunctionDescriptor.of(INT, PTR));
        static final MethodHandle REDISPLAY = rl("rl_redisplay", FunctionDescriptor.ofVoid());
        static final MethodHandle BIND_KEY = rl("rl_bind_key",
                FunctionDescriptor.of(INT, INT, PTR));
        static final MethodHandle BIND_KEY_IN_MAP = rl("rl_bind_key_in_map",
                FunctionDescriptor.of(INT, INT, PTR, PTR));
        static final MethodHandle INITIALIZE = rl("rl_initialize", FunctionDescriptor.of(INT));
        static final MethodHandle COMPLETION_MATCHES = rl("rl_completion_matches",
                FunctionDescriptor.of(PTR, PTR, PTR));
        static final MethodHandle HANDLER_INSTALL = rl("rl_callback_handler_install",
                FunctionDescriptor.ofVoid(PTR, PTR));
        static final MethodHandle READ_CHAR = rl("rl_callback_read_char",
                FunctionDescriptor.ofVoid());
        static final MethodHandle HANDLER_REMOVE = rl("rl_callback_handler_remove",
                FunctionDescriptor.ofVoid());
        static final MethodHandle FREE_LINE_STATE = rl("rl_free_line_state",
                FunctionDescriptor.ofVoid());
        static final MethodHandle CALLBACK_SIGCLEANUP = rl("rl_callback_sigcleanup",
                FunctionDescriptor.ofVoid());
        static final MethodHandle CLEANUP_AFTER_SIGNAL = rl("rl_cleanup_after_signal",
                FunctionDescriptor.ofVoid());
        static final MethodHandle PREP_TERMINAL = rl("rl_prep_terminal",
                FunctionDescriptor.ofVoid(INT));
        static final MethodHandle FREE = Libc.plainCall("free", FunctionDescriptor.ofVoid(PTR));
        static final MethodHandle STRDUP = Libc.plainCall("strdup",
                FunctionDescriptor.of(PTR, PTR));
    }

    /** The C library's {@code stdin} and {@code stdout} streams ({@code FILE *}). */
    static final class Streams {
        private Streams() {
        }

        static final MemorySegment STDIN = pointer(libcSymbol("stdin"));
        static final MemorySegment STDOUT = pointer(libcSymbol("stdout"));

        private static MemorySegment libcSymbol(String name) {
            return Linker.nativeLinker().defaultLookup().find(name)
                    .orElseThrow(() -> new UnsatisfiedLinkError(name));
        }
    }

    /**
     * The C functions readline calls back, made once per JVM for its whole life (readline
     * keeps their addresses): each hands over to {@link ReadlineModule} and never lets a Java
     * exception reach C.
     */
    static final class Stubs {
        private Stubs() {
        }

        static final MemorySegment STARTUP_HOOK = stub("onStartupHook",
                MethodType.methodType(int.class), FunctionDescriptor.of(INT));
        static final MemorySegment PRE_INPUT_HOOK = stub("onPreInputHook",
                MethodType.methodType(int.class), FunctionDescriptor.of(INT));
        static final MemorySegment ATTEMPTED_COMPLETION = stub("onAttemptedCompletion",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class,
                        int.class), FunctionDescriptor.of(PTR, PTR, INT, INT));
        static final MemorySegment COMPLETION_ENTRY = stub("onCompletionEntry",
                MethodType.methodType(MemorySegment.class, MemorySegment.class, int.class),
                FunctionDescriptor.of(PTR, PTR, INT));
        static final MemorySegment DISPLAY_MATCHES = stub("onDisplayMatches",
                MethodType.methodType(void.class, MemorySegment.class, int.class, int.class),
                FunctionDescriptor.ofVoid(PTR, INT, INT));
        static final MemorySegment LINE_HANDLER = stub("onLine",
                MethodType.methodType(void.class, MemorySegment.class),
                FunctionDescriptor.ofVoid(PTR));

        private static MemorySegment stub(String method, MethodType type,
                FunctionDescriptor fd) {
            try {
                MethodHandle target = MethodHandles.lookup().findStatic(ReadlineModule.class,
                        method, type);
                return Linker.nativeLinker().upcallStub(target, fd, Arena.global());
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** A copy of {@code bytes} in C's heap, which readline may keep and free. */
    static MemorySegment strdup(byte[] bytes) {
        try (Arena arena = Arena.ofConfined()) {
            return (MemorySegment) Calls.STRDUP.invokeExact(Libc.cString(arena, bytes));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    static void free(MemorySegment p) {
        try {
            Calls.FREE.invokeExact(p);
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }
}
