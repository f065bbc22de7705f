package dev.krait.modules.readline;

import dev.krait.modules.ModuleBuilder;
import dev.krait.modules.builtins.ConsoleFunctions;
import dev.krait.modules.io.IoErrors;
import dev.krait.modules.posix.InputWait;
import dev.krait.modules.posix.Libc;
import dev.krait.modules.posix.PosixCalls;
import dev.krait.modules.posix.ProcessFunctions;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.Importer;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;

/**
 * The {@code readline} module over the system's GNU readline ({@link Libreadline}): the
 * history and its files, init lines and files, completion through a Python completer, the
 * startup and pre-input hooks. Importing it also gives {@code input()} readline's line editing
 * when stdin and stdout are terminals ({@link ConsoleFunctions#terminalReader}, CPython's
 * {@code PyOS_ReadlineFunctionPointer}). Without the library the module is missing, as in a
 * CPython built without it.
 *
 * <p>Readline's state belongs to the process, so the Python functions its callbacks reach are
 * those of the module imported last ({@link #active}), as CPython's module state found through
 * {@code PyState_FindModule}. Text crosses in the locale's encoding with surrogateescape, UTF-8
 * for Krait.
 *
 * <p>CPython counterpart: Modules/readline.c.
 */
@NativeModule.Register("readline")
public final class ReadlineModule implements NativeModule {
    /** CPython's word delimiters for completion: every non-alphanumeric but '.'. */
    private static final byte[] WORD_BREAK_CHARACTERS =
            " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?".getBytes();

    /** The Python side of the module imported last: its hooks and completion scope. */
    static final class State {
        PyObject completer;
        PyObject startupHook;
        PyObject preInputHook;
        PyObject displayMatchesHook;
        PyObject begidx = PyInt.of(0);
        PyObject endidx = PyInt.of(0);
        /** The number of lines history files are cut to; negative: not cut. */
        int historyLength = -1;
        boolean autoHistory = true;
    }

    private static volatile State active;

    /** The line the line handler was given: a C string (null at end of input). */
    private static MemorySegment completedLine = MemorySegment.NULL;
    private static boolean lineDone;

    @Override
    public PyModule create(Interpreter interpreter) {
        if (!Libreadline.Library.AVAILABLE) {
            throw Importer.moduleNotFound("No module named 'readline'", "readline");
        }
        PyModule m = new PyModule("readline");
        m.put("__doc__", PyStr.of("Importing this module enables command line editing using "
                + "GNU readline."));
        ModuleBuilder.addFunctions(m, ReadlineModule.class);
        int version = Libreadline.intVariable("rl_readline_version");
        m.put("_READLINE_VERSION", PyInt.of(version));
        m.put("_READLINE_RUNTIME_VERSION", PyInt.of(version));
        m.put("_READLINE_LIBRARY_VERSION", PyStr.of(Libreadline.libraryVersion()));
        State state = new State();
        setUp();
        active = state;
        ConsoleFunctions.terminalReader = ReadlineModule::callReadline;
        return m;
    }

