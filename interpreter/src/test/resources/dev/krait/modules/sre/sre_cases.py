# Writes, for SreEngineTest, the code CPython's re compiler hands to _sre.compile for many
# patterns, with CPython's own results on subjects: the pattern table of CPython's
# Lib/test/re_tests.py (read from the installed CPython, with IGNORECASE/ASCII/bytes variants)
# plus patterns of ours that reach the opcodes re_tests does not.
#
# Output, one record per (pattern, subject):
#   CASE <label>
#   PAT <isbytes> <flags> <groups> <code point or byte list of the pattern, comma-separated>
#   CODE <code words>
#   GI <name code points>:<number> ...          (the groupindex)
#   SUBJ <isbytes> <code points or bytes>
#   <op> <result>  for op in search, match, fullmatch, finditer, search@2 (pos=2, endpos=len-1)
# A result is '-' (None) or 'lastindex|s,e|s,e...' (all group spans); finditer joins matches
# with ';'.
import re, sys
import re._compiler as compiler
import _sre

captured = []


class Recorder:
    """Stands in for _sre in re._compiler: records the arguments, then compiles for real."""

    def __getattr__(self, name):
        return getattr(_sre, name)

    def compile(self, pattern, flags, code, groups, groupindex, indexgroup):
        captured.append((pattern, flags, list(code), groups, dict(groupindex)))
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)


compiler._sre = Recorder()

from test import re_tests

out = sys.stdout


def chars(x):
    if isinstance(x, bytes):
        return ','.join(str(b) for b in x)
    return ','.join(str(ord(c)) for c in x)


def spans(m):
    if m is None:
        return '-'
    li = -1 if m.lastindex is None else m.lastindex
    return str(li) + '|' + '|'.join('%d,%d' % m.span(i) for i in range(len(m.regs)))


def record(label, pattern, flags, subjects):
    captured.clear()
    try:
        p = re.compile(pattern, flags)
    except Exception:
        return 0
    if not captured:
        return 0
    pat, fl, code, groups, gi = captured[0]
    n = 0
    for s in subjects:
        try:
            results = [('search', spans(p.search(s))), ('match', spans(p.match(s))),
                       ('fullmatch', spans(p.fullmatch(s))),
                       ('finditer', ';'.join(spans(m) for m in p.finditer(s)) or '='),
                       ('search@2', spans(p.search(s, 2, max(len(s) - 1, 0))))]
        except Exception:
            continue
        out.write('CASE %s\n' % label)
        out.write('PAT %d %d %d %s\n' % (isinstance(pat, bytes), fl, groups, chars(pat)))
        out.write('CODE %s\n' % ' '.join(str(int(c)) for c in code))
        out.write('GI %s\n' % ' '.join('%s:%d' % (chars(k), v) for k, v in gi.items()))
        out.write('SUBJ %d %s\n' % (isinstance(s, bytes), chars(s)))
        for op, r in results:
            out.write('%s %s\n' % (op, r))
        n += 1
    return n


