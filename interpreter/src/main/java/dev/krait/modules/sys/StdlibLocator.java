package dev.krait.modules.sys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the standard library of the installed CPython 3.11, which Krait reads at run time (its
 * files are never copied into Krait). Without running Python, it looks in this order:
 * <ol>
 *   <li>the system property {@code krait.stdlib} or the environment variable
 *       {@code KRAIT_STDLIB}, when set;
 *   <li>each {@code python3.11} or {@code python3} on {@code PATH}: a pyenv shim stands for
 *       {@code $PYENV_ROOT/versions/<version>} (the version from {@code PYENV_VERSION} or the
 *       root's {@code version} file), any other executable for its real path's
 *       {@code ../..}; the candidate is that prefix's {@code lib/python3.11};
 *   <li>{@code /usr/local/lib/python3.11}, then {@code /usr/lib/python3.11}.
 * </ol>
 * A candidate counts when it holds {@code os.py}. The install prefix ({@code sys.prefix}) is
 * the folder two levels above it.
 */
public final class StdlibLocator {
    private StdlibLocator() {}

    private static final String VERSION_DIR = "python3.11";

    /** What {@link #find} found, for the setting it found it under; null before. */
    private record Found(String explicit, Path stdlib) {}

    private static volatile Found found;

    /**
     * The standard-library folder, or null when no CPython 3.11 is found. The search (which
     * resolves links along PATH) runs once per process, and again only if {@code krait.stdlib}
     * changes: sys and importlib's bootstrap each ask at every start-up.
     */
    public static Path find() {
        String explicit = System.getProperty("krait.stdlib");
        if (explicit == null) {
            explicit = System.getenv("KRAIT_STDLIB");
        }
        Found f = found;
        if (f == null || !java.util.Objects.equals(f.explicit(), explicit)) {
            f = new Found(explicit, search(explicit));
            found = f;
        }
        return f.stdlib();
    }

    private static Path search(String explicit) {
        if (explicit != null && !explicit.isEmpty()) {
            return Path.of(explicit).toAbsolutePath();
        }
        String pathVar = System.getenv("PATH");
        if (pathVar != null) {
            for (String dir : pathVar.split(java.io.File.pathSeparator)) {
                if (dir.isEmpty()) {
                    continue;
                }
                for (String exe : new String[] {"python3.11", "python3"}) {
                    Path candidate = fromExecutable(Path.of(dir), exe);
                    if (candidate != null) {
                        return candidate;
                    }
                }
            }
        }
        for (String fallback : new String[] {"/usr/local/lib/", "/usr/lib/"}) {
            Path p = Path.of(fallback + VERSION_DIR);
            if (isStdlib(p)) {
                return p;
            }
        }
        return null;
    }

    private static Path fromExecutable(Path dir, String exe) {
        Path file = dir.resolve(exe);
        if (!Files.isExecutable(file)) {
            return null;
        }
        Path prefix;
        if (dir.getFileName() != null && dir.getFileName().toString().equals("shims")
                && Files.isDirectory(dir.resolveSibling("versions"))) {
            String version = pyenvVersion(dir.getParent());
            if (version == null) {
                return null;
            }
            prefix = dir.resolveSibling("versions").resolve(version);
        } else {
            try {
                Path real = file.toRealPath();
                prefix = real.getParent() == null ? null : real.getParent().getParent();
            } catch (IOException e) {
                return null;
            }
        }
        if (prefix == null) {
            return null;
        }
        Path candidate = prefix.resolve("lib").resolve(VERSION_DIR);
        return isStdlib(candidate) ? candidate : null;
    }

    private static String pyenvVersion(Path root) {
        String v = System.getenv("PYENV_VERSION");
        if (v != null && !v.isBlank()) {
            return v.split(":")[0].trim();
        }
        try {
            for (String line : Files.readAllLines(root.resolve("version"))) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    return line.trim();
                }
            }
        } catch (IOException e) {
            return null;
        }
        return null;
    }

    private static boolean isStdlib(Path p) {
        return Files.isRegularFile(p.resolve("os.py"));
    }
}
