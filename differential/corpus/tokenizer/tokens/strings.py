a = rb"x" + Rb'y' + BR"z" + u"u" + F"{a!r:>{w}}" + fr"{x}\n"
b = '''multi
line \''' still'''
c = "esc\
 continued"
d = ""
e = ''
f = f"{x}" f'{y}'
