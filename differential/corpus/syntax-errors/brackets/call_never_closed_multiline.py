result = f(a,
           b
