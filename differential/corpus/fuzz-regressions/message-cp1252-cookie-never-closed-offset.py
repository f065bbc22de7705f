#coding=cp1252
á{

