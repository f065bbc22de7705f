#coding:iso8859-1
("é"e
)