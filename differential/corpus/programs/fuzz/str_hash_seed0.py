# Found by the whole-program fuzzer (RunCampaignTest): under PYTHONHASHSEED=0 (which the corpus
# harness sets) hash() of str, and of tuples holding str, equals CPython's; ints and floats
# already did.
for s in ['', 'a', 'abc', 'naïve', 'αβγ', 'Straße', 'x' * 40, '😀']:
    print(repr(s), hash(s))
print(hash((1, 'a')), hash(('a', 'b', 'c')), hash((1, 2)), hash(()))
print(hash(12), hash(-1), hash(2 ** 61 - 1), hash(1.5), hash(-0.0))
