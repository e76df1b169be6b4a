"""The spaCy pipeline definition and rule data, shipped inside the package as extract.models."""
