package dev.krait.modules.posix;

import dev.krait.modules.sys.PyStructSequence;
import dev.krait.objects.PyFloat;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.math.BigInteger;

/**
 * The struct-sequence types of the posix module ({@code stat_result}, {@code uname_result},
 * {@code terminal_size}, {@code times_result}) and the conversion of a C {@code struct stat}
 * into {@code os.stat_result}: ten items (the last three the times as ints) and the
 * attributes past them, float and nanosecond times, {@code st_blksize}, {@code st_blocks},
 * {@code st_rdev}. The types are immutable and shared by all interpreters.
 *
 * <p>CPython counterpart: Modules/posixmodule.c {@code stat_result_fields},
 * {@code _pystat_fromstructstat}, {@code fill_time}.
 */
final class StatResults {
    private StatResults() {}

    // The items 7-9 are unnamed in CPython (their repr borrows the float fields' names, as
    // here); the later field of a name is the attribute.
    static final PyType STAT_RESULT = PyStructSequence.newType("os", "stat_result", 10, true,
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime", "st_atime", "st_mtime", "st_ctime",
            "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev");
    static final PyType UNAME_RESULT = PyStructSequence.newType("posix", "uname_result", 5,
            true, "sysname", "nodename", "release", "version", "machine");
    static final PyType TERMINAL_SIZE = PyStructSequence.newType("os", "terminal_size", 2,
            true, "columns", "lines");
    static final PyType STATVFS_RESULT = PyStructSequence.newType("os", "statvfs_result", 10,
            true, "f_bsize", "f_frsize", "f_blocks", "f_bfree", "f_bavail", "f_files",
            "f_ffree", "f_favail", "f_flag", "f_namemax", "f_fsid");
    static final PyType TIMES_RESULT = PyStructSequence.newType("posix", "times_result", 5,
            true, "user", "system", "children_user", "children_system", "elapsed");

    static {
        STAT_RESULT.setTypeAttribute("n_unnamed_fields", PyInt.of(3));
        STAT_RESULT.setTypeAttribute("__match_args__", PyTuple.ofStrings(new String[] {
            "st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size"}));
    }

    private static final BigInteger BILLION = BigInteger.valueOf(1_000_000_000L);

    static PyObject statResult(StatBuffer b) {
        return PyStructSequence.make(STAT_RESULT, PyInt.of(b.mode()), unsigned(b.ino()),
                unsigned(b.dev()), PyInt.of(b.nlink()), PyInt.of(b.uid()), PyInt.of(b.gid()),
                PyInt.of(b.size()),
                PyInt.of(b.atimeSec()), PyInt.of(b.mtimeSec()), PyInt.of(b.ctimeSec()),
                seconds(b.atimeSec(), b.atimeNsec()), seconds(b.mtimeSec(), b.mtimeNsec()),
                seconds(b.ctimeSec(), b.ctimeNsec()),
                nanos(b.atimeSec(), b.atimeNsec()), nanos(b.mtimeSec(), b.mtimeNsec()),
                nanos(b.ctimeSec(), b.ctimeNsec()),
                PyInt.of(b.blksize()), PyInt.of(b.blocks()), unsigned(b.rdev()));
    }

    // CPython: Modules/posixmodule.c _pystatvfs_fromstructstatvfs
    static PyObject statvfsResult(long[] v) {
        return PyStructSequence.make(STATVFS_RESULT, unsigned(v[0]), unsigned(v[1]),
                unsigned(v[2]), unsigned(v[3]), unsigned(v[4]), unsigned(v[5]), unsigned(v[6]),
                unsigned(v[7]), unsigned(v[9]), unsigned(v[10]), unsigned(v[8]));
    }

    private static PyInt unsigned(long v) {
        return v >= 0 ? PyInt.of(v) : PyInt.of(new BigInteger(Long.toUnsignedString(v)));
    }

    // CPython: Modules/posixmodule.c fill_time -- sec + nsec * 1e-9
    private static PyObject seconds(long sec, long nsec) {
        return new PyFloat(sec + nsec * 1e-9);
    }

    private static PyObject nanos(long sec, long nsec) {
        return PyInt.of(BigInteger.valueOf(sec).multiply(BILLION).add(BigInteger.valueOf(nsec)));
    }
}
