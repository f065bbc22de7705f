y = 8{M
J\a
