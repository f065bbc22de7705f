name = f'hello {   } world'
