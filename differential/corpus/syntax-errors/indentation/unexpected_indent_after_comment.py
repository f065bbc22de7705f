x = 1
    # a comment may be indented anywhere
  y = 2
