-- Each agency's opening time (giờ bắt đầu làm việc) beside its cut-off and closing time (issue 16): the officers'
-- warning "three working hours before the due time" counts the agency's own office hours. Default 07:30, the value of
-- the retired installation-wide setting MOTCUA_OFFICERS_OPENING_TIME; a row whose cut-off is earlier opens at its
-- cut-off. The order opening < closing, opening <= cut-off holds for every row written from now on (not validated
-- on rows an older version wrote, so that no installation fails to start on an odd row).
alter table calendar_office_hours add column opening_time time not null default '07:30';
update calendar_office_hours set opening_time = cut_off where cut_off < opening_time;
alter table calendar_office_hours add constraint calendar_office_hours_opening_check
    check (opening_time < closing_time and opening_time <= cut_off) not valid;
