#coding:utf-32-le
x=1
