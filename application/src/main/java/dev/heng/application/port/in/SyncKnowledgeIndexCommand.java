package dev.heng.application.port.in;

/**
 * Asks to bring the knowledge index up to date with stored records.
 *
 * @param tenantName the one tenant to catch up, or null for every tenant
 */
public record SyncKnowledgeIndexCommand(String tenantName) {}
