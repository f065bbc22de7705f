# coding: UTF8
x = "â‚"
