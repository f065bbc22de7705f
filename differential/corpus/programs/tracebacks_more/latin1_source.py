# -*- coding: latin-1 -*-
# A source file in Latin-1 (its coding cookie says so): the uncaught exception's report shows
# the failing line decoded with the file's encoding, as CPython's does.
def greet(name):
    raise RuntimeError("hé ho, " + name)   # café

greet("Zoë")
