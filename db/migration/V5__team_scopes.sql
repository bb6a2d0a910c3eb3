-- Team scopes (invariant 8). NULL: fleet-wide. Otherwise the user or token sees only the
-- clusters whose team is in the array (clusters without a team are then invisible).
-- Existing users and tokens stay fleet-wide.

ALTER TABLE user_account ADD COLUMN teams TEXT[] CHECK (cardinality(teams) > 0);

-- Fixed when the token is created: the creator's scope or a narrower one.
ALTER TABLE api_token ADD COLUMN teams TEXT[] CHECK (cardinality(teams) > 0);

-- A caller limited to some teams lists findings cluster by cluster, each cluster's in list
-- order, then merges them (FindingQueries); these give each cluster's findings in the
-- order of each sort: severity (the default), updated (incremental sync) and age.
-- None holds last_seen_at, so the hourly sighting updates stay HOT.
CREATE INDEX finding_cluster_severity ON finding (cluster_id, severity_rank, id);
CREATE INDEX finding_cluster_updated ON finding (cluster_id, updated_at, id);
CREATE INDEX finding_cluster_age ON finding (cluster_id, first_seen_at, id);
