8{M
J\a