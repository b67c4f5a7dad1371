-- Search results are ranked by whether the words are in a disclosure's name or product (see InventoryQuery),
-- found through this small vector's own GIN index instead of running ts_rank over every match's full
-- search_vector (which PostgreSQL must read and decompress for each of thousands of matches). The expression
-- must stay exactly the one InventoryQuery.TITLE_VECTOR writes (with the table's alias). "if not exists": the
-- index was first built by hand on the benchmark database to measure it.
create index if not exists disclosure_title_search_idx on disclosure
    using gin (to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(product, '')));
