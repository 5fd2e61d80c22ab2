"""Mail and calendar sources behind one Protocol (see base.py); registry.py picks one."""
