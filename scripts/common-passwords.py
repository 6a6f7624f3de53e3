#!/usr/bin/env python3
"""Writes src/main/resources/identity/common-passwords.txt: passwords an officer may not choose (NIST 800-63B 5.1.1.2,
OWASP ASVS 2.1.7). Well-known leaked favourites, keyboard walks, digit runs, and the Vietnamese ones (words, names and
the installation's own words) with the endings people add. Only passwords of 8 characters or more are kept: shorter
ones are refused by the length rule anyway. Run again after editing the lists; the output is sorted and unique."""
import itertools
import pathlib

WELL_KNOWN = """password password1 password12 password123 passw0rd p@ssw0rd p@ssword pa55word 12345678 123456789
1234567890 0123456789 87654321 987654321 9876543210 11111111 111111111 1111111111 00000000 000000000 22222222
66666666 88888888 99999999 12341234 11223344 12121212 123123123 123321123 1234512345 12344321 147258369 123654789
159753456 qwertyui qwertyuiop qwerty123 qwerty12 qwerty1234 1q2w3e4r 1q2w3e4r5t 1qaz2wsx zaq12wsx qazwsxedc
asdfghjk asdfghjkl zxcvbnm1 zxcvbnm123 asdf1234 qwer1234 abcd1234 abc12345 abc123456 a1b2c3d4 aa123456 iloveyou
iloveyou1 sunshine princess football baseball welcome welcome1 welcome123 superman trustno1 letmein1 master123
dragon123 monkey123 shadow123 starwars computer internet michael jennifer charlie1 whatever freedom1 changeme
changeme123 administrator admin123 admin1234 admin12345 adminadmin root1234 rootroot default1 secret123
testtest test1234 test12345 guest123 user1234 login123 access123 1234qwer q1w2e3r4 q1w2e3r4t5 google123
facebook samsung123 abcdefgh abcdefg1 123abc123 letmein123 hello123 hello1234 loveyou1 lovelove 12345qwert""".split()

VIETNAMESE_WORDS = """matkhau matkhaumoi matkhaucuatoi anhyeuem emyeuanh yeuem yeuanh toiyeuem yeuemnhieu anhyeuemnhieu
iloveu yeuthuong tinhyeu tinhyeuoi conyeu vietnam vietnamvodich hanoi saigon hochiminh danang haiphong thanhhoa
nghean hue cantho quantri quantrivien canbo congchuc motcua motcuaxa ubnd ubndxa uybannhandan xaphuong hanhchinh
matma dangnhap taikhoan khongbiet khongco xinchao chaoban baomat bimat hoilamgi thangbom conmeo concho hoahong
hoamai hoadao muathu muaxuan bienxanh trangsang viettel vinaphone mobifone""".split()

FAMILY = """nguyen tran le pham hoang huynh phan vu vo dang bui do ho ngo duong ly""".split()
GIVEN = """anh linh huong trang lan hoa mai hung dung tuan minh nam long thanh huy duc quang hai ha thao ngoc phuong
thuy hang hien hanh hoang khanh kien lam loan nga nhung oanh quynh son tam thu tien trung tu van vy yen""".split()

ENDINGS = ["", "1", "12", "123", "1234", "12345", "123456", "@123", "123@", "!", "@", "2024", "2025", "2026", "2027",
           "@2025", "@2026", "1!", "123!", "01", "99", "88", "68", "86"]


def main():
    words = set()
    words.update(WELL_KNOWN)
    for base in VIETNAMESE_WORDS + ["admin", "quantri", "canbo", "motcua", "password", "matkhau"]:
        for ending in ENDINGS:
            words.add(base + ending)
    for family, given in itertools.product(FAMILY, GIVEN):
        for ending in ["", "123", "1234", "12345", "123456", "@123"]:
            words.add(family + given + ending)
            words.add(given + family + ending)
    for given in GIVEN:
        for ending in ["123456", "1234567", "12345678", "@123456"] + [str(year) for year in range(1960, 2011)]:
            words.add(given + ending)
    for digit in "0123456789":
        for length in range(8, 13):
            words.add(digit * length)
    for year in range(1950, 2031):
        words.add(f"{year}{year}")
        words.add(f"abc{year}")
        words.add(f"admin{year}")
    kept = sorted(w.lower() for w in words if len(w) >= 8)
    target = pathlib.Path(__file__).resolve().parent.parent / "src/main/resources/identity/common-passwords.txt"
    target.write_text("\n".join(kept) + "\n", encoding="utf-8")
    print(len(kept), "passwords written to", target)


main()
