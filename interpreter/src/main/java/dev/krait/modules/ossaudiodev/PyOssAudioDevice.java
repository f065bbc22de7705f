package dev.krait.modules.ossaudiodev;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyException;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.lang.ref.Cleaner;

/**
 * {@code ossaudiodev.oss_audio_device}: an open OSS audio device ({@code /dev/dsp}) -- reading
 * and writing samples, and the {@code SNDCTL_DSP_*} ioctls that set the sample format, channels
 * and rate or report the buffers. Made only by {@code ossaudiodev.open}; the descriptor closes
 * with {@code close()}, or when the object is dropped, as CPython's dealloc does.
 *
 * <p>CPython counterpart: Modules/ossaudiodev.c {@code OSSAudioType}.
 */
public final class PyOssAudioDevice extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("oss_audio_device",
            PyOssAudioDevice.class, null).withModule("ossaudiodev");

    // Request codes from <sys/soundcard.h> (Linux).
    private static final int SNDCTL_DSP_RESET = 0x5000;
    private static final int SNDCTL_DSP_SYNC = 0x5001;
    private static final int SNDCTL_DSP_SPEED = 0xc0045002;
    private static final int SNDCTL_DSP_SETFMT = 0xc0045005;
    private static final int SNDCTL_DSP_CHANNELS = 0xc0045006;
    private static final int SNDCTL_DSP_POST = 0x5008;
    private static final int SNDCTL_DSP_GETFMTS = 0x8004500b;
    private static final int SNDCTL_DSP_GETOSPACE = 0x8010500c;
    private static final int SNDCTL_DSP_NONBLOCK = 0x500e;
    private static final int SNDCTL_DSP_GETIPTR = 0x800c5011;
    private static final int SNDCTL_DSP_GETOPTR = 0x800c5012;
    // Sample formats whose size _ssize knows.
    private static final int AFMT_MU_LAW = 1;
    private static final int AFMT_A_LAW = 2;
    private static final int AFMT_U8 = 8;
    private static final int AFMT_S16_LE = 16;
    private static final int AFMT_S16_BE = 32;
    private static final int AFMT_S8 = 64;
    private static final int AFMT_U16_LE = 128;
    private static final int AFMT_U16_BE = 256;
    private static final int EOPNOTSUPP = 95;

    private final String name;
    private final int mode;
    private final Descriptor descriptor;
    private final Cleaner.Cleanable cleanable;

    /** The open descriptor, kept apart from the Python object so that the cleaner may run. */
    static final class Descriptor implements Runnable {
        volatile int fd;

        Descriptor(int fd) {
            this.fd = fd;
        }

        @Override
        public void run() {
            int f = fd;
            fd = -1;
            if (f >= 0) {
                OssCalls.close(f);
            }
        }
    }

    private PyOssAudioDevice(String name, int fd, int mode) {
        super(TYPE);
        this.name = name;
        this.mode = mode;
        this.descriptor = new Descriptor(fd);
        this.cleanable = OssCalls.CLEANER.register(this, descriptor);
    }

    /**
     * {@code open([device, ]mode)}: opens the device non-blocking (a device allowing one user
     * would otherwise hang), then puts it back into blocking mode.
     */
    // CPython: Modules/ossaudiodev.c newossobject
    static PyObject open(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("open", kwnames);
        OssCalls.count("open", args, 1, 2);
        String device = text(args[0], 1);
        String modeText = args.length > 1 ? text(args[1], 2) : null;
        if (modeText == null) {
            modeText = device;
            device = null;
        }
        int mode = switch (modeText) {
            case "r" -> OssCalls.O_RDONLY;
            case "w" -> OssCalls.O_WRONLY;
            case "rw" -> OssCalls.O_RDWR;
            default -> throw OssCalls.error("mode must be 'r', 'w', or 'rw'");
        };
        if (device == null) {
            device = dev.krait.modules.posix.ProcessCalls.getenv("AUDIODEV");
            if (device == null) {
                device = "/dev/dsp";
            }
        }
        int fd = OssCalls.open(device, mode | OssCalls.O_NONBLOCK);
        try {
            OssCalls.setBlocking(fd);
            OssCalls.ioctlInt(fd, SNDCTL_DSP_GETFMTS, 0);
        } catch (Libc.Failure f) {
            OssCalls.close(fd);
            throw f.toOSError(PyStr.of(device));
        }
        return new PyOssAudioDevice(device, fd, mode);
    }

    /** The {@code "s"} format: a str without NULs (the text, for Java). */
    static String text(PyObject o, int position) {
        return text(o, position, "open");
    }

    static String text(PyObject o, int position, String fn) {
        if (!(o instanceof PyStr s)) {
            throw PyExceptions.typeError((fn == null ? "" : fn + "() ") + "argument " + position
                    + " must be str, not " + (o == PyNone.NONE ? "None" : o.type().getName()));
        }
        return CArgs.cString(s);
    }

    /** The descriptor of an open device; ValueError once closed. */
    private int fd() {
        int fd = descriptor.fd;
        OssCalls.checkOpen(fd);
        return fd;
    }

    private static PyException failed(Libc.Failure f) {
        return OssCalls.osError(f);
    }

    // CPython: Modules/ossaudiodev.c _do_ioctl_1
    private PyObject ioctl1(String fn, int request, PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords(fn, kwnames);
        int fd = fd();
        OssCalls.count(fn, args, 1, 1);
        int value = CArgs.intFormat(args[0]);
        try {
            return PyInt.of(OssCalls.ioctlInt(fd, request, value));
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    // CPython: Modules/ossaudiodev.c _do_ioctl_0
    private void ioctl0(String fn, int request, PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords(fn, kwnames);
        int fd = fd();
        OssCalls.count(fn, args, 0, 0);
        try {
            OssCalls.ioctlBlocking(fd, request);
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    // CPython: Modules/ossaudiodev.c oss_read
    @Exposed("read($self, *args)")
    public PyObject read(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("read", kwnames);
        int fd = fd();
        OssCalls.count("read", args, 1, 1);
        long size = CArgs.asSsizeT(args[0]);
        if (size < 0) {
            throw PyExceptions.systemError("Negative size passed to PyBytes_FromStringAndSize");
        }
        try {
            return PyBytes.of(OssCalls.read(fd, (int) Math.min(size, Integer.MAX_VALUE - 8)));
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    /** The {@code "y*"} format: a bytes-like object's contents. */
    private static byte[] bytesLike(String fn, PyObject o) {
        byte[] b = o instanceof PyStr ? null : PyBytes.bytesLikeCopy(o);
        if (b == null) {
            throw PyExceptions.typeError(fn + "() argument 1 must be bytes-like object, not "
                    + (o == PyNone.NONE ? "None" : o.type().getName()));
        }
        return b;
    }

    // CPython: Modules/ossaudiodev.c oss_write
    @Exposed("write($self, *args)")
    public long write(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("write", kwnames);
        int fd = fd();
        OssCalls.count("write", args, 1, 1);
        byte[] data = bytesLike("write", args[0]);
        try {
            return OssCalls.write(fd, data, 0, data.length);
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    // CPython: Modules/ossaudiodev.c oss_writeall
    @Exposed("writeall($self, *args)")
    public void writeall(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("writeall", kwnames);
        int fd = fd();
        OssCalls.count("writeall", args, 1, 1);
        OssCalls.writeAll(fd, bytesLike("writeall", args[0]));
    }

    // CPython: Modules/ossaudiodev.c oss_close
    @Exposed("close($self, /)")
    public void close() {
        cleanable.clean();
    }

    @Exposed("fileno($self, /)")
    public long fileno() {
        return fd();
    }

    // CPython: Modules/ossaudiodev.c oss_nonblock
    @Exposed("nonblock($self, /)")
    public void nonblock() {
        try {
            dev.krait.modules.fcntl.FcntlCalls.ioctl(fd(), SNDCTL_DSP_NONBLOCK, 0);
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    @Exposed("setfmt($self, *args)")
    public PyObject setfmt(PyObject[] args, String[] kwnames) {
        return ioctl1("setfmt", SNDCTL_DSP_SETFMT, args, kwnames);
    }

    // CPython: Modules/ossaudiodev.c oss_getfmts
    @Exposed("getfmts($self, /)")
    public long getfmts() {
        try {
            return OssCalls.ioctlInt(fd(), SNDCTL_DSP_GETFMTS, 0);
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    @Exposed("channels($self, *args)")
    public PyObject channels(PyObject[] args, String[] kwnames) {
        return ioctl1("channels", SNDCTL_DSP_CHANNELS, args, kwnames);
    }

    @Exposed("speed($self, *args)")
    public PyObject speed(PyObject[] args, String[] kwnames) {
        return ioctl1("speed", SNDCTL_DSP_SPEED, args, kwnames);
    }

    @Exposed("sync($self, *args)")
    public void sync(PyObject[] args, String[] kwnames) {
        ioctl0("sync", SNDCTL_DSP_SYNC, args, kwnames);
    }

    /** The old name of {@code sync}. */
    @Exposed("flush($self, *args)")
    public void flush(PyObject[] args, String[] kwnames) {
        ioctl0("sync", SNDCTL_DSP_SYNC, args, kwnames);
    }

    @Exposed("reset($self, *args)")
    public void reset(PyObject[] args, String[] kwnames) {
        ioctl0("reset", SNDCTL_DSP_RESET, args, kwnames);
    }

    @Exposed("post($self, *args)")
    public void post(PyObject[] args, String[] kwnames) {
        ioctl0("post", SNDCTL_DSP_POST, args, kwnames);
    }

    /**
     * Sets the format, channels and rate in turn; with {@code strict}, a setting the driver
     * changed raises OSSAudioError. Answers what was set.
     */
    // CPython: Modules/ossaudiodev.c oss_setparameters
    @Exposed("setparameters($self, *args)")
    public PyObject setparameters(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("setparameters", kwnames);
        int fd = fd();
        OssCalls.count("setparameters", args, 3, 4);
        int wantedFormat = CArgs.intFormat(args[0]);
        int wantedChannels = CArgs.intFormat(args[1]);
        int wantedRate = CArgs.intFormat(args[2]);
        boolean strict = args.length > 3 && CArgs.intFormat(args[3]) != 0;
        try {
            int format = OssCalls.ioctlInt(fd, SNDCTL_DSP_SETFMT, wantedFormat);
            if (strict && format != wantedFormat) {
                throw OssCalls.error("unable to set requested format (wanted " + wantedFormat
                        + ", got " + format + ")");
            }
            int channels = OssCalls.ioctlInt(fd, SNDCTL_DSP_CHANNELS, wantedChannels);
            if (strict && channels != wantedChannels) {
                throw OssCalls.error("unable to set requested channels (wanted "
                        + wantedChannels + ", got " + channels + ")");
            }
            int rate = OssCalls.ioctlInt(fd, SNDCTL_DSP_SPEED, wantedRate);
            if (strict && rate != wantedRate) {
                throw OssCalls.error("unable to set requested rate (wanted " + wantedRate
                        + ", got " + rate + ")");
            }
            return PyTuple.of(PyInt.of(format), PyInt.of(channels), PyInt.of(rate));
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    /**
     * The bytes of one sample frame: the current format's sample size times the channels;
     * OSError for a format without a fixed size or a failing ioctl.
     */
    // CPython: Modules/ossaudiodev.c _ssize (and its callers' PyErr_SetFromErrno)
    private int frameSize(int fd) {
        int errno = 0;
        int size = 0;
        int channels = 0;
        try {
            int format = OssCalls.ioctlInt(fd, SNDCTL_DSP_SETFMT, 0);
            size = switch (format) {
                case AFMT_MU_LAW, AFMT_A_LAW, AFMT_U8, AFMT_S8 -> 1;
                case AFMT_S16_LE, AFMT_S16_BE, AFMT_U16_LE, AFMT_U16_BE -> 2;
                default -> 0;
            };
            if (size == 0) {
                errno = EOPNOTSUPP;
            } else {
                channels = OssCalls.ioctlInt(fd, SNDCTL_DSP_CHANNELS, 0);
            }
        } catch (Libc.Failure f) {
            errno = f.errno;
        }
        if (errno != 0 || channels == 0 || size == 0) {
            throw failed(new Libc.Failure(errno));
        }
        return size * channels;
    }

    /** SNDCTL_DSP_GETOSPACE's audio_buf_info: fragments, fragstotal, fragsize, bytes. */
    private static int[] outputSpace(int fd) {
        try {
            return OssCalls.ioctlInts(fd, SNDCTL_DSP_GETOSPACE, 4);
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    // CPython: Modules/ossaudiodev.c oss_bufsize
    @Exposed("bufsize($self, /)")
    public long bufsize() {
        int fd = fd();
        int frame = frameSize(fd);
        int[] space = outputSpace(fd);
        return (space[1] * space[2]) / frame;
    }

    // CPython: Modules/ossaudiodev.c oss_obufcount
    @Exposed("obufcount($self, /)")
    public long obufcount() {
        int fd = fd();
        int frame = frameSize(fd);
        int[] space = outputSpace(fd);
        return (space[1] * space[2] - space[3]) / frame;
    }

    // CPython: Modules/ossaudiodev.c oss_obuffree
    @Exposed("obuffree($self, /)")
    public long obuffree() {
        int fd = fd();
        int frame = frameSize(fd);
        int[] space = outputSpace(fd);
        return space[3] / frame;
    }

    /** count_info of the input (a read-only device) or output: bytes, blocks, ptr. */
    // CPython: Modules/ossaudiodev.c oss_getptr
    @Exposed("getptr($self, /)")
    public PyObject getptr() {
        int fd = fd();
        int request = mode == OssCalls.O_RDONLY ? SNDCTL_DSP_GETIPTR : SNDCTL_DSP_GETOPTR;
        try {
            int[] info = OssCalls.ioctlInts(fd, request, 3);
            return PyTuple.of(PyInt.of(info[0]), PyInt.of(info[1]), PyInt.of(info[2]));
        } catch (Libc.Failure f) {
            throw failed(f);
        }
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        return this;
    }

    // CPython: Modules/ossaudiodev.c oss_exit calls the close method, which a subclass could
    // not override here (the type is final) but which is looked up as CPython does
    @Exposed("__exit__($self, *args)")
    public void __exit__(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("__exit__", kwnames);
        Ops.callMethod(this, "close");
    }

    @Exposed.Getter("name")
    public String name() {
        return name;
    }

    @Exposed.Getter("closed")
    public boolean closed() {
        return descriptor.fd == -1;
    }

    // CPython: Modules/ossaudiodev.c oss_mode_getter
    @Exposed.Getter("mode")
    public String mode() {
        return switch (mode) {
            case OssCalls.O_RDONLY -> "r";
            case OssCalls.O_WRONLY -> "w";
            default -> "rw";
        };
    }
}
