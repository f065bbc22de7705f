if x:
    \
