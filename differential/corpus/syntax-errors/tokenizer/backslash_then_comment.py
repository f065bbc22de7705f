x = [1, 2] \ # explain
