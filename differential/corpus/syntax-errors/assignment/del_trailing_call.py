del x,
del ()
del f(),
