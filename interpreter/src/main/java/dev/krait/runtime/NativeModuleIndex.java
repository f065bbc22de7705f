package dev.krait.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The native modules (written in Java) that exist, by name: the index the build writes from the
 * classes annotated {@link NativeModule.Register}, so that adding a module edits no central
 * list. Shared by every interpreter of the process; each module's class is instantiated once,
 * on its first import, and makes a fresh module object for each interpreter.
 *
 * <p>CPython counterpart: the inittab (Modules/config.c) that {@code sys.builtin_module_names}
 * lists and {@code BuiltinImporter} searches.
 */
public final class NativeModuleIndex {
    private NativeModuleIndex() {
    }

    /** Where the build writes the index (see {@link NativeModule}). */
    private static final String INDEX = "META-INF/krait/native-modules";

    /** Every native module's class name, by module name: immutable. */
    private static final Map<String, String> CLASSES = read();

    /** The module classes instantiated so far, by name (stateless factories). */
    private static final Map<String, NativeModule> FACTORIES = new ConcurrentHashMap<>();

    /**
     * Reads every copy of the index on the class path, so that an embedding application's jar
     * can add native modules of its own (the first copy naming a module wins).
     */
    private static Map<String, String> read() {
        Map<String, String> m = new TreeMap<>();
        try {
            Enumeration<URL> urls = NativeModuleIndex.class.getClassLoader().getResources(INDEX);
            while (urls.hasMoreElements()) {
                try (BufferedReader in = new BufferedReader(new InputStreamReader(
                        urls.nextElement().openStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        int tab = line.indexOf('\t');
                        if (!line.startsWith("#") && tab > 0) {
                            m.putIfAbsent(line.substring(0, tab), line.substring(tab + 1));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + INDEX, e);
        }
        return Collections.unmodifiableMap(m);
    }

    /** The names of the native modules ({@code sys.builtin_module_names}), sorted. */
    public static List<String> names() {
        return List.copyOf(CLASSES.keySet());
    }

    /** Whether a native module is called {@code name}. */
    public static boolean has(String name) {
        return CLASSES.containsKey(name);
    }

    /** The factory of native module {@code name}, or null when there is none. */
    static NativeModule factory(String name) {
        String className = CLASSES.get(name);
        if (className == null) {
            return null;
        }
        return FACTORIES.computeIfAbsent(name, n -> {
            try {
                return (NativeModule) Class.forName(className, true,
                        NativeModuleIndex.class.getClassLoader()).getConstructor().newInstance();
            } catch (ReflectiveOperationException | ClassCastException e) {
                throw new IllegalStateException("native module " + n + ": " + className
                        + " is not a NativeModule with a public no-argument constructor", e);
            }
        });
    }
}
