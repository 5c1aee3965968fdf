"""Application assembly, configuration and runners for the work-safety reporting bot."""
