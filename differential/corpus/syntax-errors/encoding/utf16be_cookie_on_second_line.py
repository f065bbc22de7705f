
#coding:utf-16-be
ab