    /** Readline set up for Python, as CPython's import does. */
    // CPython: Modules/readline.c setup_readline (the GNU readline path)
    private static void setUp() {
        try {
            Libreadline.setPointerVariable("rl_readline_name",
                    Arena.global().allocateFrom("python"));
            Libreadline.Calls.CLEAR_HISTORY.invokeExact();
            Libreadline.Calls.USING_HISTORY.invokeExact();
            // Tab inserts a tab; ESC-Tab and ESC-ESC complete.
            int ignored = (int) Libreadline.Calls.BIND_KEY.invokeExact((int) '\t',
                    Libreadline.symbol("rl_insert"));
            MemorySegment complete = Libreadline.symbol("rl_complete");
            MemorySegment metaKeymap = Libreadline.symbol("emacs_meta_keymap");
            ignored = (int) Libreadline.Calls.BIND_KEY_IN_MAP.invokeExact((int) '\t', complete,
                    metaKeymap);
            ignored = (int) Libreadline.Calls.BIND_KEY_IN_MAP.invokeExact((int) '\033', complete,
                    metaKeymap);
            Libreadline.setPointerVariable("rl_startup_hook", Libreadline.Stubs.STARTUP_HOOK);
            Libreadline.setPointerVariable("rl_pre_input_hook",
                    Libreadline.Stubs.PRE_INPUT_HOOK);
            Libreadline.setPointerVariable("rl_attempted_completion_function",
                    Libreadline.Stubs.ATTEMPTED_COMPLETION);
            setWordBreakCharacters(WORD_BREAK_CHARACTERS);
            if (!PosixCalls.isatty(1)) {
                // Issue #19884: no "enable meta key" sequence written into a pipe
                variableBind("enable-meta-key", "off");
            }
            ignored = (int) Libreadline.Calls.INITIALIZE.invokeExact();
            disableBracketedPaste();
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /**
     * The Python REPL does not take bracketed paste, and the mode writes its escape sequence to
     * stdout; CPython turns it off after each init file (bpo-42819).
     */
    private static void disableBracketedPaste() {
        variableBind("enable-bracketed-paste", "off");
    }

    private static void variableBind(String name, String value) {
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) Libreadline.Calls.VARIABLE_BIND.invokeExact(
                    arena.allocateFrom(name), arena.allocateFrom(value));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** Readline keeps the delimiters' pointer: a copy in C's heap that is never freed. */
    private static void setWordBreakCharacters(byte[] characters) {
        Libreadline.setPointerVariable("rl_completer_word_break_characters",
                Libreadline.strdup(characters));
    }

    // ---- text across the boundary ------------------------------------------------------------

    /** A str as the locale's bytes (surrogateescape); anything else is a bad argument. */
    // CPython: Modules/readline.c encode (PyUnicode_EncodeLocale)
    private static byte[] encode(PyObject s) {
        if (!(s instanceof PyStr str)) {
            throw PyExceptions.typeError("bad argument type for built-in operation");
        }
        byte[] b = StrCodecs.encode(str, StrCodecs.Codec.UTF8, "surrogateescape");
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null character");
            }
        }
        return b;
    }

    private static PyStr decode(byte[] b) {
        return StrCodecs.decode(b, 0, b.length, StrCodecs.Codec.UTF8, "surrogateescape");
    }

    /** A file name argument (PyUnicode_FSConverter), or null for None: readline's default. */
    private static byte[] fileName(PyObject name) {
        if (name == null || name == PyNone.NONE) {
            return null;
        }
        PyObject path = ProcessFunctions.fspath(name);
        byte[] b = path instanceof PyStr s
                ? StrCodecs.encode(s, StrCodecs.Codec.UTF8, "surrogateescape")
                : ((PyBytes) path).array();
        for (byte x : b) {
            if (x == 0) {
                throw PyExceptions.valueError("embedded null byte");
            }
        }
        return b;
    }

    private static MemorySegment cStringOrNull(Arena arena, byte[] b) {
        return b == null ? MemorySegment.NULL : Libc.cString(arena, b);
    }

    /** Runs a readline call on a file that answers an errno; non-zero is an OSError. */
    private interface FileCall {
        int call(MemorySegment file) throws Throwable;
    }

