package dev.krait.fuzz;

import dev.krait.cli.Main;
import dev.krait.differential.KraitJvm;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs many programs in Krait inside one child JVM, each as {@code krait FILE} runs it
 * ({@code Main.run}, a new interpreter per program), so that the JVM starts and warms up once.
 *
 * <p>Why a child JVM, and why markers: Krait's {@code sys.stdout} may write to the process's
 * file descriptor 1 rather than to the {@code PrintStream} given to {@code Main.run} (it does on
 * the I/O branch), so output cannot be captured per program inside the test's own JVM. Here the
 * child's stdout and stderr are pipes; after each program the worker ({@link #main}) flushes and
 * writes a marker line with the exit status to both, and the parent cuts each stream at the
 * markers. A program that hangs is stopped by killing the child; the next program starts a new
 * one.
 */
public final class RunKraitWorker implements AutoCloseable {
    private record Section(byte[] bytes, int status) {}

    private final Path workDir;
    private final String nonce = UUID.randomUUID().toString();
    private Process process;
    private OutputStream requests;
    private BlockingQueue<Section> stdout;
    private BlockingQueue<Section> stderr;

    RunKraitWorker(Path workDir) {
        this.workDir = workDir;
    }

    /** The child's loop: one absolute path per line in, a marker per stream out after each. */
    public static void main(String[] args) throws IOException {
        String marker = "\u0001" + args[0] + " ";
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
                StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(err);
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8));
        for (String file = in.readLine(); file != null; file = in.readLine()) {
            int status = Main.run(new String[] {file}, out, err);
            out.flush();
            err.flush();
            out.print(marker + status + "\n");
            out.flush();
            err.print(marker + status + "\n");
            err.flush();
        }
    }

    private void start() {
        // C1 only: programs are short, and the machine is shared.
        ProcessBuilder pb = new ProcessBuilder(KraitJvm.command(List.of(
                "-XX:TieredStopAtLevel=1", "-Dstdout.encoding=UTF-8", "-Dstderr.encoding=UTF-8"),
                KraitJvm.thisClassPath(), RunKraitWorker.class.getName(), List.of(nonce)));
        pb.environment().put("PYTHONHASHSEED", "0");
        pb.directory(workDir.toFile());
        try {
            process = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the Krait worker JVM", e);
        }
        requests = process.getOutputStream();
        stdout = new LinkedBlockingQueue<>();
        stderr = new LinkedBlockingQueue<>();
        split(process.getInputStream(), stdout);
        split(process.getErrorStream(), stderr);
    }

    /** A daemon thread cutting {@code stream} at the markers into {@code sections}. */
    private void split(InputStream stream, BlockingQueue<Section> sections) {
        byte[] marker = ("\u0001" + nonce + " ").getBytes(StandardCharsets.UTF_8);
        Thread reader = new Thread(() -> {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            try {
                for (int n = stream.read(chunk); n >= 0; n = stream.read(chunk)) {
                    buffer.write(chunk, 0, n);
                    byte[] all = buffer.toByteArray();
                    int start = 0;
                    for (int at = indexOf(all, marker, start); at >= 0;
                            at = indexOf(all, marker, start)) {
                        int end = at + marker.length;
                        while (end < all.length && all[end] != '\n') {
                            end++;
                        }
                        if (end == all.length) {
                            break; // the status is not all there yet
                        }
                        int status = Integer.parseInt(new String(all, at + marker.length,
                                end - at - marker.length, StandardCharsets.US_ASCII));
                        byte[] bytes = java.util.Arrays.copyOfRange(all, start, at);
                        sections.add(new Section(bytes, status));
                        start = end + 1;
                    }
                    buffer.reset();
                    buffer.write(all, start, all.length - start);
                }
            } catch (IOException e) {
                // the child was killed: the waiting side times out
            }
        }, "krait-worker-reader");
        reader.setDaemon(true);
        reader.start();
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Runs {@code file} in Krait, waiting at most {@code seconds} for it. */
    RunResult.Outcome run(Path file, double seconds) {
        if (process == null || !process.isAlive()) {
            start();
        }
        try {
            requests.write((file.toAbsolutePath() + "\n").getBytes(StandardCharsets.UTF_8));
            requests.flush();
            long deadline = System.nanoTime() + (long) (seconds * 1e9);
            Section out = stdout.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            Section err = out == null ? null
                    : stderr.poll(Math.max(deadline - System.nanoTime(), 1_000_000_000L),
                            TimeUnit.NANOSECONDS);
            if (out == null || err == null) {
                close();
                return RunResult.Outcome.timeout();
            }
            return new RunResult.Outcome(out.status, new String(out.bytes,
                    StandardCharsets.UTF_8), new String(err.bytes, StandardCharsets.UTF_8), false);
        } catch (IOException e) {
            close();
            return RunResult.Outcome.timeout();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            return RunResult.Outcome.timeout();
        }
    }

    @Override
    public void close() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            process = null;
        }
    }
}
