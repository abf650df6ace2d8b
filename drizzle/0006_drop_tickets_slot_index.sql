-- Slot counts are read from slot_loads (0003, 0004), so nothing looks tickets up by slot any more;
-- the index only cost a page write for every ticket issued.
DROP INDEX `tickets_slot`;