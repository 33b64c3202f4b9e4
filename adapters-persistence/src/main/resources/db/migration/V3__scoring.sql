-- Scoring: each tenant's configuration versions, and the results of the latest run per period.
-- Results are documents (JSON text) keyed by the columns they are looked up by; a re-run of a
-- period replaces its run, scorecards and difficulties in one transaction.

CREATE TABLE scoring_configs (
    tenant_id   BIGINT NOT NULL REFERENCES tenants (id),
    version     INTEGER NOT NULL,
    config      VARCHAR NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (tenant_id, version)
);

CREATE TABLE scoring_runs (
    tenant_id       BIGINT NOT NULL REFERENCES tenants (id),
    period          VARCHAR(16) NOT NULL,
    config_version  INTEGER NOT NULL,
    computed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    weight_source   VARCHAR(16) NOT NULL,
    fit_tickets     INTEGER NOT NULL,
    weights         VARCHAR NOT NULL,
    fairness        VARCHAR NOT NULL,
    PRIMARY KEY (tenant_id, period)
);

CREATE TABLE scorecards (
    tenant_id   BIGINT NOT NULL REFERENCES tenants (id),
    period      VARCHAR(16) NOT NULL,
    agent_id    VARCHAR(128) NOT NULL,
    team_id     VARCHAR(128),
    position    INTEGER NOT NULL,
    total       DOUBLE PRECISION NOT NULL,
    body        VARCHAR NOT NULL,
    PRIMARY KEY (tenant_id, period, agent_id)
);
CREATE INDEX scorecards_team ON scorecards (tenant_id, period, team_id, position);

CREATE TABLE customer_difficulties (
    tenant_id    BIGINT NOT NULL REFERENCES tenants (id),
    period       VARCHAR(16) NOT NULL,
    customer_id  VARCHAR(128) NOT NULL,
    agent_id     VARCHAR(128),
    coefficient  DOUBLE PRECISION NOT NULL,
    tickets      INTEGER NOT NULL,
    normaliser   DOUBLE PRECISION NOT NULL,
    body         VARCHAR NOT NULL,
    PRIMARY KEY (tenant_id, period, customer_id)
);
CREATE INDEX customer_difficulties_customer ON customer_difficulties (tenant_id, customer_id);
