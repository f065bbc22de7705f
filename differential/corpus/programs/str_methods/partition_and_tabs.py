for s in ["key=value", "novalue", "a=b=c", "=start", "end="]:
    print(repr(s), s.partition("="), s.rpartition("="))
for s in ["a\tb", "\tx", "ab\tcd\tef", "1234567\t8", "x\ny\tz"]:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(1)))
config = "name = krait\nversion= 0.1\n# comment\n\nauthor =anon\n"
settings = {}
for line in config.splitlines():
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    key, _, value = line.partition("=")
    settings[key.strip()] = value.strip()
print(settings)
print("a,b;c d".replace(";", ",").replace(" ", ",").split(","))
print("  lots   of   space  ".split(), " ".join("  lots   of   space  ".split()))
