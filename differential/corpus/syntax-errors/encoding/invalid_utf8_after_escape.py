s = 'a\tb Ã©ÿ'
