b'>= < }pass\...   """ yield \
 matchwith= 1e$x[1jf'