package dev.krait.differential;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * CPython 3.11 as the oracle: a long-lived {@code python3} helper process (the resource
 * {@code oracle_helper.py}) that answers many parse requests over a pipe, so that comparing
 * thousands of sources costs one interpreter start-up, not thousands.
 *
 * <p>Each request sends the source bytes; the reply is {@code ast.dump(ast.parse(src),
 * include_attributes=...)}, or its SHA-256 in digest mode, or the exception CPython raised (see
 * {@link ParseOutcome}). A request that takes longer than the timeout kills the helper; the next
 * request starts a fresh one. One oracle answers one request at a time; run several oracles to
 * ask in parallel.
 *
 * <p>Why {@link ProcessBuilder} here and Commons Exec in {@link PythonRun}: Commons Exec is built
 * around running a command to completion, pumping its output into streams on its own threads. A
 * conversation -- write a request, read exactly its reply, repeat -- needs the child's raw stdin
 * and stdout, which {@link Process} gives directly; with Commons Exec it would take piped streams
 * and pump threads for every helper. One-shot runs ({@code python3 FILE} with a timeout) use
 * Commons Exec, the project's choice for running CPython.
 *
 * <p>The interpreter is {@code python3} on the PATH, or the one named by the system property
 * {@code krait.python} or the environment variable {@code KRAIT_PYTHON}.
 */
public final class CPythonOracle implements AutoCloseable {
    /** The default time one request may take before the helper is declared hung. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    private static final String HELPER_RESOURCE = "oracle_helper.py";

    /** Kills hung helpers; one daemon thread serves every oracle. */
    private static final ScheduledExecutorService WATCHDOG =
            Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "cpython-oracle-watchdog");
                thread.setDaemon(true);
                return thread;
            });

    private final Duration timeout;
    private Process process;
    private OutputStream toHelper;
    private InputStream fromHelper;
    private String pythonVersion;
    private String pythonExecutable;

    /** A request CPython did not answer: the helper hung or died. It is restarted for the next. */
    public static final class OracleFailure extends RuntimeException {
        public OracleFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private CPythonOracle(Duration timeout) {
        this.timeout = timeout;
    }

    /** Starts a long-lived CPython helper process with the default timeout per request. */
    public static CPythonOracle start() {
        return start(DEFAULT_TIMEOUT);
    }

    /** Starts a long-lived CPython helper process; each request may take up to {@code timeout}. */
    public static CPythonOracle start(Duration timeout) {
        CPythonOracle oracle = new CPythonOracle(timeout);
        oracle.ensureRunning();
        return oracle;
    }

    /** The command that runs CPython: {@code krait.python}, {@code KRAIT_PYTHON} or python3. */
    public static String pythonCommand() {
        String configured = System.getProperty("krait.python");
        if (configured == null || configured.isEmpty()) {
            configured = System.getenv("KRAIT_PYTHON");
        }
        return configured == null || configured.isEmpty() ? "python3" : configured;
    }

    /** {@code ast.dump(ast.parse(source), include_attributes=...)} in CPython, or the exception. */
    public synchronized ParseOutcome parse(byte[] source, boolean includeAttributes) {
        return request("parse", source, includeAttributes, false);
    }

    /** {@link #parse}, with the dump replaced by its SHA-256 (see {@link ParseOutcome}). */
    public synchronized ParseOutcome parseDigest(byte[] source, boolean includeAttributes) {
        return request("parse", source, includeAttributes, true);
    }

    /** {@link #parse} of a file the helper reads itself, sparing the pipe a copy of it. */
    public synchronized ParseOutcome parseFile(Path file, boolean includeAttributes,
            boolean digest) {
        byte[] path = file.toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8);
        return request("parse-file", path, includeAttributes, digest);
    }

    /** The helper's {@code sys.version_info} as {@code "3.11.7"}. */
    public synchronized String pythonVersion() {
        ensureRunning();
        return pythonVersion;
    }

    /** The helper's {@code sys.executable}: the real interpreter behind a shim such as pyenv's. */
    public synchronized String pythonExecutable() {
        ensureRunning();
        return pythonExecutable;
    }

    private ParseOutcome request(String kind, byte[] payload, boolean attributes,
            boolean digest) {
        ensureRunning();
        Process running = process;
        boolean[] timedOut = {false};
        ScheduledFuture<?> kill = WATCHDOG.schedule(() -> {
            timedOut[0] = true;
            running.destroyForcibly();
        }, timeout.toMillis(), TimeUnit.MILLISECONDS);
        try {
            String header = kind + " " + (attributes ? 1 : 0) + " " + (digest ? 1 : 0) + " "
                    + payload.length + "\n";
            toHelper.write(header.getBytes(StandardCharsets.US_ASCII));
            toHelper.write(payload);
            toHelper.flush();
            String[] replyHeader = readLine(fromHelper).split(" ");
            String body = new String(fromHelper.readNBytes(Integer.parseInt(replyHeader[1])),
                    StandardCharsets.UTF_8);
            return replyHeader[0].equals("ok") ? ParseOutcome.parsed(body) : error(body);
        } catch (IOException | RuntimeException e) {
            stop();
            String why = timedOut[0] ? "CPython took longer than " + timeout.toSeconds() + " s"
                    : "the CPython helper failed";
            throw new OracleFailure(why + " (it will be restarted)", e);
        } finally {
            kill.cancel(false);
        }
    }

    private static ParseOutcome error(String body) {
        String[] f = body.split("\n", 6);
        return new ParseOutcome(null, f[0], f[5], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                Integer.parseInt(f[3]), Integer.parseInt(f[4]));
    }

    private void ensureRunning() {
        if (process != null && process.isAlive()) {
            return;
        }
        try {
            Path script = helperScript();
            process = new ProcessBuilder(pythonCommand(), "-X", "utf8", script.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            toHelper = new BufferedOutputStream(process.getOutputStream(), 1 << 16);
            fromHelper = new BufferedInputStream(process.getInputStream(), 1 << 16);
            String[] ready = readLine(fromHelper).split(" ", 3);
            if (!ready[0].equals("ready")) {
                throw new IOException("unexpected greeting from the helper: " + ready[0]);
            }
            pythonVersion = ready[1];
            pythonExecutable = ready[2];
        } catch (IOException | RuntimeException e) {
            stop();
            throw new OracleFailure("could not start CPython (" + pythonCommand() + ")", e);
        }
    }

    /** The helper script, copied out of the jar once per JVM so that python3 can run it. */
    private static synchronized Path helperScript() throws IOException {
        if (helperPath == null || !Files.exists(helperPath)) {
            try (InputStream in = CPythonOracle.class.getResourceAsStream(HELPER_RESOURCE)) {
                if (in == null) {
                    throw new IOException("resource " + HELPER_RESOURCE + " is missing");
                }
                Path file = Files.createTempFile("krait-oracle-", ".py");
                file.toFile().deleteOnExit();
                Files.write(file, in.readAllBytes());
                helperPath = file;
            }
        }
        return helperPath;
    }

    private static Path helperPath;

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new IOException("the CPython helper closed its output");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private void stop() {
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        process = null;
    }

    /** Ends the helper process. */
    @Override
    public synchronized void close() {
        if (process != null) {
            try {
                toHelper.close(); // end of input: the helper returns from its loop
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (IOException | InterruptedException e) {
                // the process is stopped forcibly below either way
            }
        }
        stop();
    }

    /** Runs {@code python3 FILE ARGS...} once; see {@link PythonRun}. */
    public static PythonRun.Result runFile(Path file, Duration timeout, String... args) {
        return PythonRun.runFile(file, timeout, args);
    }
}
