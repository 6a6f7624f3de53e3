-- GET /public/thu-tuc?q=...; MIX=common: the queries of CatalogueSearchLoad (and random codes 9.000000-9.000999);
-- MIX=random: 2 or 3 random words of a 60-word vocabulary (without diacritics, as typed on a basic phone).
local common = { "dang+ky+khai+sinh", "khai+sinh", "1.001193", "cap+lai+giay+phep",
  "ch%E1%BB%A9ng+th%E1%BB%B1c+h%E1%BB%A3p+%C4%91%E1%BB%93ng", "xac+nhan+tinh+trang+hon+nhan", "ho+kinh+doanh",
  "nguoi+co+cong", "ket+hon+luu+dong", "thuy+loi", "gia+han", "tro+choi+dien+tu", "%C4%91%E1%BA%A5t", "CODE",
  "huy+bo+hop+dong+chuyen+nhuong" }
local words = { "dang", "ky", "cap", "lai", "gia", "han", "dieu", "chinh", "xac", "nhan", "thu", "hoi", "cong",
  "chung", "thuc", "ho", "tro", "tham", "dinh", "phe", "duyet", "sua", "doi", "bo", "sung", "huy", "giay", "phep",
  "kinh", "doanh", "khai", "sinh", "ket", "hon", "quyen", "su", "dung", "dat", "xa", "hoi", "hang", "thang", "hop",
  "dong", "tinh", "trang", "nhan", "van", "hoa", "thon", "the", "thao", "thuy", "loi", "nuoc", "ngoai", "luu",
  "bien", "gioi", "mat" }
local mix = os.getenv("MIX") or "common"
request = function()
  local q
  if mix == "random" then
    q = words[math.random(#words)] .. "+" .. words[math.random(#words)]
    if math.random(2) == 1 then q = q .. "+" .. words[math.random(#words)] end
  else
    q = common[math.random(#common)]
    if q == "CODE" then q = string.format("9.%06d", math.random(0, 999)) end
  end
  return wrk.format("GET", "/public/thu-tuc?q=" .. q, {["Accept-Encoding"] = "gzip"})
end
dofile((debug.getinfo(1, "S").source:match("^@(.*/)") or "./") .. "percentiles.lua")
