value = flag ? 1 : 2
