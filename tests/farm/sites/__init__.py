"""Sites of the test farm: each module registers its routes with ``tests.farm.route``."""
