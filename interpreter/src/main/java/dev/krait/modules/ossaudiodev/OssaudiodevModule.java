package dev.krait.modules.ossaudiodev;

import dev.krait.objects.Exposed;
import dev.krait.objects.PyExceptions;
import dev.krait.objects.PyFrame;
import dev.krait.objects.PyInt;
import dev.krait.objects.PyList;
import dev.krait.objects.PyModule;
import dev.krait.objects.PyObject;
import dev.krait.objects.PyStr;
import dev.krait.runtime.Interpreter;
import dev.krait.runtime.NativeModule;
import dev.krait.runtime.ThreadState;
import dev.krait.runtime.WarningsMachinery;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ossaudiodev} module: {@code open} and {@code openmixer}, which make the
 * {@link PyOssAudioDevice} and {@link PyOssMixerDevice} objects, {@code OSSAudioError} (also
 * named {@code error}), the mixer channels' labels and names, and the OSS constants.
 *
 * <p>CPython counterpart: Modules/ossaudiodev.c.
 */
@NativeModule.Register("ossaudiodev")
public final class OssaudiodevModule implements NativeModule {
    /** SOUND_DEVICE_LABELS and SOUND_DEVICE_NAMES of {@code <sys/soundcard.h>}. */
    private static final String[] LABELS = {"Vol  ", "Bass ", "Trebl", "Synth", "Pcm  ",
        "Spkr ", "Line ", "Mic  ", "CD   ", "Mix  ", "Pcm2 ", "Rec  ", "IGain", "OGain",
        "Line1", "Line2", "Line3", "Digital1", "Digital2", "Digital3", "PhoneIn", "PhoneOut",
        "Video", "Radio", "Monitor"};
    private static final String[] NAMES = {"vol", "bass", "treble", "synth", "pcm", "speaker",
        "line", "mic", "cd", "mix", "pcm2", "rec", "igain", "ogain", "line1", "line2", "line3",
        "dig1", "dig2", "dig3", "phin", "phout", "video", "radio", "monitor"};

    @Override
    public PyModule create(Interpreter interpreter) {
        // CPython: Modules/ossaudiodev.c PyInit_ossaudiodev warns as audioop does (see there
        // for the stack level).
        PyFrame f = ThreadState.current().frame;
        boolean inBootstrap = f != null && f.code.filename.contains("importlib")
                && f.code.filename.contains("_bootstrap");
        WarningsMachinery.warn(PyStr.of("'ossaudiodev' is deprecated and slated for removal in "
                + "Python 3.13"), PyExceptions.DeprecationWarning, inBootstrap ? 7 : 1, null);
        PyModule m = new PyModule("ossaudiodev");
        dev.krait.modules.ModuleBuilder.addFunctions(m, OssaudiodevModule.class);
        PyObject error = interpreter.state(OssCalls.State.class, OssCalls.State::new).error;
        m.put("error", error);
        m.put("OSSAudioError", error);
        m.put("control_labels", list(LABELS));
        m.put("control_names", list(NAMES));
        Object[] table = OssConstants.TABLE;
        for (int i = 0; i < table.length; i += 2) {
            m.put((String) table[i], PyInt.of((Long) table[i + 1]));
        }
        return m;
    }

    private static PyObject list(String[] items) {
        List<PyObject> out = new ArrayList<>(items.length);
        for (String s : items) {
            out.add(PyStr.of(s));
        }
        return new PyList(out);
    }

    // CPython: Modules/ossaudiodev.c ossopen
    @Exposed("open($module, *args)")
    public static PyObject open(PyObject[] args, String[] kwnames) {
        return PyOssAudioDevice.open(args, kwnames);
    }

    // CPython: Modules/ossaudiodev.c ossopenmixer
    @Exposed("openmixer($module, *args)")
    public static PyObject openmixer(PyObject[] args, String[] kwnames) {
        return PyOssMixerDevice.open(args, kwnames);
    }
}
