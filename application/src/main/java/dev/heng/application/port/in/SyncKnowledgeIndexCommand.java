package dev.heng.application.port.in;

import dev.heng.domain.tenant.TenantId;

/**
 * Asks to bring the knowledge index up to date with stored records.
 *
 * @param tenantId the one tenant to catch up, or null for every tenant
 */
public record SyncKnowledgeIndexCommand(TenantId tenantId) {}
