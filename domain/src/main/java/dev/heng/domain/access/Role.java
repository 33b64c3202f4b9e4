package dev.heng.domain.access;

/** What a credential may do within its tenant. */
public enum Role {
  /** Manages the tenant: keys, configuration, and every record. */
  TENANT_ADMIN,
  /** Reads the records of one team. */
  TEAM_LEAD,
  /** Reads every ticket and trajectory of the tenant for quality review. */
  QA_REVIEWER,
  /** Reads the tenant's records to curate knowledge and audit contribution credit. */
  KNOWLEDGE_MANAGER,
  /** Reads one agent's own records only. */
  AGENT,
  /** An HR suite or other system that pushes records in and pulls results out. */
  INTEGRATION_CLIENT;

  /** Whether this role may send records in. */
  public boolean mayWriteRecords() {
    return this == TENANT_ADMIN || this == INTEGRATION_CLIENT;
  }

  /** Whether this role may start scoring runs. */
  public boolean mayRunScoring() {
    return this == TENANT_ADMIN || this == INTEGRATION_CLIENT;
  }

  /** Whether this role may read and change the tenant's scoring configuration. */
  public boolean mayConfigureScoring() {
    return this == TENANT_ADMIN;
  }

  /** Whether this role may create, list and revoke the tenant's API keys. */
  public boolean mayManageKeys() {
    return this == TENANT_ADMIN;
  }

  /** Whether a key of this role must be bound to an agent. */
  public boolean needsAgent() {
    return this == AGENT;
  }

  /** Whether a key of this role must be bound to a team. */
  public boolean needsTeam() {
    return this == TEAM_LEAD;
  }
}