    private static int onFile(PyObject name, FileCall call) {
        byte[] file = fileName(name);
        try (Arena arena = Arena.ofConfined()) {
            return call.call(cStringOrNull(arena, file));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    private static void checkErrno(int errno) {
        if (errno != 0) {
            // CPython: PyErr_SetFromErrno -- no file name
            throw IoErrors.osError(errno, null);
        }
    }

    // ---- init lines and files ----------------------------------------------------------------

    @Exposed(value = "parse_and_bind($module, string, /)",
            doc = "Execute the init line provided in the string argument.")
    public static void parse_and_bind(PyObject string) {
        byte[] line = encode(string);
        try (Arena arena = Arena.ofConfined()) {
            // a fresh copy: rl_parse_and_bind writes into its argument
            int ignored = (int) Libreadline.Calls.PARSE_AND_BIND.invokeExact(
                    Libc.cString(arena, line));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "read_init_file($module, filename=None, /)",
            doc = "Execute a readline initialization file.\n\n"
                    + "The default filename is the last filename used.")
    public static void read_init_file(PyObject filename) {
        checkErrno(onFile(filename,
                f -> (int) Libreadline.Calls.READ_INIT_FILE.invokeExact(f)));
        disableBracketedPaste();
    }

    // ---- history -----------------------------------------------------------------------------

    @Exposed(value = "read_history_file($module, filename=None, /)",
            doc = "Load a readline history file.\n\nThe default filename is ~/.history.")
    public static void read_history_file(PyObject filename) {
        checkErrno(onFile(filename,
                f -> (int) Libreadline.Calls.READ_HISTORY.invokeExact(f)));
    }

    @Exposed(value = "write_history_file($module, filename=None, /)",
            doc = "Save a readline history file.\n\nThe default filename is ~/.history.")
    public static void write_history_file(PyObject filename) {
        int limit = state().historyLength;
        checkErrno(onFile(filename, f -> {
            int err = (int) Libreadline.Calls.WRITE_HISTORY.invokeExact(f);
            if (err == 0 && limit >= 0) {
                int ignored = (int) Libreadline.Calls.TRUNCATE_FILE.invokeExact(f, limit);
            }
            return err;
        }));
    }

    @Exposed(value = "append_history_file($module, nelements, filename=None, /)",
            doc = "Append the last nelements items of the history list to file.\n\n"
                    + "The default filename is ~/.history.")
    public static void append_history_file(PyObject nelements, PyObject filename) {
        int n = CArgs.asInt(nelements);
        int limit = state().historyLength;
        checkErrno(onFile(filename, f -> {
            int err = (int) Libreadline.Calls.APPEND_HISTORY.invokeExact(n, f);
            if (err == 0 && limit >= 0) {
                int ignored = (int) Libreadline.Calls.TRUNCATE_FILE.invokeExact(f, limit);
            }
            return err;
        }));
    }

    @Exposed(value = "set_history_length($module, length, /)",
            doc = "Set the maximal number of lines which will be written to the history "
                    + "file.\n\nA negative length is used to inhibit history truncation.")
    public static void set_history_length(PyObject length) {
        state().historyLength = CArgs.asInt(length);
    }

    @Exposed(value = "get_history_length($module, /)",
            doc = "Return the maximum number of lines that will be written to the history "
                    + "file.")
    public static long get_history_length() {
        return state().historyLength;
    }

    @Exposed(value = "add_history($module, string, /)",
            doc = "Add an item to the history buffer.")
    public static void add_history(PyObject string) {
        addHistory(encode(string));
    }

    private static void addHistory(byte[] line) {
        try (Arena arena = Arena.ofConfined()) {
            Libreadline.Calls.ADD_HISTORY.invokeExact(Libc.cString(arena, line));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "remove_history_item($module, pos, /)",
            doc = "Remove history item given by its zero-based position.")
    public static void remove_history_item(PyObject pos) {
        int n = historyIndex(pos);
        try {
            MemorySegment entry = (MemorySegment) Libreadline.Calls.REMOVE_HISTORY.invokeExact(n);
            freeEntry(entry, n);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "replace_history_item($module, pos, line, /)",
            doc = "Replaces history item given by its position with contents of line.\n\n"
                    + "pos is zero-based.")
    public static void replace_history_item(PyObject pos, PyObject line) {
        int n = historyIndex(pos);
        if (!(line instanceof PyStr)) {
            throw PyExceptions.typeError("replace_history_item() argument 2 must be str, not "
                    + line.type().getName());
        }
        byte[] text = encode(line);
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = (MemorySegment) Libreadline.Calls.REPLACE_HISTORY_ENTRY
                    .invokeExact(n, Libc.cString(arena, text), MemorySegment.NULL);
            freeEntry(old, n);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    private static int historyIndex(PyObject pos) {
        int n = CArgs.asInt(pos);
        if (n < 0) {
            throw PyExceptions.valueError("History index cannot be negative");
        }
        return n;
    }

    /** Frees an entry readline handed back, or raises for the position that had none. */
    private static void freeEntry(MemorySegment entry, int position) throws Throwable {
        if (entry.address() == 0) {
            throw PyExceptions.valueError("No history item at position " + position);
        }
        MemorySegment data = (MemorySegment) Libreadline.Calls.FREE_HISTORY_ENTRY
                .invokeExact(entry);
        Libreadline.free(data);
    }

    @Exposed(value = "get_history_item($module, index, /)",
            doc = "Return the current contents of history item at one-based index.")
    public static PyObject get_history_item(PyObject index) {
        byte[] line = historyLine(CArgs.asInt(index));
        return line == null ? PyNone.NONE : decode(line);
    }

    /** The line of history entry {@code index} (one-based), or null when there is none. */
    private static byte[] historyLine(int index) {
        try {
            MemorySegment entry = (MemorySegment) Libreadline.Calls.HISTORY_GET
                    .invokeExact(index);
            // HIST_ENTRY starts with its line
            return entry.address() == 0 ? null
                    : Libreadline.bytesAt(Libreadline.pointer(entry));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "get_current_history_length($module, /)",
            doc = "Return the current (not the maximum) length of history.")
    public static long get_current_history_length() {
        return Libreadline.intVariable("history_length");
    }

    @Exposed(value = "clear_history($module, /)", doc = "Clear the current readline history.")
    public static void clear_history() {
        try {
            Libreadline.Calls.CLEAR_HISTORY.invokeExact();
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "set_auto_history($module, enabled, /)",
            doc = "Enables or disables automatic history.")
    public static void set_auto_history(PyObject enabled) {
        state().autoHistory = Ops.isTrue(enabled);
    }

    // ---- the line buffer ---------------------------------------------------------------------

    @Exposed(value = "get_line_buffer($module, /)",
            doc = "Return the current contents of the line buffer.")
    public static PyObject get_line_buffer() {
        byte[] b = Libreadline.bytesAt(Libreadline.pointerVariable("rl_line_buffer"));
        return decode(b == null ? new byte[0] : b);
    }

    @Exposed(value = "insert_text($module, string, /)",
            doc = "Insert text into the line buffer at the cursor position.")
    public static void insert_text(PyObject string) {
        byte[] text = encode(string);
        try (Arena arena = Arena.ofConfined()) {
            int ignored = (int) Libreadline.Calls.INSERT_TEXT.invokeExact(
                    Libc.cString(arena, text));
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    @Exposed(value = "redisplay($module, /)",
            doc = "Change what's displayed on the screen to reflect contents of the line "
                    + "buffer.")
    public static void redisplay() {
        try {
            Libreadline.Calls.REDISPLAY.invokeExact();
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    // ---- hooks and completion ----------------------------------------------------------------

    /** The hook, or null for None; anything else not callable is refused. */
    // CPython: Modules/readline.c set_hook
    private static PyObject hook(String name, PyObject function) {
        if (function == null || function == PyNone.NONE) {
            return null;
        }
        if (!Ops.isCallable(function)) {
            throw PyExceptions.typeError("set_" + name + "(func): argument not callable");
        }
        return function;
    }

    @Exposed(value = "set_completer($module, function=None, /)",
            doc = "Set or remove the completer function.\n\n"
                    + "The function is called as function(text, state),\n"
                    + "for state in 0, 1, 2, ..., until it returns a non-string.\n"
                    + "It should return the next possible completion starting with 'text'.")
    public static void set_completer(PyObject function) {
        state().completer = hook("completer", function);
    }

    @Exposed(value = "get_completer($module, /)", doc = "Get the current completer function.")
    public static PyObject get_completer() {
        PyObject c = state().completer;
        return c == null ? PyNone.NONE : c;
    }

    @Exposed(value = "set_startup_hook($module, function=None, /)",
            doc = "Set or remove the function invoked by the rl_startup_hook callback.\n\n"
                    + "The function is called with no arguments just\n"
                    + "before readline prints the first prompt.")
    public static void set_startup_hook(PyObject function) {
        state().startupHook = hook("startup_hook", function);
    }

    @Exposed(value = "set_pre_input_hook($module, function=None, /)",
            doc = "Set or remove the function invoked by the rl_pre_input_hook callback.\n\n"
                    + "The function is called with no arguments after the first prompt\n"
                    + "has been printed and just before readline starts reading input\n"
                    + "characters.")
    public static void set_pre_input_hook(PyObject function) {
        state().preInputHook = hook("pre_input_hook", function);
    }

    @Exposed(value = "set_completion_display_matches_hook($module, function=None, /)",
            doc = "Set or remove the completion display function.\n\n"
                    + "The function is called as\n"
                    + "  function(substitution, [matches], longest_match_length)\n"
                    + "once each time matches need to be displayed.")
    public static void set_completion_display_matches_hook(PyObject function) {
        State s = state();
        s.displayMatchesHook = hook("completion_display_matches_hook", function);
        // Only while a hook is set: readline's own display is the default.
        Libreadline.setPointerVariable("rl_completion_display_matches_hook",
                s.displayMatchesHook == null ? MemorySegment.NULL
                        : Libreadline.Stubs.DISPLAY_MATCHES);
    }

    @Exposed(value = "get_completion_type($module, /)",
            doc = "Get the type of completion being attempted.")
    public static long get_completion_type() {
        return Libreadline.intVariable("rl_completion_type");
    }

    @Exposed(value = "get_begidx($module, /)",
            doc = "Get the beginning index of the completion scope.")
    public static PyObject get_begidx() {
        return state().begidx;
    }

    @Exposed(value = "get_endidx($module, /)",
            doc = "Get the ending index of the completion scope.")
    public static PyObject get_endidx() {
        return state().endidx;
    }

    @Exposed(value = "set_completer_delims($module, string, /)",
            doc = "Set the word delimiters for completion.")
    public static void set_completer_delims(PyObject string) {
        setWordBreakCharacters(encode(string));
    }

    @Exposed(value = "get_completer_delims($module, /)",
            doc = "Get the word delimiters for completion.")
    public static PyObject get_completer_delims() {
        byte[] b = Libreadline.bytesAt(
                Libreadline.pointerVariable("rl_completer_word_break_characters"));
        return decode(b == null ? new byte[0] : b);
    }

    private static State state() {
        State s = active;
        if (s == null) {
            throw PyExceptions.systemError("readline is not initialised");
        }
        return s;
    }

    // ---- what readline calls back (see Libreadline.Stubs) --------------------------------------

    /** Calls a hook with no arguments: its int result, 0 for None or any error (cleared). */
    // CPython: Modules/readline.c on_hook
    private static int callHook(PyObject hook) {
        if (hook == null) {
            return 0;
        }
        try {
            PyObject r = Ops.call(hook);
            return r == PyNone.NONE ? 0 : CArgs.asInt(r);
        } catch (PyException e) {
            return 0;
        }
    }

    static int onStartupHook() {
        try {
            State s = active;
            return s == null ? 0 : callHook(s.startupHook);
        } catch (Throwable t) {
            return 0;
        }
    }

    static int onPreInputHook() {
        try {
            State s = active;
            return s == null ? 0 : callHook(s.preInputHook);
        } catch (Throwable t) {
            return 0;
        }
    }

    /**
     * Readline's completion entry point: notes the completion scope in characters (readline
     * gives byte offsets into the line) and collects the completer's answers.
     */
    // CPython: Modules/readline.c flex_complete
    static MemorySegment onAttemptedCompletion(MemorySegment text, int start, int end) {
        try {
            State s = active;
            Libreadline.setIntVariable("rl_completion_append_character", 0);
            Libreadline.setIntVariable("rl_completion_suppress_append", 0);
            byte[] line = Libreadline.bytesAt(Libreadline.pointerVariable("rl_line_buffer"));
            if (s != null && line != null) {
                int from = Math.min(Math.max(start, 0), line.length);
                int to = Math.min(Math.max(end, from), line.length);
                int begin = StrCodecs.decode(line, 0, from, StrCodecs.Codec.UTF8,
                        "surrogateescape").length();
                int length = StrCodecs.decode(line, from, to, StrCodecs.Codec.UTF8,
                        "surrogateescape").length();
                s.begidx = PyInt.of(begin);
                s.endidx = PyInt.of(begin + length);
            }
            return (MemorySegment) Libreadline.Calls.COMPLETION_MATCHES.invokeExact(text,
                    Libreadline.Stubs.COMPLETION_ENTRY);
        } catch (Throwable t) {
            return MemorySegment.NULL;
        }
    }

    /** One answer of the completer for {@code text}, in C's heap, or null when it has none. */
    // CPython: Modules/readline.c on_completion
    static MemorySegment onCompletionEntry(MemorySegment text, int state) {
        try {
            State s = active;
            if (s == null || s.completer == null) {
                return MemorySegment.NULL;
            }
            Libreadline.setIntVariable("rl_attempted_completion_over", 1);
            byte[] t = Libreadline.bytesAt(text);
            PyObject r = Ops.call(s.completer, decode(t == null ? new byte[0] : t),
                    PyInt.of(state));
            if (r == PyNone.NONE) {
                return MemorySegment.NULL;
            }
            return Libreadline.strdup(encode(r));
        } catch (Throwable t) {
            // CPython clears the completer's error and ends the completion
            return MemorySegment.NULL;
        }
    }

    /** Readline's matches shown by the Python hook: (substitution, [matches], longest). */
    // CPython: Modules/readline.c on_completion_display_matches_hook
    static void onDisplayMatches(MemorySegment matches, int count, int maxLength) {
        try {
            State s = active;
            if (s == null || s.displayMatchesHook == null) {
                return;
            }
            MemorySegment array = matches.reinterpret((count + 1L) * Libc.PTR.byteSize());
            PyList list = new PyList();
            for (int i = 0; i < count; i++) {
                list.append(decode(Libreadline.bytesAt(
                        array.getAtIndex(Libc.PTR, i + 1L))));
            }
            PyStr substitution = decode(Libreadline.bytesAt(array.getAtIndex(Libc.PTR, 0)));
            Ops.call(s.displayMatchesHook, substitution, list, PyInt.of(maxLength));
        } catch (Throwable t) {
            // CPython clears the hook's error
        }
    }

    /** The line handler: the line typed (readline's malloc'd copy) or null at end of input. */
    // CPython: Modules/readline.c rlhandler
    static void onLine(MemorySegment line) {
        try {
            completedLine = line;
            lineDone = true;
            Libreadline.Calls.HANDLER_REMOVE.invokeExact();
        } catch (Throwable t) {
            // nothing can be reported to readline
        }
    }

    // ---- input() on a terminal -----------------------------------------------------------------

    /**
     * Reads a line with readline's editing: its bytes and a final newline, or an empty array at
     * end of input. While it waits for keys other threads run, and a signal's Python handler
     * (KeyboardInterrupt for Ctrl-C) runs; its exception abandons the line.
     */
    // CPython: Modules/readline.c call_readline, readline_until_enter_or_signal
    static byte[] callReadline(byte[] prompt) {
        try {
            if (!Libreadline.pointerVariable("rl_instream").equals(Libreadline.Streams.STDIN)
                    || !Libreadline.pointerVariable("rl_outstream")
                            .equals(Libreadline.Streams.STDOUT)) {
                Libreadline.setPointerVariable("rl_instream", Libreadline.Streams.STDIN);
                Libreadline.setPointerVariable("rl_outstream", Libreadline.Streams.STDOUT);
                Libreadline.Calls.PREP_TERMINAL.invokeExact(1);
            }
            Libreadline.setIntVariable("rl_catch_signals", 0);
            completedLine = MemorySegment.NULL;
            lineDone = false;
            try (Arena arena = Arena.ofConfined()) {
                // readline keeps a copy of the prompt
                Libreadline.Calls.HANDLER_INSTALL.invokeExact(Libc.cString(arena, prompt),
                        Libreadline.Stubs.LINE_HANDLER);
            }
            while (!lineDone) {
                waitForKey();
                Libreadline.Calls.READ_CHAR.invokeExact();
            }
            return lineRead(completedLine);
        } catch (PyException e) {
            throw e;
        } catch (Throwable t) {
            throw Libc.internal(t);
        }
    }

    /** Waits for a key; a signal handler that raises meanwhile abandons the line edited. */
    private static void waitForKey() throws Throwable {
        try {
            InputWait.untilReadable(0);
        } catch (PyException e) {
            Libreadline.Calls.FREE_LINE_STATE.invokeExact();
            Libreadline.Calls.CALLBACK_SIGCLEANUP.invokeExact();
            Libreadline.Calls.CLEANUP_AFTER_SIGNAL.invokeExact();
            Libreadline.Calls.HANDLER_REMOVE.invokeExact();
            throw e;
        }
    }

    /** The line's bytes and a newline (added to the history), or none at end of input. */
    private static byte[] lineRead(MemorySegment line) throws Throwable {
        if (line.address() == 0) {
            return new byte[0];
        }
        byte[] text = Libreadline.bytesAt(line);
        Libreadline.free(line);
        State s = active;
        if (s != null && s.autoHistory && text.length > 0) {
            int length = Libreadline.intVariable("history_length");
            byte[] last = length > 0 ? historyLine(length) : null;
            if (!java.util.Arrays.equals(text, last == null ? new byte[0] : last)) {
                addHistory(text);
            }
        }
        byte[] result = java.util.Arrays.copyOf(text, text.length + 1);
        result[text.length] = '\n';
        return result;
    }
}
