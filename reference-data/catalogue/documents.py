"""Required documents (thành phần hồ sơ) of every starter procedure, with where each list comes from, in the marked
line format of the catalogue import (docs/catalogue.md): [xuất trình] shown only; [nếu: case] needed only in that
case; [bản sao] a copy; [N bản] how many. Read by generate-starter.py.

EXPORT: lists re-read from procedures-documents-sample.json, the paraphrase of the national procedure database export
(Cơ sở dữ liệu quốc gia về TTHC, dichvucong.gov.vn) in data/tthc.json of github.com/dieuhanhcongviecxanuicam/
ubnd-ttpvhcc-qr at 5adbcb8f (export of 06/08/2026), each line classified mandatory / conditional / shown.
ARTICLE: the national record could not be read here (the export file is over the size a snapshot carries); the list
is written from the governing law's article named in the source, and must be checked against the portal record
before legal use (the source says so)."""

ID = '[xuất trình] Giấy tờ tùy thân của người yêu cầu (hộ chiếu, thẻ căn cước công dân, thẻ căn cước hoặc căn cước điện tử)'
RES = '[xuất trình] Giấy tờ chứng minh nơi cư trú (chỉ khi không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)'
AUTH = ('[nếu: trường hợp ủy quyền] Văn bản ủy quyền được chứng thực (không phải chứng thực nếu người được ủy quyền là '
        'ông, bà, cha, mẹ, con, vợ, chồng, anh, chị, em ruột của người ủy quyền)')
EXPORT = ('Cơ sở dữ liệu quốc gia về TTHC, thủ tục {code}{portal}; thành phần hồ sơ theo bản xuất ngày 06/08/2026 '
          '(github.com/dieuhanhcongviecxanuicam/ubnd-ttpvhcc-qr, data/tthc.json, 5adbcb8f), đã phân loại bắt buộc / '
          'khi thuộc trường hợp / chỉ xuất trình')
ARTICLE = ('{basis}; viết theo điều khoản này vì chưa đọc được bản ghi CSDL quốc gia về TTHC của thủ tục {code}{portal} '
           '— cần đối chiếu trước khi sử dụng chính thức')
HO_TICH = 'Nghị định 123/2015/NĐ-CP Điều 2 khoản 1 (xuất trình giấy tờ tùy thân); Thông tư 04/2020/TT-BTP (ủy quyền)'
CT = 'Nghị định 23/2015/NĐ-CP'

