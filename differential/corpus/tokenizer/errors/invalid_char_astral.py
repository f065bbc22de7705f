x = a😀b
