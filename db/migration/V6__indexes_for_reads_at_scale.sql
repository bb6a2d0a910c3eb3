-- Reads at a million findings (BENCHMARKS.md): every list order and common filter walks an
-- index in the order it returns, instead of filtering its way through another index. V5
-- already holds each cluster's findings in every list order. severity_rank, id and
-- first_seen_at never change once a row exists, so only inserts pay for these; status
-- changes already skip HOT (finding_cluster_status has it).

-- A status filter (with or without a severity) over the visible fleet.
CREATE INDEX finding_status_severity ON finding (status, severity_rank, id);
-- sort=age over the whole fleet.
CREATE INDEX finding_first_seen ON finding (first_seen_at, id);

-- The latest score of a cluster and area (per day for charts, or now) is one index probe
-- instead of a sort of every scan in the range.
CREATE INDEX cluster_score_area_time ON cluster_score (cluster_id, area, scanned_at, scan_id);
