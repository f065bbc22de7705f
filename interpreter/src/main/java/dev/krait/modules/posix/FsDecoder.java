package dev.krait.modules.posix;

import dev.krait.objects.PyBytes;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.StrCodecs;
import dev.krait.runtime.WarningsMachinery;

/**
 * A file name argument as {@code compile()} and {@code symtable.symtable()} take it: a str,
 * bytes (decoded with the file system encoding, UTF-8 with surrogateescape), an
 * {@code os.PathLike}, or -- with a DeprecationWarning, until CPython drops them -- any other
 * bytes-like object.
 *
 * <p>CPython counterpart: Objects/unicodeobject.c {@code PyUnicode_FSDecoder}.
 */
public final class FsDecoder {
    private FsDecoder() {}

    // CPython: Objects/unicodeobject.c PyUnicode_FSDecoder
    public static String decode(PyObject filename) {
        String name;
        byte[] buffer = filename instanceof PyStr || filename instanceof PyBytes ? null
                : PyBytes.bytesLikeCopy(filename);
        if (buffer != null) {
            WarningsMachinery.warn(PyStr.of("path should be string, bytes, or os.PathLike, not "
                    + filename.type().getName()), PyExceptions.DeprecationWarning, 1, null);
            name = text(buffer, buffer.length);
        } else {
            PyObject path = ProcessFunctions.fspath(filename);
            name = path instanceof PyBytes b ? text(b.array(), b.size())
                    : ((PyStr) path).value();
        }
        if (name.indexOf('\0') >= 0) {
            throw PyExceptions.valueError("embedded null character");
        }
        return name;
    }

    private static String text(byte[] bytes, int length) {
        return StrCodecs.decode(bytes, 0, length, StrCodecs.Codec.UTF8, "surrogateescape")
                .value();
    }
}
