#!/usr/bin/env python3
"""Builds src/main/resources/catalogue/starter-catalogue.csv and fields.txt from the shared reference data
(procedures-sample.csv, linh-vuc.json) and documents.py (every procedure's document list with its source). Rerun: python3 generate-starter.py
The choices made for each row are listed in README.md of this folder; change them here, not in the output."""
import csv, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'src', 'main', 'resources', 'catalogue')

NQ12 = 'Nghị quyết 12/2025/NQ-HĐND ngày 24/6/2025 của HĐND tỉnh Thanh Hóa (miễn phí, lệ phí khi thực hiện dịch vụ công trực tuyến)'
HO_TICH_11 = 'Luật Hộ tịch 60/2014/QH13, Điều 11 khoản 1 (miễn lệ phí đăng ký khai sinh, khai tử đúng hạn, giám hộ, kết hôn của công dân Việt Nam cư trú trong nước)'

# Time limits the source leaves blank or writes in another unit: (amount, unit, why).
TIME = {
    '1.001193': (0, 'WORKING_DAYS', "'1 Khác' of hộ tịch = trong ngày (nhận sau 15 giờ: ngày làm việc tiếp theo)"),
    '1.000894': (0, 'WORKING_DAYS', "'1 Khác' of hộ tịch = trong ngày"),
    '1.000656': (0, 'WORKING_DAYS', "'1 Khác' of hộ tịch = trong ngày"),
    '1.000110': (0, 'WORKING_DAYS', "'1 Khác' of hộ tịch = trong ngày"),
    '2.000635': (0, 'WORKING_DAYS', "blank ('Khác'): bản sao trích lục cấp trong ngày — UNVERIFIED"),
    '2.000884': (0, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 7 — trong ngày (sau 15 giờ: ngày làm việc tiếp theo)'),
    '2.000942': (0, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 7 — trong ngày'),
    '2.001008': (0, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 7 — trong ngày'),
    '2.000815': (0, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 7 — trong ngày'),
    '2.000927': (0, 'WORKING_DAYS', 'blank: sửa lỗi sai sót — trong ngày — UNVERIFIED'),
    '2.001016': (2, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 38 — hợp đồng, giao dịch: không quá 02 ngày làm việc'),
    '2.000913': (2, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 38 — không quá 02 ngày làm việc'),
    '2.001035': (2, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 38 — không quá 02 ngày làm việc'),
    '2.001019': (2, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 38 — không quá 02 ngày làm việc'),
    '2.001406': (2, 'WORKING_DAYS', 'blank: NĐ 23/2015/NĐ-CP Điều 38 — không quá 02 ngày làm việc'),
    '1.012085': (0, 'WORKING_DAYS', '12 giờ in the source (stored 0.5): kept as within the day'),
    '1.013792': (15, 'CALENDAR_DAYS', '15 ngày (calendar days in the source)'),
}
# Rows left out: the source gives no usable time limit (or fee); import them from the province's decision.
LEFT_OUT = {'2.002165', '1.000288', '1.001776', '1.001699', '1.001653', '1.012753', '1.012766', '2.001263'}
FEE_DESCRIPTION = {
    '2.000635': 'Phí cấp bản sao trích lục hộ tịch: 8.000 đồng/bản',
    '2.000884': 'Phí chứng thực chữ ký: 10.000 đồng/trường hợp',
    '2.000942': 'Phí chứng thực bản sao: 2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    '2.001016': 'Phí chứng thực văn bản từ chối nhận di sản: 50.000 đồng/văn bản',
    '2.001008': 'Phí chứng thực chữ ký người dịch: 10.000 đồng/trường hợp',
    '2.000815': 'Phí chứng thực bản sao từ bản chính: 2.000 đồng/trang; từ trang thứ ba 1.000 đồng/trang, tối đa 200.000 đồng/bản',
    '2.000913': 'Phí chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch: 30.000 đồng/hợp đồng, giao dịch',
    '2.001035': 'Phí chứng thực hợp đồng, giao dịch: 50.000 đồng/hợp đồng, giao dịch',
    '2.000927': 'Phí sửa lỗi sai sót trong hợp đồng, giao dịch: 25.000 đồng/hợp đồng, giao dịch',
    '2.001019': 'Phí chứng thực di chúc: 50.000 đồng/di chúc',
    '2.001406': 'Phí chứng thực văn bản thỏa thuận phân chia di sản: 50.000 đồng/văn bản',
}
HO_TICH_EXEMPT = {'1.001193', '1.000894', '1.004837'}
# Khai tử is exempt only when registered within the time limit: a condition the counter asks, not a blanket flag.
KHAI_TU_ON_TIME = {'1.000656', '1.000419'}
KHAI_TU_BASIS = ('Luật Hộ tịch 60/2014/QH13, Điều 11 khoản 1 điểm b (miễn lệ phí đăng ký khai tử đúng hạn); '
                 'thời hạn đăng ký khai tử: Điều 33')
KHAI_TU_CONDITION = 'Đăng ký khai tử đúng hạn: trong 15 ngày kể từ ngày chết (Luật Hộ tịch, Điều 33)'
# Hộ tịch charges are set by the provincial People's Council; no Thanh Hóa resolution on their amounts was found,
# so they are "to be set by the province", never a false 0 (README.md of this folder).
HO_TICH_CHARGE = ('Lệ phí đăng ký hộ tịch: mức thu do HĐND tỉnh Thanh Hóa quy định '
                  '(Luật Phí và lệ phí 97/2015/QH13; Thông tư 85/2019/TT-BTC)')
sys.path.insert(0, HERE)
from documents import DOCUMENTS, EXPORT, ARTICLE  # noqa: E402

documents = json.load(open(os.path.join(HERE, 'procedures-documents-sample.json'), encoding='utf-8'))
header = ['code', 'name', 'field', 'service_level', 'time_limit', 'time_unit', 'fee_vnd', 'fee_exempt',
          'fee_exempt_basis', 'legal_basis', 'fee_kind', 'fee_description', 'fee_exempt_channel', 'effective_from',
          'result', 'documents', 'documents_source', 'fee_to_be_set', 'fee_exempt_condition', 'source_note']
rows = []
for r in csv.DictReader(open(os.path.join(HERE, 'procedures-sample.csv'), encoding='utf-8')):
    code = r['code']
    if code in LEFT_OUT:
        continue
    amount, unit, why = TIME.get(code, (None, 'WORKING_DAYS', ''))
    if amount is None:
        amount = int(r['time_limit_working_days'])
        why = 'as in the source'
    level = 'PARTIAL_ONLINE' if r['online_level'] == 'online' else 'IN_PERSON'
    fee = int(r['fee_vnd'] or 0)
    exempt, basis, channel, condition = 'false', '', '', ''
    if fee > 0 and level != 'IN_PERSON':
        exempt, basis, channel = 'true', NQ12, 'ONLINE'
    elif code in HO_TICH_EXEMPT:
        exempt, basis = 'true', HO_TICH_11
    elif code in KHAI_TU_ON_TIME:
        exempt, basis, condition = 'true', KHAI_TU_BASIS, KHAI_TU_CONDITION
    to_be_set = r['field'] == 'Hộ tịch' and fee == 0
    kind = 'PHI' if fee > 0 else 'LE_PHI' if to_be_set else ''
    description = FEE_DESCRIPTION.get(code, '') if fee > 0 else HO_TICH_CHARGE if to_be_set else ''
    doc = documents.get(code, {})
    origin, basis_text, lines = DOCUMENTS[code]
    portal = f" ({r['portal_url']})" if r['portal_url'] else ' (dichvucong.gov.vn)'
    source = (EXPORT if origin == 'EXPORT' else ARTICLE).format(code=code, portal=portal, basis=basis_text)
    rows.append([code, r['name'], r['field'], level, amount, unit, fee, exempt, basis, r['legal_basis'],
                 kind, description, channel, '2025-07-01',
                 doc.get('result', ''), '\n'.join(lines), source, 'true' if to_be_set else '', condition,
                 f"verified={r['verified']}; time: {why}; source: {r['source_url'] or r['portal_url']}"])
with open(os.path.join(OUT, 'starter-catalogue.csv'), 'w', encoding='utf-8', newline='') as f:
    w = csv.writer(f, lineterminator='\n')
    w.writerow(header)
    w.writerows(rows)
fields = sorted({x['ten_linh_vuc'] for x in json.load(open(os.path.join(HERE, 'linh-vuc.json'), encoding='utf-8'))})
with open(os.path.join(OUT, 'fields.txt'), 'w', encoding='utf-8') as f:
    f.write('\n'.join(fields) + '\n')
print(len(rows), 'procedures,', len(fields), 'fields')
