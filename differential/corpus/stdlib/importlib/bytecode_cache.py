# importlib's cache paths and its SourceFileLoader: get_code writes the .pyc unless
# sys.dont_write_bytecode, and reads it back when it is fresh; a stale header is ignored.
import importlib.util
import os
import shutil
import sys
import tempfile
from importlib.machinery import SourceFileLoader, SourcelessFileLoader

TAG = sys.implementation.cache_tag
D = tempfile.mkdtemp()


def show(p):
    return p.replace(D, '<dir>').replace(TAG, 'TAG') if isinstance(p, str) else p


print(show(importlib.util.cache_from_source('/a/b/c.py')))
print(show(importlib.util.cache_from_source('/a/b/c.py', optimization=2)))
print(show(importlib.util.cache_from_source('c.py', optimization='')))
print(importlib.util.source_from_cache(f'/a/__pycache__/c.{TAG}.pyc'))
print(importlib.util.source_from_cache(f'/a/__pycache__/c.{TAG}.opt-1.pyc'))
for bad in ('/a/c.pyc', '/a/__pycache__/c.pyc'):
    try:
        importlib.util.source_from_cache(bad)
    except ValueError as e:
        print('ValueError', show(str(e)))

saved = sys.dont_write_bytecode
try:
    src = os.path.join(D, 'mod.py')
    with open(src, 'w') as f:
        f.write('VALUE = 41 + 1\ndef hello():\n    return "hi"\n')
    cached = importlib.util.cache_from_source(src)
    sys.dont_write_bytecode = True
    code = SourceFileLoader('mod', src).get_code('mod')
    print(code.co_name, os.path.exists(cached))
    sys.dont_write_bytecode = False
    code = SourceFileLoader('mod', src).get_code('mod')
    print(show(code.co_filename), os.path.exists(cached))
    again = SourceFileLoader('mod', src).get_code('mod')
    print(again == code, show(again.co_filename))
    ns = {}
    exec(again, ns)
    print(ns['VALUE'], ns['hello']())
    with open(cached, 'rb') as f:
        data = bytearray(f.read())
    data[0] ^= 0xFF
    with open(cached, 'wb') as f:
        f.write(data)
    print(SourceFileLoader('mod', src).get_code('mod') == code)
    try:
        SourcelessFileLoader('mod', cached).get_code('mod')
    except ImportError as e:
        print('ImportError', show(str(e))[:30])
    os.remove(cached)
    spec = importlib.util.spec_from_file_location('mod', src)
    print(show(spec.cached), spec.has_location)
finally:
    sys.dont_write_bytecode = saved
    shutil.rmtree(D)
