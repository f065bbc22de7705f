x {y z}
