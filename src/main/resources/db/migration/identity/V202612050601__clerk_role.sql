-- The clerk (văn thư, Nghị định 30/2020/NĐ-CP Art. 15, 16, 22): numbers and issues outgoing documents, registers
-- incoming ones and applies the organisation's signature (correspondence module).
alter table officer_role drop constraint officer_role_role_check;
alter table officer_role add constraint officer_role_role_check
    check (role in ('RECEIVING_OFFICER', 'SPECIALIST', 'LEADER', 'ADMINISTRATOR', 'CLERK'));
