#coding:iso8859-1
("�"e
)