{a} = x
