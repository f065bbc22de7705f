s = 'éèà' + 'ünterminated
