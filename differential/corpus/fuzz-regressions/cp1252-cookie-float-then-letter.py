# vim: set fileencoding=cp1252 :
8.Õ
1b