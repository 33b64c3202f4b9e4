-- The agent's working time on a ticket, in seconds, when the tenant's systems record it.
ALTER TABLE tickets ADD COLUMN handle_seconds INTEGER;
