package dev.krait.modules.sys;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code ._pth} file beside the executable ({@code <sys.executable>._pth}, or beside the file
 * a link to it resolves to): its lines replace the whole of {@code sys.path}, each taken
 * relative to the file's folder, and its presence implies isolated mode ({@code -I}: no
 * environment variables, no script folder on the path) and no {@code site} unless a line says
 * {@code import site}. Read once per process: the launcher sets the flags from it, and
 * {@link SysModule} the path.
 *
 * <p>CPython counterpart: Modules/getpath.py, "DETECT _pth FILE" and "SET pythonpath FROM _PTH
 * FILE".
 */
public record UnderPthFile(List<String> paths, boolean importSite) {
    private static volatile UnderPthFile found;
    private static volatile boolean searched;

    /** The executable's {@code ._pth} file, or null when there is none. */
    public static UnderPthFile find() {
        if (!searched) {
            found = search(SysModule.executable());
            searched = true;
        }
        return found;
    }

    private static UnderPthFile search(String executable) {
        if (executable.isEmpty()) {
            return null;
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(executable + "._pth"));
        try {
            // getpath.py tries the executable as started, then the one it really is
            Path real = Path.of(executable).toRealPath();
            candidates.add(Path.of(real + "._pth"));
        } catch (IOException | SecurityException e) {
            // no real file to look beside
        }
        for (Path pth : candidates) {
            List<String> lines;
            try {
                lines = Files.readAllLines(pth, StandardCharsets.UTF_8);
            } catch (IOException | SecurityException e) {
                continue;
            }
            return parse(pth.toAbsolutePath().getParent(), lines);
        }
        return null;
    }

    private static UnderPthFile parse(Path dir, List<String> lines) {
        List<String> paths = new ArrayList<>();
        boolean importSite = false;
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.equals("import site")) {
                importSite = true;
            } else if (line.startsWith("import ")) {
                System.err.println("unsupported 'import' line in ._pth file");
            } else {
                paths.add(dir.resolve(line).normalize().toString());
            }
        }
        return new UnderPthFile(List.copyOf(paths), importSite);
    }
}
