-- Team scopes (invariant 8). NULL: fleet-wide. Otherwise the user or token sees only the
-- clusters whose team is in the array (clusters without a team are then invisible).
-- Existing users and tokens stay fleet-wide.

ALTER TABLE user_account ADD COLUMN teams TEXT[] CHECK (cardinality(teams) > 0);

-- Fixed when the token is created: the creator's scope or a narrower one.
ALTER TABLE api_token ADD COLUMN teams TEXT[] CHECK (cardinality(teams) > 0);
