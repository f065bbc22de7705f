package dev.krait.runtime;

import dev.krait.ast.AstInput;
import dev.krait.ast.AstOutput;
import dev.krait.ast.AstReader;
import dev.krait.ast.AstWriter;
import dev.krait.ast.Mod;
import dev.krait.lexer.SourceWarnings;
import dev.krait.modules.sys.StdlibLocator;
import dev.krait.parser.Parser;
import dev.krait.symtable.ScopeCodec;
import dev.krait.symtable.SymbolTable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

/**
 * Krait's cache of parsed modules, its counterpart of CPython's {@code __pycache__/*.pyc}:
 * importing a module whose source was parsed before reads its syntax tree back in Krait's
 * binary form ({@link AstWriter}) instead of tokenizing and parsing it again, and with it the
 * tree's symbol table ({@link ScopeCodec}) when building it raised no error. The compiler still
 * runs on the tree, so every compile-time check and warning is as before.
 *
 * <p>The cache lives outside the source folders (the standard library's folder is not ours to
 * write): in {@code $KRAIT_CACHE_DIR} when set (set and empty turns the cache off), else
 * {@code $XDG_CACHE_HOME/krait}, else {@code ~/.cache/krait}; under it, one folder per build of
 * Krait and one file per source path. An entry is used only when everything it was made from
 * matches: its format, the shape of the AST ({@link AstReader#SCHEMA}), the build of Krait
 * that wrote it (the jar's size and time: a new build may parse differently), the source's
 * path, and the source's length and two checksums of its bytes (CRC-32C and CRC-32), which
 * check the content itself rather than the file's time, as CPython's checked hash-based .pyc
 * files do. The tree's own bytes carry a checksum too. Anything that does not match, or does
 * not read back, is a miss: the module is parsed and the entry written again.
 *
 * <p>A function's body is stored so that reading the entry skips it and reads it when the
 * function is first called ({@link AstWriter#writeSkippableBodies}, {@code ast.LazyStmts}):
 * most functions a module defines are never called in a given run.
 *
 * <p>An entry the importer writes ({@link #store}) also records whether compiling the tree
 * raised no error and no SyntaxWarning in the compiler's static checks ('return' outside
 * function, "is" with a literal ...); those depend on the tree alone, so an import that reads
 * such an entry skips that walk of the tree. A module with a warning keeps showing it on every
 * import, as before.
 *
 * <p>Writing is safe against concurrent Krait processes: an entry is written to a temporary
 * file in the same folder and renamed over the old one, so a reader sees a whole old entry or
 * a whole new one. A folder that cannot be made or written turns writing off for the process;
 * {@code -B} and {@code PYTHONDONTWRITEBYTECODE} (which set {@code sys.dont_write_bytecode})
 * turn it off as they turn off CPython's .pyc writes, while existing entries are still read --
 * except for the installed standard library's modules ({@link #mayStore}), whose .pyc files
 * CPython's installer wrote, so that CPython reads them under {@code -B} too.
 * Runs from class folders (tests, an IDE) have no build identity and use no cache unless
 * {@code KRAIT_CACHE_DIR} names one. A new build's first write removes the folders of builds
 * not written for a week.
 */
public final class ModuleCache {
    private static final byte[] MAGIC = "KRAITAST".getBytes(StandardCharsets.US_ASCII);
    /** The layout of an entry's header; bump it when the header changes. */
    private static final int FORMAT = 4;

    /** The entries' folder for this build, or null when there is no cache. */
    private final Path dir;
    private final String build;
    private volatile boolean writable = true;
    /** Entries read and entries written (tests look). */
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger writes = new AtomicInteger();

    private ModuleCache(Path dir, String build) {
        this.dir = dir;
        this.build = build;
    }

    /** A cache in {@code root} (one folder per build under it), for Krait build {@code build}. */
    public static ModuleCache in(Path root, String build) {
        String folder = AstReader.SCHEMA + "-" + Long.toHexString(hash64(build));
        return new ModuleCache(root.resolve(folder), build);
    }

    private static final class Process {
        static final ModuleCache CACHE = fromEnvironment(System::getenv);
    }

