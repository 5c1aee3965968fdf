"""The enterprise job-holder notice (seed 001, item 8): who holds the posts, their certificates, and how the
public can report; checked against the registry, rendered for phones and for printing, filed for the
regulator."""
