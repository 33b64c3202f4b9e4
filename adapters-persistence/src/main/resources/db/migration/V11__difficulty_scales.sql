-- How a run standardised each difficulty dimension, so that a customer's stored difficulty need
-- keep only its dimension values: the standardised values, weights and contributions follow from
-- them. Runs stored before this column have none; their customers keep every contribution whole.

ALTER TABLE scoring_runs ADD COLUMN scales VARCHAR;
