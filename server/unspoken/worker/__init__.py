"""Background work: arq tasks named domain.event, taking ids, safe to run twice."""
