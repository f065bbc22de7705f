é = "abc
