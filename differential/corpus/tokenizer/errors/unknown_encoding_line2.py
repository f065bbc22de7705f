
# -*- coding: no-such-codec -*-
