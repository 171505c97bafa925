"""Entity resolution: countries, places, actor codes and stable ids for the entities NER finds."""
