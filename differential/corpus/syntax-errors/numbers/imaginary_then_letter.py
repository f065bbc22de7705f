z = 1jk
