package dev.krait.fuzz;

import dev.krait.differential.CPythonOracle;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs many programs in one long-lived {@code python3} process, each as {@code python3 FILE}
 * would run it: a fresh {@code __main__} namespace, the file's absolute name in tracebacks, its
 * stdout and stderr captured apart, exit status 1 after an uncaught exception whose traceback is
 * printed by CPython's own {@code sys.__excepthook__} (the driver's frame removed from it), and
 * {@code SystemExit} handled as {@code Py_Main} handles it. Starting CPython costs tens of
 * milliseconds; running a generated program, about one — hence one process per batch.
 * {@code RunDifferentialTest} checks that the driver's answers equal {@code python3 FILE}'s.
 *
 * <p>A program that runs longer than the limit is interrupted by a repeating timer signal (so a
 * bare {@code except:} cannot swallow it for good) and reported as timed out.
 */
final class RunCPythonBatch implements AutoCloseable {
    private static final String DRIVER = """
            import io, signal, sys

            class _Timeout(BaseException):
                pass

            _state = {'expired': False}

            def _alarm(signum, frame):
                _state['expired'] = True
                raise _Timeout()

            def _run(path, limit):
                out, err = io.StringIO(), io.StringIO()
                sys.stdout, sys.stderr = out, err
                main = {'__name__': '__main__', '__file__': path, '__cached__': None,
                        '__doc__': None, '__builtins__': __builtins__, '__package__': None,
                        '__spec__': None, '__loader__': None}
                status = 0
                _state['expired'] = False
                signal.signal(signal.SIGALRM, _alarm)
                signal.setitimer(signal.ITIMER_REAL, limit, 0.25)
                try:
                    try:
                        with open(path, 'rb') as f:
                            source = f.read()
                        exec(compile(source, path, 'exec'), main)
                    finally:
                        signal.setitimer(signal.ITIMER_REAL, 0, 0)
                except _Timeout:
                    status = -1
                except SystemExit as e:
                    code = e.code
                    if code is None:
                        status = 0
                    elif isinstance(code, int):
                        status = code & 0xff
                    else:
                        print(code, file=sys.stderr)
                        status = 1
                except BaseException as e:
                    tb = e.__traceback__
                    if tb is not None and tb.tb_frame.f_code is _run.__code__:
                        tb = tb.tb_next
                    e.__traceback__ = tb
                    sys.__excepthook__(type(e), e, tb)
                    status = 1
                if _state['expired']:
                    status = -1
                sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
                return status, out.getvalue(), err.getvalue()

            sys.setrecursionlimit(sys.getrecursionlimit() + 2)
            _input = sys.stdin.buffer
            _output = sys.stdout.buffer
            while True:
                _line = _input.readline()
                if not _line:
                    break
                _limit, _, _path = _line.decode('utf-8').rstrip('\\n').partition(' ')
                _status, _out, _err = _run(_path, float(_limit))
                _o = _out.encode('utf-8', 'backslashreplace')
                _e = _err.encode('utf-8', 'backslashreplace')
                _output.write(b'%d %d %d\\n' % (_status, len(_o), len(_e)) + _o + _e)
                _output.flush()
            """;

    private final Process process;
    private final DataInputStream results;
    private final OutputStream requests;

    RunCPythonBatch(Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path driver = workDir.resolve("run_driver.py");
            Files.writeString(driver, DRIVER);
            ProcessBuilder pb = new ProcessBuilder(CPythonOracle.pythonCommand(), "-X", "utf8",
                    driver.toString());
            pb.environment().put("PYTHONHASHSEED", "0");
            pb.environment().put("PYTHONDONTWRITEBYTECODE", "1");
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
            process = pb.start();
            results = new DataInputStream(new BufferedInputStream(process.getInputStream()));
            requests = process.getOutputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start python3", e);
        }
    }

    /** Runs {@code file} (an absolute path) with a limit of {@code seconds}. */
    RunResult.Outcome run(Path file, double seconds) {
        try {
            requests.write((seconds + " " + file.toAbsolutePath() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            requests.flush();
            String[] header = readLine().split(" ");
            int status = Integer.parseInt(header[0]);
            byte[] out = new byte[Integer.parseInt(header[1])];
            byte[] err = new byte[Integer.parseInt(header[2])];
            results.readFully(out);
            results.readFully(err);
            return new RunResult.Outcome(status, new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8), status == -1);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("the python3 driver failed on " + file, e);
        }
    }

    private String readLine() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int b = results.read(); b != '\n'; b = results.read()) {
            if (b < 0) {
                throw new IOException("python3 driver ended");
            }
            sb.append((char) b);
        }
        return sb.toString();
    }

    @Override
    public void close() {
        try {
            requests.close();
        } catch (IOException ignored) {
            // the process is ended below anyway
        }
        process.destroy();
    }
}
