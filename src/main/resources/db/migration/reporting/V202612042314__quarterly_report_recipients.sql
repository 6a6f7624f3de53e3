-- The quarterly report's "Nơi nhận" list (one recipient a line) and the drafting unit written after "Lưu: VT," —
-- both edited with the draft (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.9).
alter table quarterly_report add column recipients text;
alter table quarterly_report add column drafting_unit text;
