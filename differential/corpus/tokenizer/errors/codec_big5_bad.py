# coding: big5
x = "��"
