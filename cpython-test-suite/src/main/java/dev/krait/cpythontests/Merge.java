package dev.krait.cpythontests;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code bin/cpython-tests --merge}: joins the result files of several shards (on several
 * machines, or in several sessions) into the one result of the whole run. Only results that
 * describe the same thing are joined: the same interpreter always, and unless forced the same
 * commit and the same CPython, with no module in two files — a merge of mismatched parts would
 * give a number that belongs to no commit. The merged file lists its parts (file, shard, date,
 * JDK, module count) and says which shards of an {@code I/N} split are missing.
 */
final class Merge {
    private Merge() {}

    /** The merged run, and what the caller should tell the user about it. */
    record Result(ResultFiles.Run run, List<String> warnings) {}

    /** Raised when the parts must not be merged; the message says why. */
    static final class Refused extends IllegalStateException {
        Refused(String message) {
            super(message);
        }
    }

    static Result merge(List<Path> files, boolean force) {
        if (files.isEmpty()) {
            throw new Refused("--merge needs result files");
        }
        List<String> warnings = new ArrayList<>();
        List<ResultFiles.Run> runs = files.stream().map(ResultFiles::readJson).toList();
        ResultFiles.RunInfo first = runs.getFirst().info();
        for (int i = 1; i < runs.size(); i++) {
            ResultFiles.RunInfo other = runs.get(i).info();
            if (!first.interpreter().equals(other.interpreter())) {
                throw new Refused(files.get(i) + " holds " + other.interpreter()
                        + "'s results, " + files.getFirst() + " " + first.interpreter() + "'s");
            }
            mismatch("commit", first.commit(), other.commit(), files.getFirst(), files.get(i),
                    force, warnings);
            mismatch("CPython", first.python(), other.python(), files.getFirst(), files.get(i),
                    force, warnings);
        }
        Map<String, ModuleResult> modules = new LinkedHashMap<>();
        Map<String, Path> from = new LinkedHashMap<>();
        List<ResultFiles.Part> parts = new ArrayList<>();
        Set<String> selections = new LinkedHashSet<>();
        for (int i = 0; i < runs.size(); i++) {
            ResultFiles.Run run = runs.get(i);
            for (ModuleResult m : run.modules()) {
                Path earlier = from.put(m.module(), files.get(i));
                if (earlier != null) {
                    String text = m.module() + " is in both " + earlier + " and " + files.get(i);
                    if (!force) {
                        throw new Refused(text + " (overlapping shards; --force keeps the "
                                + "later)");
                    }
                    warnings.add(text + ": the later result is kept");
                }
                modules.put(m.module(), m);
            }
            ResultFiles.RunInfo info = run.info();
            selections.add(info.selection());
            if (info.merged().isEmpty()) {
                parts.add(new ResultFiles.Part(files.get(i).getFileName().toString(),
                        info.shard(), info.date(), info.jdk(), run.modules().size()));
            } else {
                parts.addAll(info.merged());
            }
        }
        // a package run whole in one part and as its submodules in another (split-packages.txt)
        // would be counted twice: the submodules' results stand for it
        for (String module : List.copyOf(modules.keySet())) {
            String pkg = TestCatalog.splitPackage(module);
            if (pkg != null && modules.remove(pkg) != null) {
                warnings.add(pkg + " is also run as its submodules (" + module + ", ...): the "
                        + "package's own result is left out");
            }
        }
        String missing = missingShards(parts);
        if (missing != null) {
            warnings.add(missing);
        }
        List<ModuleResult> sorted = new ArrayList<>(modules.values());
        sorted.sort((a, b) -> a.module().compareTo(b.module()));
        ResultFiles.RunInfo info = new ResultFiles.RunInfo(first.interpreter(), first.commit(),
                first.jdk(), first.python(), Instant.now().toString(),
                selections.size() == 1 ? selections.iterator().next() : "mixed", null,
                List.copyOf(parts));
        return new Result(new ResultFiles.Run(info, List.copyOf(sorted)), warnings);
    }

    private static void mismatch(String what, String a, String b, Path fileA, Path fileB,
            boolean force, List<String> warnings) {
        if (a == null ? b == null : a.equals(b)) {
            return;
        }
        String text = fileA + " and " + fileB + " are of different " + what + "s (" + a
                + ", " + b + ")";
        if (!force) {
            throw new Refused(text + "; --force merges them anyway");
        }
        warnings.add(text + ": merged because of --force; the merged file names the first");
    }

    /** Which shards of an I/N split are not among {@code parts} (null: none missing). */
    static String missingShards(List<ResultFiles.Part> parts) {
        Map<Integer, Set<Integer>> seen = new LinkedHashMap<>();
        for (ResultFiles.Part p : parts) {
            if (p.shard() == null) {
                continue;
            }
            String[] f = p.shard().split("/");
            seen.computeIfAbsent(Integer.valueOf(f[1]), n -> new TreeSet<>())
                    .add(Integer.valueOf(f[0]));
        }
        List<String> missing = new ArrayList<>();
        seen.forEach((n, have) -> {
            for (int i = 1; i <= n; i++) {
                if (!have.contains(i)) {
                    missing.add(i + "/" + n);
                }
            }
        });
        return missing.isEmpty() ? null : "shards not merged (the result is partial): "
                + String.join(", ", missing);
    }
}
