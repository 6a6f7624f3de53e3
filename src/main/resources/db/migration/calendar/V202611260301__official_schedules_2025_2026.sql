-- The official schedules for cán bộ, công chức, viên chức in 2025 and 2026 (domain/regulations.md §7.3).
insert into calendar_year (year, provisional, confirmed_by, confirmed_at) values
    (2025, false, 'system', now()),
    (2026, false, 'system', now());

insert into calendar_day (day, year, type, name, legal_source) values
    ('2025-01-01', 2025, 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112'),
    ('2025-01-27', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (28 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức'),
    ('2025-01-28', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (29 tháng Chạp)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức'),
    ('2025-01-29', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 1)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức'),
    ('2025-01-30', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 2)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức'),
    ('2025-01-31', 2025, 'HOLIDAY', 'Tết Nguyên đán Ất Tỵ (mùng 3)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Tết Ất Tỵ 2025 của cán bộ, công chức, viên chức'),
    ('2025-04-07', 2025, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2025-04-26', 2025, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/05/2025', 'Lịch nghỉ lễ 30/4, 1/5 năm 2025 của cán bộ, công chức, viên chức (hoán đổi ngày làm việc)'),
    ('2025-04-30', 2025, 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2025-05-01', 2025, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2025-05-02', 2025, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 26/04/2025)', 'Lịch nghỉ lễ 30/4, 1/5 năm 2025 của cán bộ, công chức, viên chức (hoán đổi ngày làm việc)'),
    ('2025-09-01', 2025, 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Bộ luật Lao động 2019, Điều 112; lịch nghỉ Quốc khánh 2025'),
    ('2025-09-02', 2025, 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112'),

    ('2026-01-01', 2026, 'HOLIDAY', 'Tết Dương lịch', 'Bộ luật Lao động 2019, Điều 112'),
    ('2026-01-02', 2026, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 10/01/2026)', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
    ('2026-01-10', 2026, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ thứ Sáu 02/01/2026', 'Công văn 12729/VPCP-KGVX ngày 25/12/2025'),
    ('2026-02-16', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (29 tháng Chạp)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-02-17', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 1)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-02-18', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 2)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-02-19', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 3)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-02-20', 2026, 'HOLIDAY', 'Tết Nguyên đán Bính Ngọ (mùng 4)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-04-26', 2026, 'HOLIDAY', 'Giỗ Tổ Hùng Vương (10/3 âm lịch, Chủ nhật)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2026-04-27', 2026, 'COMPENSATORY_DAY_OFF', 'Nghỉ bù Giỗ Tổ Hùng Vương (26/04 là Chủ nhật)', 'Bộ luật Lao động 2019, Điều 111 khoản 3'),
    ('2026-04-30', 2026, 'HOLIDAY', 'Ngày Chiến thắng (30/4)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2026-05-01', 2026, 'HOLIDAY', 'Ngày Quốc tế Lao động (1/5)', 'Bộ luật Lao động 2019, Điều 112'),
    ('2026-08-22', 2026, 'MAKEUP_WORKDAY', 'Làm bù cho ngày nghỉ thứ Hai 31/08/2026', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-08-31', 2026, 'SWAPPED_DAY_OFF', 'Nghỉ hoán đổi (làm bù thứ Bảy 22/08/2026)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-09-01', 2026, 'HOLIDAY', 'Quốc khánh (ngày liền kề)', 'Thông báo 9441/TB-BNV ngày 16/10/2025'),
    ('2026-09-02', 2026, 'HOLIDAY', 'Quốc khánh (2/9)', 'Bộ luật Lao động 2019, Điều 112');
