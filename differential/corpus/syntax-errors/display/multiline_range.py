y = (first
     second)