    /** The cache of this process, as the environment places it (see the class comment). */
    public static ModuleCache process() {
        return Process.CACHE;
    }

    static ModuleCache fromEnvironment(Function<String, String> getenv) {
        String explicit = getenv.apply("KRAIT_CACHE_DIR");
        String build = buildIdentity();
        if (explicit != null) {
            return explicit.isEmpty() ? new ModuleCache(null, "") : in(Path.of(explicit),
                    build == null ? "development" : build);
        }
        if (build == null) {
            return new ModuleCache(null, "");
        }
        String xdg = getenv.apply("XDG_CACHE_HOME");
        Path root;
        if (xdg != null && !xdg.isEmpty() && Path.of(xdg).isAbsolute()) {
            root = Path.of(xdg, "krait");
        } else {
            String home = getenv.apply("HOME");
            if (home == null || home.isEmpty()) {
                home = System.getProperty("user.home");
            }
            if (home == null || home.isEmpty()) {
                return new ModuleCache(null, "");
            }
            root = Path.of(home, ".cache", "krait");
        }
        return in(root, build);
    }

    /** The jar Krait runs from, as its size and time; null when it runs from class folders. */
    private static String buildIdentity() {
        try {
            var source = ModuleCache.class.getProtectionDomain().getCodeSource();
            if (source == null) {
                return null;
            }
            Path jar = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return jar + ":" + Files.size(jar) + ":" + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) {
            return null;
        }
    }

    /** True when entries can be read (a folder is configured). */
    public boolean enabled() {
        return dir != null;
    }

    /**
     * The tree of the module in {@code source} (the bytes of file {@code filename}): read from
     * the cache when an entry matches, else parsed, and written to the cache when
     * {@code mayWrite}. Parse errors are thrown as {@link Parser#parseFile} throws them (and
     * nothing is written).
     */
    public Mod parse(byte[] source, String filename, boolean mayWrite) {
        Parsed parsed = lookup(source, filename);
        if (!parsed.fromEntry() && mayWrite) {
            store(source, filename, parsed.tree(), false);
        }
        return parsed.tree();
    }

    /**
     * A module's tree, whether it came from an entry, whether that entry says the tree passed
     * the compiler's static checks with no SyntaxWarning (see {@link #store}), and the tree's
     * symbol table when the entry holds it ({@link ScopeCodec}), else null.
     */
    public record Parsed(Mod tree, boolean fromEntry, boolean checked, SymbolTable table) {}

    /**
     * The tree of the module in {@code source} (the bytes of file {@code filename}), read from
     * the cache when an entry matches, else parsed; writes nothing (the importer stores the tree
     * once it has compiled it). Parse errors are thrown as {@link Parser#parseFile} throws them.
     */
    public Parsed lookup(byte[] source, String filename) {
        return lookup(source, filename, SourceWarnings.NONE);
    }

    /** As above, issuing the parser's warnings to {@code warnings} when it parses. */
    public Parsed lookup(byte[] source, String filename, SourceWarnings warnings) {
        if (dir != null) {
            Parsed cached = read(entryPath(filename), filename, source.length,
                    contentHash(source, 0, source.length));
            if (cached != null) {
                hits.incrementAndGet();
                return cached;
            }
        }
        return new Parsed(Parser.parseFile(source, filename, warnings), false, false, null);
    }

    /**
     * Whether the importer may store the entry of the module in file {@code filename}: always,
     * unless {@code sys.dont_write_bytecode} is set ({@code -B}, {@code PYTHONDONTWRITEBYTECODE});
     * then only for a module of the installed standard library's folder. CPython's installer
     * compiled that folder's .pyc files, so CPython reads them whatever the flag says, and an
     * environment that sets the variable (many containers do) would otherwise parse every
     * library module on every run. The entries live in Krait's own cache folder; nothing is
     * written beside any source, which is what the flag is for.
     */
    public static boolean mayStore(boolean dontWriteBytecode, String filename) {
        if (!dontWriteBytecode) {
            return true;
        }
        Path stdlib = StdlibLocator.find();
        return stdlib != null && inFolder(filename, stdlib);
    }

