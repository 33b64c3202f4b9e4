-- Hourly attainment per agent and team, each tenant's anomaly settings and how far its anomaly
-- checks have got, and what anomaly alerts add to alerts. One schema for PostgreSQL 15+ and H2 2.4
-- (PostgreSQL mode).

-- One row per subject, hour and item: a dimension ('dimension:quality', measured = attainment
-- 0..100) or an hourly metric ('metric:first_response', measured = the metric's value, with its
-- normalised 0..100 value and the external ids of its tickets, one per line).
CREATE TABLE attainment (
    tenant_id     BIGINT NOT NULL REFERENCES tenants (id),
    hour_start    TIMESTAMP WITH TIME ZONE NOT NULL,
    subject_type  VARCHAR(8) NOT NULL,
    subject_id    VARCHAR(128) NOT NULL,
    item          VARCHAR(48) NOT NULL,
    team_id       VARCHAR(128),
    measured      DOUBLE PRECISION NOT NULL,
    volume        INTEGER NOT NULL,
    normalised    DOUBLE PRECISION,
    ticket_ids    VARCHAR,
    CONSTRAINT attainment_key PRIMARY KEY (tenant_id, hour_start, subject_type, subject_id, item)
);
CREATE INDEX attainment_subject ON attainment (tenant_id, subject_type, subject_id, hour_start);

CREATE TABLE attainment_marks (
    tenant_id                   BIGINT PRIMARY KEY REFERENCES tenants (id),
    anomalies_checked_through   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE anomaly_settings (
    tenant_id            BIGINT PRIMARY KEY REFERENCES tenants (id),
    deviation            DOUBLE PRECISION NOT NULL,
    weeks                INTEGER NOT NULL,
    min_volume           INTEGER NOT NULL,
    min_baseline_volume  INTEGER NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Hourly attainment reads tickets by the time of their first response and of their resolution.
CREATE INDEX tickets_first_response ON tickets (tenant_id, first_response_at);
CREATE INDEX tickets_resolved ON tickets (tenant_id, resolved_at);

-- An anomaly alert about a team names no agent; the anomaly columns stay NULL on capacity alerts.
ALTER TABLE alerts ALTER COLUMN agent_id DROP NOT NULL;
ALTER TABLE alerts ADD COLUMN subject_type VARCHAR(8);
ALTER TABLE alerts ADD COLUMN metric VARCHAR(32);
ALTER TABLE alerts ADD COLUMN hour_start TIMESTAMP WITH TIME ZONE;
ALTER TABLE alerts ADD COLUMN baseline DOUBLE PRECISION;
ALTER TABLE alerts ADD COLUMN deviation DOUBLE PRECISION;
ALTER TABLE alerts ADD COLUMN volume INTEGER;
ALTER TABLE alerts ADD COLUMN baseline_hours INTEGER;
ALTER TABLE alerts ADD COLUMN baseline_volume INTEGER;
ALTER TABLE alerts ADD COLUMN ticket_ids VARCHAR;
