# The ossaudiodev module as a program meets it: the deprecation warning at import, the error
# class under both names, the mixer channels' labels and names, and the OSS constants.
import warnings

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    import ossaudiodev
print([(w.category.__name__, str(w.message)) for w in caught])

print(ossaudiodev.__name__, ossaudiodev.__doc__)
print(ossaudiodev.error is ossaudiodev.OSSAudioError)
print(ossaudiodev.error.__module__, ossaudiodev.error.__qualname__,
      [c.__name__ for c in ossaudiodev.error.__mro__])
print(len(ossaudiodev.control_labels), ossaudiodev.control_labels)
print(ossaudiodev.control_names)
names = sorted(n for n in dir(ossaudiodev) if not n.startswith("_"))
print(len(names))
for name in names:
    value = getattr(ossaudiodev, name)
    if isinstance(value, int):
        print(name, value, hex(value))
print([n for n in names if not isinstance(getattr(ossaudiodev, n), int)])
mixer = ossaudiodev.openmixer("/dev/null")
for channel, label in enumerate(ossaudiodev.control_labels):
    assert ossaudiodev.control_names[channel]
print(ossaudiodev.SOUND_MIXER_NRDEVICES == len(ossaudiodev.control_names))
mixer.close()
for f in (ossaudiodev.open, ossaudiodev.openmixer):
    print(f.__name__, repr(f), f.__doc__)