    /** Whether {@code filename} names a file somewhere below {@code folder}. */
    static boolean inFolder(String filename, Path folder) {
        try {
            return Path.of(filename).toAbsolutePath().normalize().startsWith(folder.normalize());
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Writes the entry for {@code tree}, parsed from {@code source} (file {@code filename}).
     * {@code checked} records that compiling the tree raised no error and no SyntaxWarning in
     * the compiler's static checks, which depend on the tree alone: a later import that reads
     * the entry skips them. Does nothing when there is no cache or writing is off.
     */
    public void store(byte[] source, String filename, Mod tree, boolean checked) {
        if (dir != null && writable) {
            write(entryPath(filename), filename, source.length,
                    contentHash(source, 0, source.length), tree, checked);
        }
    }

    /** How many modules this cache has given from an entry. */
    int hits() {
        return hits.get();
    }

    /** How many entries this cache has written. */
    int writes() {
        return writes.get();
    }

    /** The entry file for a source path. */
    Path entryPath(String filename) {
        // HexFormat, not String.format: a format string is parsed on every call, once per import
        return dir.resolve(java.util.HexFormat.of().toHexDigits(hash64(filename)) + ".ast");
    }

    private Parsed read(Path entry, String filename, int sourceLength, long sourceHash) {
        byte[] data;
        // java.io, as Importer.compileFile reads the source: cheaper than NIO's channel, cold
        try (java.io.FileInputStream in = new java.io.FileInputStream(entry.toString())) {
            data = in.readAllBytes();
        } catch (IOException | SecurityException e) {
            return null;
        }
        if (data.length < MAGIC.length
                || !Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        try {
            AstInput header = new AstInput(data, MAGIC.length, data.length);
            if (header.readInt() != FORMAT || !AstReader.SCHEMA.equals(header.readString())
                    || !build.equals(header.readString())
                    || !filename.equals(header.readString())
                    || header.readLong() != sourceLength || header.readLong() != sourceHash) {
                return null;
            }
            long checked = header.readUnsigned();
            long treeHash = header.readLong();
            int treeLength = (int) header.readUnsigned();
            int scopesLength = (int) header.readUnsigned();
            int start = data.length - treeLength - scopesLength;
            if (treeLength < 0 || scopesLength < 0 || start < MAGIC.length
                    || contentHash(data, start, treeLength + scopesLength) != treeHash) {
                return null;
            }
            int treeEnd = start + treeLength;
            AstReader reader = new AstReader(data, start, treeEnd);
            reader.skippableBodies(false);
            List<Object> blocks = scopesLength > 0 ? new ArrayList<>() : null;
            reader.listBlocks(blocks);
            Mod tree = reader.nodeMod();
            if (tree == null || !reader.atEnd() || checked > 1) {
                return null;
            }
            SymbolTable table = scopesLength == 0 ? null : ScopeCodec.read(tree, filename,
                    blocks, new AstInput(data, treeEnd, data.length));
            if (table != null) {
                reader.bindBlocks(table::rebind);
            }
            return new Parsed(tree, true, checked == 1, table);
        } catch (RuntimeException e) {
            // damaged in a way the checksum missed, or not ours: a miss, rewritten after parsing
            return null;
        }
    }

    private void write(Path entry, String filename, int sourceLength, long sourceHash, Mod tree,
            boolean checked) {
        byte[] treeBytes;
        try {
            AstWriter writer = new AstWriter();
            writer.writeSkippableBodies();
            writer.nodeMod(tree);
            treeBytes = writer.toByteArray();
        } catch (RuntimeException e) {
            return;
        }
        byte[] scopes = scopeBytes(treeBytes, filename);
        AstOutput header = new AstOutput();
        header.writeInt(FORMAT);
        header.writeString(AstReader.SCHEMA);
        header.writeString(build);
        header.writeString(filename);
        header.writeLong(sourceLength);
        header.writeLong(sourceHash);
        header.writeUnsigned(checked ? 1 : 0);
        CRC32C c = new CRC32C();
        c.update(treeBytes);
        c.update(scopes);
        CRC32 d = new CRC32();
        d.update(treeBytes);
        d.update(scopes);
        header.writeLong((c.getValue() << 32) | d.getValue());
        header.writeUnsigned(treeBytes.length);
        header.writeUnsigned(scopes.length);
        byte[] head = header.toByteArray();
        byte[] all = new byte[MAGIC.length + head.length + treeBytes.length + scopes.length];
        System.arraycopy(MAGIC, 0, all, 0, MAGIC.length);
        System.arraycopy(head, 0, all, MAGIC.length, head.length);
        System.arraycopy(treeBytes, 0, all, MAGIC.length + head.length, treeBytes.length);
        System.arraycopy(scopes, 0, all, MAGIC.length + head.length + treeBytes.length,
                scopes.length);
        Path tmp = entry.resolveSibling(entry.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".tmp");
        try {
            try {
                Files.write(tmp, all);
            } catch (NoSuchFileException e) {
                Files.createDirectories(dir);
                pruneOtherBuilds();
                Files.write(tmp, all);
            }
            Files.move(tmp, entry, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            writes.incrementAndGet();
        } catch (IOException | SecurityException | UnsupportedOperationException e) {
            // an unwritable folder (permissions, a read-only or full disk) stays so: stop trying
            // for this process rather than fail again on every import
            writable = false;
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException | SecurityException ignored) {
                // nothing more to undo
            }
        }
    }

    /**
     * The symbol table of the tree in {@code treeBytes}, in {@link ScopeCodec}'s form, or no
     * bytes when the table cannot be stored (it raises an error, which must be raised again
     * on every import). The table is built on the tree read back from those bytes, so that
     * its scopes name their nodes as a later read of the entry will list them.
     */
    private static byte[] scopeBytes(byte[] treeBytes, String filename) {
        try {
            AstReader reader = new AstReader(treeBytes, 0, treeBytes.length);
            reader.skippableBodies(true);
            List<Object> blocks = new ArrayList<>();
            reader.listBlocks(blocks);
            Mod copy = reader.nodeMod();
            SymbolTable table = SymbolTable.build(copy, filename);
            AstOutput out = new AstOutput();
            ScopeCodec.write(table, blocks, out);
            return out.toByteArray();
        } catch (RuntimeException | StackOverflowError e) {
            // a SyntaxError of the symbol table (PythonSyntaxError), a tree too deep for it
            // (SymtableRecursionException): left to every import's compile to raise
            return new byte[0];
        }
    }

    /** How long another build's folder may go unwritten before a new build removes it. */
    private static final long STALE_BUILD_MILLIS = 7L * 24 * 3600 * 1000;

    /**
     * When this build's folder is new, removes the folders of other builds not written for a
     * week, so that a stream of development builds does not fill the disk. Best effort: a
     * process still using a removed folder only misses and writes its entries again.
     */
    private void pruneOtherBuilds() {
        Path root = dir.getParent();
        long now = System.currentTimeMillis();
        try (var folders = Files.newDirectoryStream(root, "*-*")) {
            for (Path folder : folders) {
                if (folder.equals(dir) || !folder.getFileName().toString().matches(
                        "[0-9a-f]{16}-[0-9a-f]{1,16}")
                        || now - Files.getLastModifiedTime(folder).toMillis()
                                < STALE_BUILD_MILLIS) {
                    continue;
                }
                try (var entries = Files.newDirectoryStream(folder)) {
                    for (Path entry : entries) {
                        Files.deleteIfExists(entry);
                    }
                }
                Files.deleteIfExists(folder);
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping: never a reason to fail an import
        }
    }

    /** CRC-32C and CRC-32 of a byte range, as one 64-bit number. */
    static long contentHash(byte[] b, int off, int len) {
        CRC32C c = new CRC32C();
        c.update(b, off, len);
        CRC32 d = new CRC32();
        d.update(b, off, len);
        return (c.getValue() << 32) | d.getValue();
    }

    private static long hash64(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        return contentHash(b, 0, b.length);
    }
}
