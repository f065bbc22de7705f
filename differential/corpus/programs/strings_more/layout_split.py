# padding, tabs, splitting, partitioning and translation
s = 'spam'
print(repr(s.center(10)), repr(s.center(9, '*')), repr(s.center(3)), repr('ab'.center(5, 'é')))
print(repr(s.ljust(8, '-')), repr(s.rjust(8, '0')), repr(s.ljust(2)))
print('42'.zfill(5), '-42'.zfill(5), '+7'.zfill(4), ''.zfill(3), 'abc'.zfill(2), '-'.zfill(3))
print(repr('a\tbc\tdef\tg'.expandtabs()), repr('a\tb\nc\td'.expandtabs(3)), repr('\t'.expandtabs(0)))
print(' a  b   c '.split(), ' a  b   c '.split(None, 1), ' a  b   c '.rsplit(None, 1))
print('a,b,,c'.split(','), 'a,b,,c'.rsplit(',', 2), 'a::b::c'.split('::', 1), ''.split(','), ''.split())
print('one\ntwo\r\nthree\rfour\x0bfive\x1c\u2028six\n'.splitlines())
print('one\ntwo\r\nthree\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(keepends=True))
print('key=value=x'.partition('='), 'key=value=x'.rpartition('='), 'abc'.partition('z'), 'abc'.rpartition('z'))
table = str.maketrans('abc', 'xyz', 'd')
print(sorted(table.items()), 'abcdabcd'.translate(table))
print('hello'.translate({ord('l'): 'L!', ord('o'): None}), 'abc'.translate(str.maketrans({'a': '1', 98: 'B'})))
print('prefix_body'.removeprefix('prefix_'), 'body.py'.removesuffix('.py'), 'x'.removeprefix(''), 'ab'.removesuffix('abc'))
print('a-b-c'.replace('-', '+'), 'aaa'.replace('a', 'b', 2), 'ab'.replace('', '.'), 'abc'.count(''), 'aaaa'.count('aa'))
print('hello'.find('l'), 'hello'.rfind('l'), 'hello'.index('e'), 'hello'.rindex('l'), 'hello'.find('l', -2), 'hello'.rfind('', 2, 4))
print('😀a😀b'.find('b'), '😀a😀b'.rfind('😀'), '😀a😀b'.split('a'), '😀a😀b'[::-1], len('😀a😀b'))
print(', '.join(['a', 'b', 'c']), ''.join(()), 'x'.join('abc'))
print('abc'.startswith(('x', 'a')), 'abc'.endswith('bc', 0, 3), 'abc'.startswith('b', 1), '  x  '.strip(), 'xxhixx'.strip('x'))
cases = [
    "'a'.center(5, 1)", "'a'.center(5, 'ab')", "'a'.center('5')", "'a'.partition('')",
    "'a'.rsplit('')", "'a'.split(1)", "str.maketrans(1)", "str.maketrans({1.5: 'a'})",
    "str.maketrans({'ab': 'a'})", "str.maketrans(1, 'a')", "str.maketrans('ab', 'a')",
    "'a'.translate({97: 1.5})", "'a'.translate({97: 0x110000})", "'a'.removeprefix(1)",
    "'a'.find(1)", "'a'.rindex('b')", "'a'.strip(1)", "'a'.join([1])", "'a'.count(1)",
    "'a'.ljust(1 << 70)", "'a'.find('a', 'x')", "str(1, 'ascii')", "'a'.zfill('x')",
]
for case in cases:
    try:
        print(repr(eval(case)))
    except Exception as e:
        print(case, '->', repr(e))
