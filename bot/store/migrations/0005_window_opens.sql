-- The first day of a release window that is no single day ("this fall": September 1), as
-- an ISO date, on each evidence row and on each target's status: once a confirmed status
-- names such a window, a plain report that the product is out, dated from that day on, is
-- corroborated by the window. Rows written before it name none.

ALTER TABLE evidence ADD COLUMN opens TEXT;
ALTER TABLE status ADD COLUMN opens TEXT;
