# A possessive repeat (or an atomic group) ends where its last successful iteration ended,
# even when the failed iteration after it moved the input on (a lookahead, an optional item).
import re

cases = [
    ('(?:.(?!D))++', 'ABCDE'),
    ('(?:.(?!D))*+', 'ABCDE'),
    ('(?:.(?!D))?+', 'CDE'),
    ('(?:.(?!D)){1,3}+', 'ABCDE'),
    ('(?>(?:.(?!D))+)', 'ABCDE'),
    ('(?:ab?c)++', 'aca'),
    ('(?:ab?c)*+', 'aca'),
    ('(?:ab?c)?+', 'a'),
    ('(?:ab?c){1,3}+', 'aca'),
    ('(?>(?:ab?c)+)', 'aca'),
    ('(?:ab?c)++x', 'acacx'),
    ('(?:a(b)?c)*+(.)', 'acabcad'),
]
for pattern, text in cases:
    m = re.match(pattern, text)
    print(f'{pattern!r:24} {text!r:10}', m.span() if m else None, m.groups() if m else '')

print(re.findall(r'(?:\d(?!0))++', '12304560'))
print(re.sub(r'(?:[a-z](?![A-Z]))*+', '-', 'abcDefGh'))
