# coding: gbk
x = "�"
