#coding:utf-16
abc