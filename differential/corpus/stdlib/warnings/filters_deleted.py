# The C warnings machinery keeps the last filters, action and once-registry it found in the
# warnings module: deleting the attributes leaves those in force.
import warnings

with warnings.catch_warnings():
    warnings.filterwarnings('error', 'boom', UserWarning)
    warnings.filterwarnings('ignore', 'seen', UserWarning)
    warnings.warn('seen')  # the machinery looks at (and keeps) warnings.filters here
    saved = warnings.filters
    del warnings.filters
    try:
        warnings.warn('boom')
    except UserWarning as e:
        print('still an error:', e)
    warnings.filters = saved

with warnings.catch_warnings(record=True) as seen:
    warnings.resetwarnings()
    warnings.defaultaction = 'error'
    try:
        warnings.warn('action')
    except UserWarning as e:
        print('default action error:', e)
    del warnings.defaultaction
    try:
        warnings.warn('action again')
    except UserWarning as e:
        print('kept default action:', e)
    warnings.defaultaction = 'default'
    warnings.warn('shown')
    print([str(w.message) for w in seen])
