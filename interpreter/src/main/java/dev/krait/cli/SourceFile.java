package dev.krait.cli;

import dev.krait.text.Repr;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads a source file named on the command line, turning the ways that can fail into the
 * {@code OSError} subclass CPython's {@code open()} raises, so that the user sees the same line
 * (CPython: Objects/exceptions.c {@code OSError_str}: {@code [Errno N] strerror: 'filename'}).
 */
final class SourceFile {
    private SourceFile() {}

    /** A file that could not be read, as the Python exception {@code open()} would raise. */
    static final class OpenError extends Exception {
        final String pythonType;
        final int errno;
        final String strerror;

        OpenError(String pythonType, int errno, String strerror, String filename) {
            super("[Errno " + errno + "] " + strerror + ": " + Repr.strRepr(filename), null, false,
                    false);
            this.pythonType = pythonType;
            this.errno = errno;
            this.strerror = strerror;
        }

        /** The traceback's last line, e.g. {@code FileNotFoundError: [Errno 2] ...}. */
        String lastLine() {
            return pythonType + ": " + getMessage();
        }
    }

    static byte[] read(String name) throws OpenError {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
            throw new OpenError("IsADirectoryError", 21, "Is a directory", name);
        }
        try {
            return Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            throw new OpenError("FileNotFoundError", 2, "No such file or directory", name);
        } catch (AccessDeniedException e) {
            throw new OpenError("PermissionError", 13, "Permission denied", name);
        } catch (IOException e) {
            // EIO is the closest errno for a failure the JDK does not classify further.
            throw new OpenError("OSError", 5, String.valueOf(e.getMessage()), name);
        }
    }
}
