# coding: ASCII
x = "é"
