#coding:utf-16
Üab
