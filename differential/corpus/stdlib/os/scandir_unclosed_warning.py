# A scandir iterator collected before it was closed or exhausted warns (ResourceWarning);
# one closed, exhausted or used as a context manager does not.
import gc
import os
import tempfile
import warnings

with tempfile.TemporaryDirectory() as d:
    for name in 'abc':
        open(os.path.join(d, name), 'w').close()
    probe = os.scandir(d)
    print(type(probe).__del__)
    probe.close()
    for how in ['partly read', 'never read', 'exhausted', 'closed', 'with']:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            it = os.scandir(d)
            if how == 'partly read':
                next(it)
            elif how == 'exhausted':
                list(it)
            elif how == 'closed':
                it.close()
            elif how == 'with':
                with it:
                    next(it)
            del it
            gc.collect()
        print(how, [(w.category.__name__, str(w.message).split(' <')[0]) for w in caught])
