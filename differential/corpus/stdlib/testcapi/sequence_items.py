# PySequence_GetItem / PySequence_SetItem through _testcapi: negative indexes counted from
# the end when the object has a length (once more by a class's __getitem__, by range and
# memoryview, and by bytearray's assignment), and the messages for what is not a sequence.
import collections, array
import _testcapi as t
class S:
    def __init__(self): self.d = {}
    def __len__(self): return 5
    def __getitem__(self, i): return ('get', i)
    def __setitem__(self, i, v): print('set', i, v)
for seq in [[1,2,3], (1,2,3), 'abc', bytearray(b'xyz'), collections.deque([1,2]), S(), {1:2}, 5, array.array('i',[1,2])]:
    for i in (0, -1, 10):
        try: print(type(seq).__name__, i, t.sequence_getitem(seq, i))
        except Exception as e: print(type(seq).__name__, i, type(e).__name__, e)
        try: t.sequence_setitem(seq, i, 9); print('after set', seq if not isinstance(seq, S) else 'S')
        except Exception as e: print(type(seq).__name__, i, type(e).__name__, e)
try: t.sequence_getitem([1], 2**70)
except Exception as e: print(type(e).__name__, e)
class L(list): pass
class G(list):
    def __getitem__(self, i): return ('G', i)
for seq in [b'*', bytearray(b'*'), [42], (42,), '*', range(1), L([42]), G([42]), collections.deque([42]), array.array('b', [42]), memoryview(b'*')]:
    for i in (-2, -1, 1, 0):
        try: print(type(seq).__name__, i, t.sequence_getitem(seq, i))
        except Exception as e: print(type(seq).__name__, i, type(e).__name__, e)
        try: t.sequence_setitem(seq, i, 7); print('set ok', seq)
        except Exception as e: print(type(seq).__name__, i, type(e).__name__, e)
