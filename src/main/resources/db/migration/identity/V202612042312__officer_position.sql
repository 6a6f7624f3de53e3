-- An officer's position (chức vụ, e.g. "Chủ tịch", "Phó Chủ tịch", "Giám đốc"), printed under the signature of the
-- notices they sign (Nghị định 30/2020/NĐ-CP Phụ lục I, mục II.8).
alter table officer add column position text;
