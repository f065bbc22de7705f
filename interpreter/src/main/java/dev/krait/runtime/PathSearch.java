package dev.krait.runtime;

import dev.krait.objects.Iteration;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The search of {@code sys.path} (or a package's {@code __path__}) for a module's file, done in
 * Java while the program's finders are the standard ones: for each directory entry, a package
 * directory with an {@code __init__} file, then a module file, then (when nothing else turns up
 * in any entry) a namespace package of every directory of that name. What Java cannot look
 * into -- a zip archive, a name with an undecodable byte -- is left to importlib's own finders
 * ({@link #needsImportlib}).
 *
 * <p>CPython counterpart: Lib/importlib/_bootstrap_external.py {@code PathFinder.find_spec} and
 * {@code FileFinder.find_spec}.
 */
final class PathSearch {
    /** The file suffixes a path entry is searched for, in CPython's FileFinder order. */
    private static final String[] FILE_SUFFIXES = {PycPaths.SOURCE_SUFFIX,
        PycPaths.BYTECODE_SUFFIX};

    private final Interpreter interp;

    PathSearch(Interpreter interp) {
        this.interp = interp;
    }

    /**
     * The spec of {@code name} as a {@code .py} file or package in {@code path}
     * ({@code sys.path} when null), or null (PathFinder.find_spec).
     */
    ModuleSpec spec(String name, List<String> path) {
        List<String> entries = path != null ? path : stringEntries(sysPath());
        String last = name.substring(name.lastIndexOf('.') + 1);
        if (last.isEmpty() || last.indexOf('/') >= 0 || last.indexOf('\0') >= 0) {
            // CPython's FileFinder looks the name up in the directory's listing, which holds
            // no such name (nor the directory itself, as resolving "" would give)
            return null;
        }
        List<String> namespacePortions = new ArrayList<>();
        for (String entry : entries) {
            // CPython: FileFinder.__init__ makes its path absolute ('' and '.' are the
            // working folder), so modules found through a relative entry have absolute files
            Path dir = entry.isEmpty() || entry.equals(".") ? Path.of("").toAbsolutePath()
                    : Path.of(entry).isAbsolute() ? Path.of(entry)
                    : Path.of(Path.of("").toAbsolutePath() + "/" + entry);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            // CPython: FileFinder.find_spec: a package directory wins over a module file of
            // the same name. Each kind of file in the order of its loader: source, then
            // compiled (a .pyc standing alone, which SourcelessFileLoader loads).
            Path pkg = dir.resolve(last);
            if (Files.isDirectory(pkg)) {
                for (String suffix : FILE_SUFFIXES) {
                    Path init = pkg.resolve("__init__" + suffix);
                    if (Files.isRegularFile(init)) {
                        return fileSpec(name, init.toString(), List.of(pkg.toString()));
                    }
                }
            }
            for (String suffix : FILE_SUFFIXES) {
                Path file = dir.resolve(last + suffix);
                if (Files.isRegularFile(file)) {
                    return fileSpec(name, file.toString(), null);
                }
            }
            if (Files.isDirectory(pkg)) {
                namespacePortions.add(pkg.toString());
            }
        }
        if (!namespacePortions.isEmpty()) {
            return ModuleSpec.namespace(name, namespacePortions);
        }
        return null;
    }

    private ModuleSpec fileSpec(String name, String origin, List<String> locations) {
        return ModuleSpec.file(name, origin, locations, PycPaths.cached(interp, origin));
    }

    /**
     * Whether only importlib's own path search can find {@code name} in {@code path}
     * ({@code sys.path} when null): once its path hooks are in place ({@code archives}), when
     * the path holds a file, such as a zip archive, or a folder inside one (a package's
     * {@code __path__} entry {@code archive.zip/pkg}), which the Java search (directories only)
     * cannot look into; and when the name or an entry holds a lone surrogate (a file name's
     * undecodable byte under {@code surrogateescape}), which a Java path cannot name but
     * importlib's search, through the {@code posix} module, can.
     */
    boolean needsImportlib(String name, List<String> path, boolean archives) {
        if (hasSurrogate(name)) {
            return true;
        }
        List<String> entries = path != null ? path : stringEntries(sysPath());
        for (String entry : entries) {
            if (hasSurrogate(entry)) {
                return true;
            }
            if (archives && !entry.isEmpty() && entry.indexOf('\0') < 0
                    && inArchive(Path.of(entry))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code p} is a file, or does not exist and lies under a file (as zipimporter
     * takes {@code archive.zip/sub/dir}). One file-system look for a directory, the common
     * entry.
     */
    // CPython: Lib/zipimport.py zipimporter.__init__ splits the path at the archive
    private static boolean inArchive(Path p) {
        for (; p != null; p = p.getParent()) {
            if (Files.isDirectory(p)) {
                return false;
            }
            if (Files.exists(p)) {
                return true;
            }
            // missing: perhaps a path inside an archive, which its parents tell
        }
        return false;
    }

    /** The str entries of a path list (others are skipped, as importlib skips them). */
    static List<String> stringEntries(PyObject path) {
        List<String> out = new ArrayList<>();
        for (PyObject e : Iteration.toList(path)) {
            if (e instanceof PyStr s) {
                out.add(s.value());
            }
        }
        return out;
    }

    private PyObject sysPath() {
        PyModule sys = interp.sysModule();
        PyObject p = sys == null ? null : sys.getDict().getItem(PyStr.of("path"));
        if (p == null) {
            throw PyExceptions.of(PyExceptions.ImportError, "sys.path must be a list of "
                    + "directory names");
        }
        return p;
    }
}
