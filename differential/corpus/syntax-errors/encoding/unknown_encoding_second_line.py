#!/usr/bin/env python3
# vim: set fileencoding=bogus-8 :
x = 1
