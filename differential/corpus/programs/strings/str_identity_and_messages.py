# str: join of one exact str, __getnewargs__ copies, find-family messages, iterator types.
import pickle


class S(str):
    pass


s1 = 'abcd'
print(''.join([s1]) is s1, type(''.join([S('abcd')])).__name__, ''.join([S('x')]) == 'x')
text = 'abc'
args = text.__getnewargs__()
print(args[0] is text, args[0] == text, len(args))
for m in ('find', 'rfind', 'index', 'rindex', 'count', 'startswith', 'endswith'):
    try:
        getattr('hello', m)('x', None, None, None)
    except TypeError as e:
        print(e)
try:
    'hello'.find()
except TypeError as e:
    print(e)
try:
    'hello'.find('l', start=1)
except TypeError as e:
    print(e)
print('hello'.find('l', 3), 'hello'.count('l'), 'hello'.startswith('he', 0, 2))
for s in ('abc', '\u20ac', '\U0001f680'):
    it = iter(s)
    print(type(it).__name__, '__new__' in type(it).__dict__)
    try:
        type(it)()
    except TypeError as e:
        print(e)
    print(''.join(pickle.loads(pickle.dumps(it))))
for seq in ((), [], {}.keys()):
    try:
        type(iter(seq))()
    except TypeError as e:
        print(e)
