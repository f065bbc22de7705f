import re, json, collections, dataclasses, typing
