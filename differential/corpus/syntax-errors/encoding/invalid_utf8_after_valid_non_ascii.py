s = 'ok Ã© then ÿ'
