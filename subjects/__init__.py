"""Subject files (一企一档): the registry of training institutions, exam institutions, exam sites and
enterprises, keyed by unified social credit code, and everything a bureau learns about each."""
