-- The day a release window names ("October 26"), as an ISO date, on each evidence row and
-- on each target's status: a report that the product is out, dated on or after the day a
-- confirmed status names, is corroborated by that day. Rows written before it name none.

ALTER TABLE evidence ADD COLUMN due TEXT;
ALTER TABLE status ADD COLUMN due TEXT;
