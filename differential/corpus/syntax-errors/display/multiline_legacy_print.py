if x:
    print "a" \
        "b"
