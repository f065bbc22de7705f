package dev.krait.modules.ossaudiodev;

import dev.krait.modules.posix.Libc;
import dev.krait.objects.CArgs;
import dev.krait.objects.Containers;
import dev.krait.objects.Exposed;
import dev.krait.objects.Ops;
import dev.krait.objects.PyBytes;
import dev.krait.objects.PyDict;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyNone;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyTuple;
import dev.krait.objects.PyType;
import java.lang.ref.Cleaner;

/**
 * {@code ossaudiodev.oss_mixer_device}: an open OSS mixer ({@code /dev/mixer}), whose channels'
 * volumes and recording sources are read and set by ioctl. Made only by
 * {@code ossaudiodev.openmixer}; the descriptor closes with {@code close()}, or when the object
 * is dropped.
 *
 * <p>CPython counterpart: Modules/ossaudiodev.c {@code OSSMixerType}.
 */
public final class PyOssMixerDevice extends PyObject {
    public static final PyType TYPE = PyType.builtinFinal("oss_mixer_device",
            PyOssMixerDevice.class, null).withModule("ossaudiodev");

    /** The number of mixer channels; CPython accepts channel numbers up to it, inclusive. */
    static final int SOUND_MIXER_NRDEVICES = 25;
    // MIXER_READ(dev) and MIXER_WRITE(dev) of <sys/soundcard.h>: _IOR/_IOWR('M', dev, int).
    private static final int MIXER_READ = 0x80044d00;
    private static final int MIXER_WRITE = 0xc0044d00;
    private static final int DEVMASK = 0xfe;
    private static final int STEREODEVS = 0xfb;
    private static final int RECMASK = 0xfd;
    private static final int RECSRC = 0xff;

    private final PyOssAudioDevice.Descriptor descriptor;
    private final Cleaner.Cleanable cleanable;

    private PyOssMixerDevice(int fd) {
        super(TYPE);
        this.descriptor = new PyOssAudioDevice.Descriptor(fd);
        this.cleanable = OssCalls.CLEANER.register(this, descriptor);
    }

    /** {@code openmixer([device])}: the device named, $MIXERDEV, or /dev/mixer, read-write. */
    // CPython: Modules/ossaudiodev.c newossmixerobject
    static PyObject open(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("openmixer", kwnames);
        OssCalls.count(null, args, 0, 1);
        String device = args.length > 0 ? PyOssAudioDevice.text(args[0], 1, null) : null;
        if (device == null) {
            device = dev.krait.modules.posix.ProcessCalls.getenv("MIXERDEV");
            if (device == null) {
                device = "/dev/mixer";
            }
        }
        return new PyOssMixerDevice(OssCalls.open(device, OssCalls.O_RDWR));
    }

    private int fd() {
        int fd = descriptor.fd;
        OssCalls.checkOpen(fd);
        return fd;
    }

    /** An ioctl that only reports an int (the argument passed is 0). */
    // CPython: Modules/ossaudiodev.c _do_ioctl_1_internal
    private long report(String fn, int request, PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords(fn, kwnames);
        int fd = fd();
        OssCalls.count(fn, args, 0, 0);
        try {
            return OssCalls.ioctlInt(fd, request, 0);
        } catch (Libc.Failure f) {
            throw OssCalls.osError(f);
        }
    }

    @Exposed("close($self, /)")
    public void close() {
        cleanable.clean();
    }

    @Exposed("fileno($self, /)")
    public long fileno() {
        return fd();
    }

    @Exposed("__enter__($self, /)")
    public PyObject __enter__() {
        return this;
    }

    // CPython: Modules/ossaudiodev.c oss_exit
    @Exposed("__exit__($self, *args)")
    public void __exit__(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("__exit__", kwnames);
        Ops.callMethod(this, "close");
    }

    @Exposed("controls($self, *args)")
    public long controls(PyObject[] args, String[] kwnames) {
        return report("controls", MIXER_READ | DEVMASK, args, kwnames);
    }

