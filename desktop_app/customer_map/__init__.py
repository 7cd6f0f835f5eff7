"""Internal customer map (内部客户地图): service relations between units and between posts,
business processes whose handoffs propose relations, service cards, the map's graph, and the
texts the handbook prints."""
