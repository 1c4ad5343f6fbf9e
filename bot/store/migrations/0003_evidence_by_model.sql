-- Whether an evidence row's label is the trained second opinion's rather than the rules'
-- (the tracker lets such a "released" promote only with corroboration). Rows written
-- before it were all the rules' or already weighed as one item: 0.

ALTER TABLE evidence ADD COLUMN by_model INTEGER NOT NULL DEFAULT 0;
