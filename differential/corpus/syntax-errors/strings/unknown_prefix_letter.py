s = kf"dsfsdf"
