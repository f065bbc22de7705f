# Found by the whole-program fuzzer (RunCampaignTest): float() parses 'inf', 'nan' and
# 'infinity' in any case and with a sign (Krait: "could not convert string to float: 'inf'").
for text in ['inf', '-inf', '+inf', 'nan', '-nan', 'Infinity', '-INFINITY', 'iNF', ' nan ',
             'infinit', 'nana', '1e400', '-1e400']:
    try:
        print(repr(text), float(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
print(float('inf') > 10 ** 300, float('nan') != float('nan'), -float('inf'))
print(1e308 * 10, -1e308 * 10, 2.0 ** 1023)