OURS = [
    # possessive repeats and atomic groups (3.11)
    (r'a++b', ['aaab', 'aaa', 'b']), (r'(?>a+)b', ['aab', 'ab', 'a']),
    (r'(?:ab)++c', ['ababc', 'ababa']), (r'(?>(a|ab))c', ['abc', 'ac']),
    (r'x*+x', ['xxx']), (r'(?:a|b)*+', ['abba', '']), (r'a{2,3}+a', ['aaaa', 'aaa']),
    # look-around
    (r'(?<=ab)c', ['abc', 'xbc']), (r'(?<!a)b', ['ab', 'cb', 'b']), (r'a(?=b)', ['ab', 'ac']),
    (r'a(?!b)', ['ab', 'ac', 'a']), (r'(?<=(a))b', ['ab']), (r'((?=(a))a)+', ['aaa']),
    (r'\b\w+(?<!s)\b', ['words here cats dog']),
    # repeats and backtracking
    (r'(a*)*b', ['aaab', 'aaa']), (r'(a|b)*?c', ['abac']), (r'(a+|b+)*c', ['aabbc', 'ab']),
    (r'(?:a|())*', ['aaa']), (r'(a?)*?b', ['aab']), (r'((a)|b)+', ['ab', 'ba']),
    (r'(a*)+?$', ['aa']), (r'(?:(a)|b)*', ['ab', 'ba']), (r'(.*?)(\d+)', ['abc123']),
    (r'^(\w+)\s*=\s*(.*?)\s*$', ['key = value  ', 'k=v']), (r'(a{2,})\1', ['aaaa', 'aaaaa']),
    (r'(?P<q>[\'"]).*?(?P=q)', ['say "hi" or \'yo\'']), (r'(x)?(?(1)y|z)', ['xy', 'z', 'xz']),
    (r'(?:x(y)?)+', ['xyx']), (r'(a)|(b)', ['b', 'a']), (r'(?:(a)|b)+', ['aab']),
    (r'(a|ab)(c|bcd)(d*)', ['abcd']), (r'a{0}b', ['ab']), (r'(?:){3}a', ['a']),
    (r'[^\W\d]+', ['ab12_c']), (r'(?s).+', ['a\nb']), (r'.+', ['a\nb']),
    (r'(?m)^\w+$', ['ab\ncd\n']), (r'\Aab\Z', ['ab', 'ab\n']), (r'ab$', ['ab\n', 'ab\nc']),
    (r'(?m)\d$', ['1\n2']), (r'\s+', [' \t\x1c\u2003x']), (r'\d+', ['١٢3x']),
    (r'(?a)\d+\w+', ['١٢3x', '12é']), (r'\w+', ['héllo wörld', 'ŉ_x']),
    (r'(?i)straße', ['STRASSE', 'STRAßE', 'strasse']), (r'(?i)[k]', ['K', '\u212a', 'k']),
    (r'(?i)\u212a', ['k', 'K']), (r'(?i)[a-z]+', ['ABCxyz\u0130\u212a']),
    (r'(?i)σ', ['Σ', 'ς', 'σ']), (r'(?i)[ǅ]', ['Ǆ', 'ǆ', 'ǅ']), (r'(?i)(a)\1', ['aA', 'Aa']),
    (r'(?ia)k', ['\u212a', 'K']), (r'[\u0100-\u0200]+', ['a\u0150\u0180z']),
    (r'[^\u0100-\u0200]+', ['a\u0150\u0180z']), (r'\U0001F600+', ['x\U0001F600\U0001F600y']),
    (r'[\U0001F600-\U0001F64F]', ['ab\U0001F610']), (r'(?i)[\u00e0-\u00ff]+', ['ÀÉö']),
    (r'[\u3040-\u309f\u4e00-\u9fff]+', ['漢字かなカナ']), (r'\bfoo\b', ['a foo b', 'foobar']),
    (r'\Bo\B', ['foo bob']), (r'(?a)\bé', ['é']), (r'\bé', [' é']),
    (r'(?x) a  b # comment', ['ab']), (r'a|b|c|d', ['xxd']), (r'(?:abc|abd|aef)', ['xxaef']),
    (r'abc', ['xxabcxxabc']), (r'abcabd', ['abcabcabd']), (r'(?:x)abc', ['xabcxabc']),
    (r'aa*', ['xaaa']), (r'[ab]c', ['xxbc']), (r'a.c', ['abcadc']), (r'', ['abc']),
    (r'x*', ['axxb']), (r'\b', ['ab cd']), (r'$', ['a\n']), (r'^', ['a\nb']),
    (r'(?m)^', ['a\nb\n']), (r'a*?', ['aaa']), (r'(?:a*)*', ['aa']), (r'(?:a*)+?', ['b']),
    (r'(a){3,5}', ['aaaaaaa']), (r'(ab){2,}?c', ['abababc']), (r'(?:a{1,2}){2}', ['aaa']),
    (r'(.)(?P<n>.)(?P=n)\1', ['abba', 'abbc']), (r'(?P<a>x)|(?P<b>y)', ['y', 'x']),
    (r'(?<=\d{3})x', ['123x', '12x']), (r'(?<!^)x', ['xx']), (r'x(?=)', ['x']),
    (r'(a)(?!\1)', ['aa', 'ab']), (r'(?=(\w+))\w', ['abc']),
    # shortcuts of SreFirstChars: starts and alternatives skipped, repeats made possessive
    (r'(\d+)\.(\d+)', ['a 12.34 5.6.7 8.']), (r'([^x]+)x', ['abxcdx', 'ab']),
    (r'(?P<ip>\d{1,3}(?:\.\d{1,3}){3}) (\S+) \[([^\]]+)\]', ['1.2.3.4 - [x] 10.0.0.1 u [y]']),
    (r'([a-c]+)(c)', ['abcc', 'abc']), (r'(\w+)\s(\w*)$', ['ab cd', 'ab ', 'ab  c']),
    (r'\b(\w)(\w*)\b', ['hello big world']), (r'(?:(x)|(\d+))+y', ['x12x3y', 'x12']),
    (r'[\s\[\]"]+', ['a [b] "c"']), (r'(?<=/items/)\d+(?=\?)', ['/items/12?/items/3']),
    (r'(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=<>!]=?)|(?P<ws>\s+)',
     ['x1 = (y + 2.5) != q']),
    (r'x*$', ['axx', 'xxa']), (r'(a+)(?:b|$)', ['aab', 'aa', 'aac']), (r'(?:a{2})+b', ['aaaab']),
    (r'\d{2}\d', ['1234']), (r'(a)?(?:(b)|c)+', ['acb', 'abc']), (r'(\S+)(\s)', ['ab cd ']),
    (r'(\D+)(\d)', ['ab1', 'ab']), (r'(?:(\d)|(\w))+!', ['a1b2!', 'a1']),
]

