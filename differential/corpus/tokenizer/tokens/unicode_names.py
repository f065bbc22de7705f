café = 1
π = 3.14
Δx = π * 2  # über
s = "😀 emoji"; t = 1
中文 = s
