# 😀 comment
x = "😀𐲀"  # 𐲀
y = f"{x}𐲀{x!r:𐲀>3}"
𐲀 = 1
