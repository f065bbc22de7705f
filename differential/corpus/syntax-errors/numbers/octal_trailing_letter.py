mode = 0o7a
