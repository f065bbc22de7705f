value = first_long_name + second_long_name + third_long_name + fourth_long_name + (fifth_long_name sixth_long_name)
