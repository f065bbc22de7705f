# -*- coding: latin-1 -*-
3øB
5Fue