package dev.heng.adapter.out.persistence;

/**
 * A record turned into column values, with its content hash.
 *
 * @param externalId the record's external id
 * @param values its kind-specific column values
 * @param contentHash the hash of its content
 */
record PreparedRow(String externalId, Object[] values, String contentHash) {}
