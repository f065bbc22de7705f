mode = 0o
