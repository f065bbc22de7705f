# -*- coding: latin-1 -*-
4Ú
}