BYTES = [
    (rb'\w+', [b'ab\xe9cd']), (rb'(?i)\xe9', [b'\xc9', b'\xe9']),
    (rb'(?L)\w+', [b'ab\xe9cd']), (rb'(?Li)[a-z\xe0]+', [b'ABC\xc0']), (rb'(?Li)q', [b'Q']),
    (rb'(?Li)(a)\1', [b'aA']), (rb'\d+\s', [b'12 ']), (rb'[^\x00-\x7f]', [b'ab\x80']),
    (rb'(?L)\bx\b', [b' x ']), (rb'(?i)[a-c]+', [b'xAbCx']), (rb'(?L)[^\w]', [b'a b']),
]

total = 0
for i, t in enumerate(re_tests.tests):
    pattern, s = t[0], t[1]
    if t[2] == re_tests.SYNTAX_ERROR:
        continue
    for flags, suffix in ((0, ''), (re.IGNORECASE, 'i'), (re.ASCII | re.IGNORECASE, 'ai')):
        total += record('re_tests:%d%s' % (i, suffix), pattern, flags, [s])
    try:
        bp, bs = pattern.encode('latin-1'), s.encode('latin-1')
    except UnicodeEncodeError:
        continue
    for flags, suffix in ((0, 'b'), (re.IGNORECASE, 'bi'), (re.LOCALE | re.IGNORECASE, 'bli')):
        total += record('re_tests:%d%s' % (i, suffix), bp, flags, [bs])
for i, (pattern, subjects) in enumerate(OURS):
    total += record('ours:%d' % i, pattern, 0, subjects)
    total += record('ours:%di' % i, pattern, re.IGNORECASE, subjects)
for i, (pattern, subjects) in enumerate(BYTES):
    total += record('bytes:%d' % i, pattern, 0, subjects)

# Mutated code: one word of a valid program changed. CPython's validator accepts or refuses it
# ("RuntimeError: invalid SRE code"); accepted code must run as CPython runs it.
#   FUZZ <isbytes> <groups> <code words>
#   SUBJ ...
#   fuzz <result>   ('invalid', 'raised <ExceptionName>', or search spans)
import random
import signal


class TooLong(Exception):
    pass


def alarm(signum, frame):
    raise TooLong


signal.signal(signal.SIGALRM, alarm)
rng = random.Random(5)
programs = []
for pattern, subjects in OURS:
    captured.clear()
    re.compile(pattern)
    if captured:
        programs.append((captured[-1], subjects[0]))
    captured.clear()
for n in range(3000):
    (pat, fl, code, groups, gi), s = programs[rng.randrange(len(programs))]
    code = list(code)
    i = rng.randrange(len(code))
    code[i] = rng.choice([0, 1, 2, code[i] + 1, max(code[i] - 1, 0), rng.randrange(45),
                          rng.randrange(1 << 32)])
    try:
        p = _sre.compile(pat, fl, code, groups, gi, (None,) * (groups + 1))
    except RuntimeError:
        result = 'invalid'
    except Exception as e:
        result = 'compile ' + type(e).__name__
    else:
        # mutated code may loop for ever in CPython too: such cases are left out
        signal.setitimer(signal.ITIMER_REAL, 0.2)
        try:
            result = spans(p.search(s))
        except TooLong:
            continue
        except Exception as e:
            result = 'raised ' + type(e).__name__
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    out.write('FUZZ %d %d %s\n' % (isinstance(pat, bytes), groups,
                                   ' '.join(str(int(c)) for c in code)))
    out.write('SUBJ %d %s\n' % (isinstance(s, bytes), chars(s)))
    out.write('fuzz %s\n' % result)
