#coding:utf-16
ab