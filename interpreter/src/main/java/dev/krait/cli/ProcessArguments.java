package dev.krait.cli;

import dev.krait.objects.StrCodecs;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line's arguments as CPython decodes them: the bytes the process was given,
 * decoded as UTF-8 with {@code surrogateescape}, so that an argument that is not valid UTF-8
 * (a file name in another encoding) reaches {@code sys.argv} as lone surrogates and
 * {@code os.fsencode} gives its bytes back. The JVM decodes its arguments itself and replaces
 * such bytes; on Linux the original bytes are in {@code /proc/self/cmdline}, whose last
 * entries are the program's arguments ({@code bin/krait} passes them last).
 *
 * <p>CPython counterpart: Python/fileutils.c {@code Py_DecodeLocale} (UTF-8 and
 * surrogateescape, Python/initconfig.c's UTF-8 mode or the C.UTF-8 locale it coerces to).
 */
final class ProcessArguments {
    private ProcessArguments() {}

    /**
     * {@code args} as the JVM decoded them, each replaced by its surrogate-escaped decoding
     * when the process's own argument bytes can be matched to them; otherwise {@code args}.
     */
    static String[] decoded(String[] args) {
        List<byte[]> raw;
        try {
            raw = split(Files.readAllBytes(Path.of("/proc/self/cmdline")));
        } catch (IOException | RuntimeException e) {
            return args;
        }
        if (raw.size() < args.length) {
            return args;
        }
        Charset jvm = jvmArgumentCharset();
        String[] out = new String[args.length];
        int first = raw.size() - args.length;
        for (int i = 0; i < args.length; i++) {
            byte[] bytes = raw.get(first + i);
            // only where the bytes are those the JVM decoded into this argument
            if (!new String(bytes, jvm).equals(args[i])) {
                return args;
            }
            out[i] = StrCodecs.decode(bytes, 0, bytes.length, StrCodecs.Codec.UTF8,
                    "surrogateescape").value();
        }
        return out;
    }

    /** The NUL-terminated entries of {@code /proc/self/cmdline}. */
    private static List<byte[]> split(byte[] cmdline) {
        List<byte[]> entries = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                entries.add(java.util.Arrays.copyOfRange(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            entries.add(java.util.Arrays.copyOfRange(cmdline, start, cmdline.length));
        }
        return entries;
    }

    private static Charset jvmArgumentCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