DOCUMENTS = {
    '1.001193': ('EXPORT', None, [
        'Tờ khai đăng ký khai sinh theo mẫu (nộp trực tuyến: Mẫu hộ tịch điện tử tương tác)',
        'Giấy chứng sinh; nếu không có: văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh',
        '[nếu: trẻ bị bỏ rơi] Biên bản xác nhận việc trẻ bị bỏ rơi',
        '[nếu: trẻ sinh ra do mang thai hộ] Văn bản xác nhận của cơ sở y tế đã thực hiện kỹ thuật hỗ trợ sinh sản cho việc mang thai hộ',
        AUTH, ID, RES]),
    '1.000894': ('EXPORT', None, [
        'Tờ khai đăng ký kết hôn theo mẫu (hai bên có thể khai chung một tờ khai)',
        '[nếu: một bên đã ly hôn hoặc hủy việc kết hôn ở nước ngoài] Trích lục ghi chú ly hôn, hủy việc kết hôn',
        ID, RES]),
    '1.000656': ('EXPORT', None, [
        'Tờ khai đăng ký khai tử theo mẫu',
        'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp',
        '[nếu: người chết đã lâu, không có Giấy báo tử] Giấy tờ, tài liệu chứng minh sự kiện chết',
        AUTH,
        '[xuất trình] Giấy tờ chứng minh nơi cư trú cuối cùng của người chết (chỉ khi không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
        ID]),
    '1.001022': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 25; Nghị định 123/2015/NĐ-CP Điều 11 khoản 1; ' + HO_TICH, [
        'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
        'Chứng cứ chứng minh quan hệ cha, mẹ, con: văn bản của cơ quan y tế, cơ quan giám định hoặc cơ quan có thẩm quyền xác nhận quan hệ; nếu không có: văn bản cam đoan về quan hệ cha, mẹ, con có ít nhất hai người làm chứng',
        AUTH, ID, RES]),
    '1.000689': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 16, Điều 25; Nghị định 123/2015/NĐ-CP Điều 9, Điều 11, Điều 15; ' + HO_TICH, [
        'Tờ khai đăng ký khai sinh và Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
        'Giấy chứng sinh; nếu không có: văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh',
        'Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản của cơ quan y tế, cơ quan giám định; nếu không có: văn bản cam đoan có ít nhất hai người làm chứng)',
        AUTH, ID, RES]),
    '1.000893': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 36; Nghị định 123/2015/NĐ-CP (khai sinh cho người đã có hồ sơ, giấy tờ cá nhân); ' + HO_TICH, [
        'Tờ khai đăng ký khai sinh theo mẫu',
        '[bản sao] Bản sao toàn bộ hồ sơ, giấy tờ cá nhân có thông tin về họ, chữ đệm, tên, ngày, tháng, năm sinh, quê quán, dân tộc, quốc tịch của người cần đăng ký khai sinh',
        '[nếu: người yêu cầu là cán bộ, công chức, viên chức hoặc đang công tác trong lực lượng vũ trang] Văn bản xác nhận của thủ trưởng cơ quan, đơn vị về các thông tin khai sinh',
        AUTH, ID, RES]),
    '1.000110': ('ARTICLE', 'Nghị định 123/2015/NĐ-CP Điều 17 (khai sinh có yếu tố nước ngoài tại khu vực biên giới); ' + HO_TICH, [
        'Tờ khai đăng ký khai sinh theo mẫu',
        'Giấy chứng sinh; nếu không có: văn bản của người làm chứng xác nhận về việc sinh hoặc giấy cam đoan về việc sinh',
        '[nếu: cha, mẹ đã có thỏa thuận chọn quốc tịch cho con] Văn bản thỏa thuận của cha, mẹ về việc chọn quốc tịch cho con',
        '[xuất trình] Giấy tờ tùy thân của cha, mẹ (công dân nước láng giềng: giấy tờ tùy thân do cơ quan có thẩm quyền của nước láng giềng cấp)',
        AUTH, RES]),
    '1.000080': ('ARTICLE', 'Nghị định 123/2015/NĐ-CP Điều 19 (nhận cha, mẹ, con có yếu tố nước ngoài tại khu vực biên giới); ' + HO_TICH, [
        'Tờ khai đăng ký nhận cha, mẹ, con theo mẫu',
        'Chứng cứ chứng minh quan hệ cha, mẹ, con (văn bản của cơ quan y tế, cơ quan giám định; nếu không có: văn bản cam đoan có ít nhất hai người làm chứng)',
        '[xuất trình] Giấy tờ tùy thân của các bên (công dân nước láng giềng: giấy tờ tùy thân do cơ quan có thẩm quyền của nước láng giềng cấp)',
        AUTH, RES]),
    '1.000419': ('EXPORT', None, [
        'Tờ khai đăng ký khai tử theo mẫu',
        'Giấy báo tử hoặc giấy tờ thay Giấy báo tử do cơ quan có thẩm quyền cấp',
        '[xuất trình] Giấy tờ chứng minh nơi cư trú cuối cùng của người chết (chỉ khi không khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
        ID]),
    '1.000593': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 18; Thông tư 04/2020/TT-BTP (đăng ký hộ tịch lưu động); ' + HO_TICH, [
        'Tờ khai đăng ký kết hôn theo mẫu',
        '[nếu: một bên đã ly hôn hoặc hủy việc kết hôn ở nước ngoài] Trích lục ghi chú ly hôn, hủy việc kết hôn',
        ID, RES]),
    '1.004884': ('EXPORT', None, [
        'Tờ khai đăng ký lại khai sinh theo mẫu, có cam đoan đã nộp đủ giấy tờ hiện có',
        '[bản sao] Bản sao Giấy khai sinh cũ hoặc giấy tờ có giá trị thay thế',
        '[nếu: không có bản sao Giấy khai sinh] [bản sao] Bản sao giấy tờ có thông tin họ, chữ đệm, tên, ngày sinh (hộ chiếu, căn cước, giấy tờ cư trú, văn bằng, học bạ…)',
        '[nếu: người yêu cầu là cán bộ, công chức, viên chức hoặc đang công tác trong lực lượng vũ trang] Văn bản xác nhận của thủ trưởng cơ quan, đơn vị về các thông tin khai sinh',
        AUTH, ID, RES]),
    '1.004873': ('EXPORT', None, [
        'Tờ khai cấp Giấy xác nhận tình trạng hôn nhân theo mẫu',
        '[nếu: xin cấp lại để sử dụng vào mục đích khác hoặc vì Giấy đã cấp hết hạn] Giấy xác nhận tình trạng hôn nhân đã cấp trước đó',
        '[nếu: đã ly hôn hoặc vợ, chồng đã chết và cơ quan không tra cứu được] [bản sao] Bản án, quyết định ly hôn hoặc trích lục khai tử của vợ, chồng',
        AUTH, ID, RES]),
    '1.004845': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 22; Bộ luật Dân sự 2015 Điều 62 (căn cứ chấm dứt giám hộ); ' + HO_TICH, [
        'Tờ khai đăng ký chấm dứt giám hộ theo mẫu',
        'Giấy tờ làm căn cứ chấm dứt giám hộ theo quy định của Bộ luật Dân sự',
        AUTH, ID]),
    '2.000635': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 63; ' + HO_TICH, [
        'Tờ khai cấp bản sao trích lục hộ tịch theo mẫu',
        '[nếu: người yêu cầu không phải là người có thông tin hộ tịch được cấp] Văn bản ủy quyền hoặc giấy tờ chứng minh quan hệ với người có thông tin hộ tịch',
        ID]),
    '2.000884': ('EXPORT', None, [
        '[xuất trình] Giấy tờ tùy thân còn giá trị của người yêu cầu chứng thực (căn cước điện tử, hoặc bản chính hay bản sao có chứng thực thẻ căn cước công dân, thẻ căn cước, hộ chiếu)',
        'Giấy tờ, văn bản cần chứng thực chữ ký (người yêu cầu ký trước mặt người thực hiện chứng thực)',
        '[nếu: giấy tờ, văn bản bằng tiếng nước ngoài và người thực hiện chứng thực yêu cầu] Bản dịch tiếng Việt của giấy tờ, văn bản']),
    '2.000908': ('EXPORT', None, [
        '[xuất trình] Giấy tờ tùy thân của người yêu cầu (không cần khi khai thác được từ Cơ sở dữ liệu quốc gia về dân cư)',
        '[nếu: người yêu cầu là người đại diện, cha, mẹ, con, vợ, chồng, anh, chị, em ruột hoặc người thừa kế của người được cấp bản chính] Giấy tờ chứng minh quan hệ với người được cấp bản chính']),
    '2.000942': ('ARTICLE', CT + ', Chương IV (cấp bản sao có chứng thực hợp đồng, giao dịch đã được chứng thực)', [
        '[xuất trình] Giấy tờ tùy thân của người yêu cầu',
        '[nếu: người yêu cầu không phải là bên tham gia hợp đồng, giao dịch] Giấy tờ chứng minh là người thừa kế hoặc người đại diện hợp pháp của bên tham gia hợp đồng, giao dịch']),
    '2.001016': ('ARTICLE', CT + ', Chương IV (chứng thực hợp đồng, giao dịch và văn bản từ chối nhận di sản)', [
        'Dự thảo văn bản từ chối nhận di sản',
        '[bản sao] Bản sao giấy tờ tùy thân của người từ chối nhận di sản',
        '[bản sao] Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết',
        '[xuất trình] Bản chính các giấy tờ đã nộp bản sao, để đối chiếu']),
    '2.001008': ('ARTICLE', CT + ', Chương III (chứng thực chữ ký người dịch)', [
        '[xuất trình] Giấy tờ tùy thân còn giá trị của người dịch',
        '[xuất trình] Bản chính hoặc bản sao có chứng thực bằng cử nhân ngoại ngữ trở lên về thứ tiếng nước ngoài cần dịch, hoặc bằng tốt nghiệp đại học trở lên ở nước ngoài bằng thứ tiếng đó',
        'Bản dịch đính kèm giấy tờ, văn bản cần dịch']),
    '2.000815': ('ARTICLE', CT + ', Chương II (chứng thực bản sao từ bản chính)', [
        '[xuất trình] Bản chính giấy tờ, văn bản làm cơ sở để chứng thực bản sao',
        '[nếu: người yêu cầu tự chuẩn bị bản sao] Bản sao cần chứng thực']),
    '2.000913': ('ARTICLE', CT + ', Chương IV (chứng thực việc sửa đổi, bổ sung, hủy bỏ hợp đồng, giao dịch)', [
        'Dự thảo hợp đồng, giao dịch sửa đổi, bổ sung hoặc văn bản hủy bỏ hợp đồng, giao dịch',
        'Hợp đồng, giao dịch đã được chứng thực',
        '[xuất trình] Giấy tờ tùy thân của người yêu cầu chứng thực']),
    '2.001035': ('ARTICLE', CT + ', Chương IV (chứng thực hợp đồng, giao dịch)', [
        'Dự thảo hợp đồng, giao dịch',
        '[bản sao] Bản sao giấy tờ tùy thân của người yêu cầu chứng thực',
        '[nếu: hợp đồng, giao dịch về tài sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng] [bản sao] Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng hoặc giấy tờ thay thế',
        '[xuất trình] Bản chính các giấy tờ đã nộp bản sao, để đối chiếu']),
    '2.000927': ('ARTICLE', CT + ', Chương IV (sửa lỗi sai sót trong hợp đồng, giao dịch đã được chứng thực)', [
        'Hợp đồng, giao dịch đã được chứng thực có lỗi sai sót',
        'Văn bản đề nghị sửa lỗi sai sót có chữ ký của các bên tham gia hợp đồng, giao dịch',
        '[xuất trình] Giấy tờ tùy thân của người yêu cầu']),
    '2.001019': ('ARTICLE', CT + ', Chương IV (chứng thực di chúc); Bộ luật Dân sự 2015 (di chúc)', [
        'Dự thảo di chúc',
        '[bản sao] Bản sao giấy tờ tùy thân của người lập di chúc',
        '[nếu: di chúc định đoạt tài sản mà pháp luật quy định phải đăng ký quyền sở hữu, quyền sử dụng] [bản sao] Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng',
        '[xuất trình] Bản chính các giấy tờ đã nộp bản sao, để đối chiếu']),
    '2.001406': ('ARTICLE', CT + ', Chương IV (chứng thực văn bản thỏa thuận phân chia di sản)', [
        'Dự thảo văn bản thỏa thuận phân chia di sản',
        '[bản sao] Bản sao giấy tờ tùy thân của những người thừa kế',
        '[bản sao] Bản sao giấy chứng tử hoặc giấy tờ chứng minh người để lại di sản đã chết',
        'Giấy tờ chứng minh quan hệ giữa người để lại di sản và người được hưởng di sản theo pháp luật về thừa kế',
        '[nếu: thừa kế theo di chúc] [bản sao] Bản sao di chúc',
        '[bản sao] Bản sao Giấy chứng nhận quyền sở hữu, quyền sử dụng tài sản là di sản',
        '[xuất trình] Bản chính các giấy tờ đã nộp bản sao, để đối chiếu']),
    '1.004746': ('ARTICLE', 'Nghị định 123/2015/NĐ-CP Điều 27 (đăng ký lại kết hôn); ' + HO_TICH, [
        'Tờ khai đăng ký lại kết hôn theo mẫu',
        '[bản sao] Bản sao Giấy chứng nhận kết hôn được cấp trước đây; nếu không có: giấy tờ chứng minh việc kết hôn đã được đăng ký',
        AUTH, ID, RES]),
    '1.005461': ('ARTICLE', 'Nghị định 123/2015/NĐ-CP Điều 28 (đăng ký lại khai tử); ' + HO_TICH, [
        'Tờ khai đăng ký lại khai tử theo mẫu',
        '[bản sao] Bản sao Giấy chứng tử trước đây được cấp hợp lệ; nếu không có: giấy tờ liên quan có nội dung chứng minh sự kiện chết',
        AUTH, ID]),
    '1.004837': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 20, Điều 21; Bộ luật Dân sự 2015 Điều 52–54 (giám hộ cử, giám hộ đương nhiên); ' + HO_TICH, [
        'Tờ khai đăng ký giám hộ theo mẫu',
        '[nếu: giám hộ cử] Văn bản cử người giám hộ theo quy định của Bộ luật Dân sự',
        '[nếu: giám hộ đương nhiên mà có nhiều người cùng đủ điều kiện làm giám hộ] Văn bản thỏa thuận cử một người làm giám hộ đương nhiên',
        '[nếu: giám hộ đương nhiên] Giấy tờ chứng minh điều kiện của người giám hộ đương nhiên',
        AUTH, ID]),
    '1.004859': ('ARTICLE', 'Luật Hộ tịch 60/2014/QH13 Điều 28; Nghị định 123/2015/NĐ-CP Điều 7 (thay đổi, cải chính, bổ sung hộ tịch); ' + HO_TICH, [
        'Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch theo mẫu',
        'Giấy tờ liên quan làm căn cứ cho việc thay đổi, cải chính, bổ sung thông tin hộ tịch',
        '[nếu: thay đổi họ, chữ đệm, tên của người từ đủ 09 tuổi trở lên] Văn bản đồng ý của người được thay đổi',
        AUTH, ID]),
    '2.001255': ('ARTICLE', 'Luật Nuôi con nuôi 52/2010/QH12; Nghị định 19/2011/NĐ-CP (đăng ký lại việc nuôi con nuôi trong nước)', [
        'Tờ khai đăng ký lại việc nuôi con nuôi theo mẫu',
        '[nếu: còn giữ] [bản sao] Bản sao giấy tờ, tài liệu chứng minh việc nuôi con nuôi đã được đăng ký trước đây',
        AUTH, ID]),
    '2.000930': ('ARTICLE', 'Luật Hòa giải ở cơ sở 35/2013/QH13 (thôi làm hòa giải viên); Nghị định 15/2014/NĐ-CP', [
        'Văn bản đề nghị thôi làm hòa giải viên của Trưởng ban công tác Mặt trận (phối hợp với tổ trưởng tổ hòa giải)',
        '[nếu: hòa giải viên tự nguyện xin thôi] Đơn xin thôi làm hòa giải viên',
        '[nếu: thôi vì vi phạm nguyên tắc hoạt động hòa giải hoặc không còn đáp ứng tiêu chuẩn] Văn bản, tài liệu chứng minh căn cứ thôi làm hòa giải viên']),
    '2.000950': ('ARTICLE', 'Luật Hòa giải ở cơ sở 35/2013/QH13 (tổ trưởng tổ hòa giải); Nghị định 15/2014/NĐ-CP', [
        'Văn bản đề nghị công nhận tổ trưởng tổ hòa giải của Trưởng ban công tác Mặt trận',
        'Biên bản kết quả bầu tổ trưởng tổ hòa giải']),
    '1.012085': ('ARTICLE', 'Luật Phòng, chống bạo lực gia đình 13/2022/QH15; Nghị định 76/2023/NĐ-CP (hủy bỏ quyết định cấm tiếp xúc)', [
        'Đơn đề nghị hủy bỏ quyết định cấm tiếp xúc của người bị bạo lực gia đình hoặc người giám hộ, người đại diện theo pháp luật của họ',
        '[nếu: người đề nghị là người giám hộ hoặc người đại diện theo pháp luật] Giấy tờ chứng minh tư cách người giám hộ, người đại diện',
        ID]),
    '1.013792': ('ARTICLE', 'Nghị định 147/2024/NĐ-CP (điểm cung cấp dịch vụ trò chơi điện tử công cộng)', [
        'Đơn đề nghị cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo mẫu',
        '[bản sao] Bản sao Giấy chứng nhận đăng ký doanh nghiệp hoặc Giấy chứng nhận đăng ký hộ kinh doanh có ngành nghề kinh doanh dịch vụ trò chơi điện tử công cộng',
        ID]),
    '1.013793': ('ARTICLE', 'Nghị định 147/2024/NĐ-CP (sửa đổi, bổ sung giấy chứng nhận đủ điều kiện điểm trò chơi điện tử công cộng)', [
        'Đơn đề nghị sửa đổi, bổ sung giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo mẫu',
        '[nếu: thay đổi thông tin trên Giấy chứng nhận đăng ký doanh nghiệp, hộ kinh doanh] [bản sao] Bản sao giấy tờ chứng minh nội dung thay đổi',
        ID]),
    '1.013794': ('ARTICLE', 'Nghị định 147/2024/NĐ-CP (gia hạn giấy chứng nhận đủ điều kiện điểm trò chơi điện tử công cộng)', [
        'Đơn đề nghị gia hạn giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng theo mẫu',
        ID]),
    '1.014156': ('ARTICLE', 'Luật Quy hoạch đô thị và nông thôn 47/2024/QH15 (nhiệm vụ quy hoạch do nhà đầu tư tổ chức lập)', [
        'Tờ trình đề nghị phê duyệt nhiệm vụ quy hoạch (hoặc nhiệm vụ điều chỉnh quy hoạch)',
        'Thuyết minh nhiệm vụ quy hoạch và bản vẽ kèm theo',
        'Dự thảo quyết định phê duyệt nhiệm vụ quy hoạch',
        'Báo cáo tổng hợp, tiếp thu, giải trình ý kiến của cơ quan, tổ chức, cộng đồng dân cư có liên quan',
        '[bản sao] Văn bản lựa chọn nhà đầu tư thực hiện dự án đầu tư']),
    '2.001217': ('ARTICLE', 'Nghị định 48/2019/NĐ-CP (phương tiện và vùng hoạt động vui chơi, giải trí dưới nước)', [
        'Văn bản đề nghị đóng, không cho phép hoạt động tại vùng nước, nêu lý do và phạm vi vùng nước',
        '[nếu: có] Sơ đồ vị trí vùng nước đã được đánh dấu bằng phao hoặc cờ hiệu']),
    '2.001212': ('ARTICLE', 'Nghị định 48/2019/NĐ-CP (đăng ký phương tiện vui chơi, giải trí dưới nước)', [
        'Đơn đề nghị cấp lại Giấy chứng nhận đăng ký phương tiện theo mẫu',
        '[nếu: Giấy chứng nhận bị hỏng] Giấy chứng nhận đăng ký phương tiện đã cấp',
        ID]),
}
