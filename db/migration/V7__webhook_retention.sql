-- Finished webhook events are deleted after a retention period. These indexes keep that
-- cheap: one to find finished events by age, one so each deleted event's delivery log
-- (ON DELETE CASCADE) is found without scanning every delivery.

CREATE INDEX webhook_outbox_finished ON webhook_outbox (finished_at) WHERE state <> 'PENDING';
CREATE INDEX webhook_delivery_outbox ON webhook_delivery (outbox_id);
