for[(print[''])]in lambda:[]:
 def g(v:{x:,