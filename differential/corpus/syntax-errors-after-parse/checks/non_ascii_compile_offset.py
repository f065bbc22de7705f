x = "é"; break