    @Exposed("stereocontrols($self, *args)")
    public long stereocontrols(PyObject[] args, String[] kwnames) {
        return report("stereocontrols", MIXER_READ | STEREODEVS, args, kwnames);
    }

    @Exposed("reccontrols($self, *args)")
    public long reccontrols(PyObject[] args, String[] kwnames) {
        return report("reccontrols", MIXER_READ | RECMASK, args, kwnames);
    }

    @Exposed("get_recsrc($self, *args)")
    public long get_recsrc(PyObject[] args, String[] kwnames) {
        return report("get_recsrc", MIXER_READ | RECSRC, args, kwnames);
    }

    // CPython: Modules/ossaudiodev.c oss_mixer_set_recsrc (through _do_ioctl_1)
    @Exposed("set_recsrc($self, *args)")
    public long set_recsrc(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("set_recsrc", kwnames);
        int fd = fd();
        OssCalls.count("set_recsrc", args, 1, 1);
        int sources = CArgs.intFormat(args[0]);
        try {
            return OssCalls.ioctlInt(fd, MIXER_WRITE | RECSRC, sources);
        } catch (Libc.Failure f) {
            throw OssCalls.osError(f);
        }
    }

    /** A channel's volume as (left, right), each 0 to 100. */
    // CPython: Modules/ossaudiodev.c oss_mixer_get
    @Exposed("get($self, *args)")
    public PyObject get(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("get", kwnames);
        int fd = fd();
        OssCalls.count("get", args, 1, 1);
        int channel = CArgs.intFormat(args[0]);
        checkChannel(channel);
        try {
            return volumes(OssCalls.ioctlInt(fd, MIXER_READ | channel, 0));
        } catch (Libc.Failure f) {
            throw OssCalls.osError(f);
        }
    }

    /** Sets a channel's volume from (left, right); answers what the driver set. */
    // CPython: Modules/ossaudiodev.c oss_mixer_set, format "i(ii):set"
    @Exposed("set($self, *args)")
    public PyObject set(PyObject[] args, String[] kwnames) {
        OssCalls.noKeywords("set", kwnames);
        int fd = fd();
        OssCalls.count("set", args, 2, 2);
        int channel = CArgs.intFormat(args[0]);
        PyObject pair = args[1];
        // PySequence_Check (a __getitem__ that is not a dict's), bytes excluded
        boolean sequence = !(pair instanceof PyDict) && pair.type().lookup("__getitem__") != null;
        if (!sequence || pair instanceof PyBytes) {
            throw PyExceptions.typeError("set() argument 2 must be 2-item sequence, not "
                    + (pair == PyNone.NONE ? "None" : pair.type().getName()));
        }
        long n = Containers.len(pair);
        if (n != 2) {
            throw PyExceptions.typeError("set() argument 2 must be sequence of length 2, not "
                    + n);
        }
        int left = CArgs.intFormat(Containers.getItem(pair, PyInt.of(0)));
        int right = CArgs.intFormat(Containers.getItem(pair, PyInt.of(1)));
        checkChannel(channel);
        if (left < 0 || right < 0 || left > 100 || right > 100) {
            throw OssCalls.error("Volumes must be between 0 and 100.");
        }
        try {
            return volumes(OssCalls.ioctlInt(fd, MIXER_WRITE | channel, (right << 8) | left));
        } catch (Libc.Failure f) {
            throw OssCalls.osError(f);
        }
    }

    private static void checkChannel(int channel) {
        if (channel < 0 || channel > SOUND_MIXER_NRDEVICES) {
            throw OssCalls.error("Invalid mixer channel specified.");
        }
    }

    private static PyObject volumes(int volume) {
        return PyTuple.of(PyInt.of(volume & 0xff), PyInt.of((volume & 0xff00) >> 8));
    }
}
