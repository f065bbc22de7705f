print("running util as", __name__)
from .. import VERSION as PARENT_VERSION
