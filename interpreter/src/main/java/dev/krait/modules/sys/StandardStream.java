package dev.krait.modules.sys;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A minimal text stream over a Java stream, standing in for {@code sys.stdin},
 * {@code sys.stdout} and {@code sys.stderr} until the {@code _io} module provides the real
 * {@code TextIOWrapper}: it encodes to and decodes from UTF-8 and has the methods that
 * {@code print}, {@code input} and tracebacks use ({@code write}, {@code flush},
 * {@code readline}, {@code read}) plus the attributes programs test ({@code encoding},
 * {@code errors}, {@code name}, {@code mode}, {@code closed}, {@code isatty()},
 * {@code fileno()}). Output is buffered and written out by {@code flush()}, except on the
 * error stream, which is written through at each newline, as CPython line-buffers stderr.
 *
 * <p>CPython counterpart: Modules/_io/textio.c (the parts named) over Python/pylifecycle.c
 * {@code create_stdio}.
 */
public final class StandardStream extends PyObject {
    public static final PyType TYPE =
            PyType.builtinFinal("StandardStream", StandardStream.class, null).withModule("sys");

    private final String name;
    private final int fd;
    private final InputStream in;
    private final OutputStream out;
    /** stderr's error handler: unencodable characters become escapes instead of errors. */
    private final boolean backslashReplace;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;

    private StandardStream(String name, int fd, InputStream in, OutputStream out,
            boolean backslashReplace) {
        super(TYPE);
        this.name = name;
        this.fd = fd;
        this.in = in;
        this.out = out;
        this.backslashReplace = backslashReplace;
    }

    public static StandardStream stdin(InputStream in) {
        return new StandardStream("<stdin>", 0, in, null, false);
    }

    public static StandardStream stdout(OutputStream out) {
        return new StandardStream("<stdout>", 1, null, out, false);
    }

    public static StandardStream stderr(OutputStream out) {
        return new StandardStream("<stderr>", 2, null, out, true);
    }

    private void checkOpen() {
        if (closed) {
            throw PyExceptions.valueError("I/O operation on closed file.");
        }
    }

    private PyException unsupported(String what) {
        return PyExceptions.of(PyExceptions.OSError, what);
    }

    @Exposed("write($self, text, /)")
    public long write(PyObject text) {
        checkOpen();
        if (out == null) {
            throw unsupported("not writable");
        }
        if (!(text instanceof PyStr s)) {
            throw PyExceptions.typeError("write() argument must be str, not "
                    + text.type().getName());
        }
        int n = s.length();
        boolean newline = false;
        if (s.isSimple()) {
            String v = s.value();
            pending.writeBytes(v.getBytes(StandardCharsets.UTF_8));
            newline = v.indexOf('\n') >= 0;
            n = 0;
        }
        for (int i = 0; i < n; i++) {
            int cp = s.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                if (!backslashReplace) {
                    throw PyExceptions.of(PyExceptions.UnicodeEncodeError, "'utf-8' codec can't "
                            + "encode character '\\u" + Integer.toHexString(cp) + "' in position "
                            + i + ": surrogates not allowed");
                }
                pending.writeBytes(("\\u" + Integer.toHexString(cp)).getBytes(
                        StandardCharsets.US_ASCII));
                continue;
            }
            if (cp == '\n') {
                newline = true;
            }
            pending.writeBytes(new String(Character.toChars(cp)).getBytes(
                    StandardCharsets.UTF_8));
        }
        if (fd == 2 && newline || pending.size() >= 8192) {
            flush();
        }
        return s.length();
    }

    @Exposed("flush($self, /)")
    public void flush() {
        if (out == null || closed) {
            return;
        }
        try {
            pending.writeTo(out);
            pending.reset();
            out.flush();
        } catch (IOException e) {
            pending.reset();
            throw PyExceptions.of(PyExceptions.OSError, e.getMessage());
        }
    }

    // Reads one UTF-8 line, byte by byte so that nothing past the newline is consumed.
    @Exposed("readline($self, size=-1, /)")
    public PyObject readline(PyObject size) {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int b;
            while ((b = in.read()) >= 0) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyExceptions.of(PyExceptions.OSError, e.getMessage());
        }
        return PyStr.of(line.toString(StandardCharsets.UTF_8));
    }

    @Exposed("read($self, size=-1, /)")
    public PyObject read(PyObject size) {
        checkOpen();
        if (in == null) {
            throw unsupported("not readable");
        }
        try {
            return PyStr.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw PyExceptions.of(PyExceptions.OSError, e.getMessage());
        }
    }

    @Exposed("close($self, /)")
    public void close() {
        flush();
        closed = true;
    }

    @Exposed("isatty($self, /)")
    public boolean isatty() {
        return System.console() != null && System.console().isTerminal();
    }

    @Exposed("fileno($self, /)")
    public long fileno() {
        return fd;
    }

    @Exposed("readable($self, /)")
    public boolean readable() {
        return in != null;
    }

    @Exposed("writable($self, /)")
    public boolean writable() {
        return out != null;
    }

    @Exposed("seekable($self, /)")
    public boolean seekable() {
        return false;
    }

    @Exposed.Getter("closed")
    public boolean getClosed() {
        return closed;
    }

    @Exposed.Getter("encoding")
    public String encoding() {
        return "utf-8";
    }

    @Exposed.Getter("errors")
    public String errors() {
        return backslashReplace ? "backslashreplace" : "strict";
    }

    @Exposed.Getter("name")
    public String getName() {
        return name;
    }

    @Exposed.Getter("mode")
    public String mode() {
        return in != null ? "r" : "w";
    }

    @Exposed.Getter("line_buffering")
    public boolean lineBuffering() {
        return fd == 2;
    }

    @Exposed("__repr__($self, /)")
    public String __repr__() {
        return "<_io.TextIOWrapper name='" + name + "' mode='" + mode()
                + "' encoding='utf-8'>";
    }
}
