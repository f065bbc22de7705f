# A path given as a bytearray or memoryview is still accepted, with a DeprecationWarning that
# names the function and what it accepts, and names come back as bytes. On POSIX, rename,
# replace and link take a str and a bytes path together.
import os
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    open(os.path.join(d, 'file.txt'), 'w').close()
    for cls in bytearray, memoryview:
        path = cls(os.fsencode(d))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            print(cls.__name__, os.listdir(path))
            print(os.path.isdir(os.fsdecode(bytes(path))), os.stat(path).st_size >= 0)
            print([entry.name for entry in os.scandir(path)])
        for w in caught:
            print(' ', w.category.__name__, w.message)
    src = os.path.join(d, 'file.txt')
    os.rename(os.fsencode(src), os.path.join(d, 'renamed.txt'))
    os.replace(os.path.join(d, 'renamed.txt'), os.fsencode(src))
    os.link(os.fsencode(src), os.path.join(d, 'linked.txt'))
    print(sorted(os.listdir(d)))
    try:
        os.stat(3.5)
    except TypeError as e:
        print('TypeError:', e)
    try:
        os.listdir(3.5)
    except TypeError as e:
        print('TypeError:', e)
