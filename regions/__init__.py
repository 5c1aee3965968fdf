"""Administrative divisions (GB/T 2260): the table every jurisdiction, route and ID number refers to."""
