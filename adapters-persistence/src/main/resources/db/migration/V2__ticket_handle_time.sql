-- Agent working time on a ticket in seconds, the basis of average handle time; null when unknown.
ALTER TABLE tickets ADD COLUMN handle_seconds INTEGER;
