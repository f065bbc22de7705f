# Round trips of mixed-script text through every CJK codec Krait has, with the byte forms.
import codecs

SAMPLES = {
    "ja": "日本語のテキスト：カタカナ、ひらがな、漢字。ｶﾀｶﾅ ①②③ ＡＢＣ",
    "ko": "한국어 텍스트입니다. 똠방각하 펲 KS X 1001",
    "zh": "简体中文与繁體中文，标点符号。",
    "tw": "繁體中文測試，臺灣。",
}
CODECS = {
    "ja": ["shift_jis", "cp932", "euc_jp", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
           "iso2022_jp_ext"],
    "ko": ["euc_kr", "cp949", "johab", "iso2022_kr", "iso2022_jp_2"],
    "zh": ["gb2312", "gbk", "gb18030", "hz"],
    "tw": ["big5", "cp950", "gb18030"],
}

for lang, text in SAMPLES.items():
    for name in CODECS[lang]:
        try:
            data = text.encode(name)
        except UnicodeEncodeError as e:
            print(name, "cannot encode", repr(e.object[e.start:e.end]), e.start, e.reason)
            data = text.encode(name, "replace")
        back = data.decode(name, "replace")
        print(lang, name, len(data), data[:24].hex(), back == text)
        print("   ", codecs.lookup(name).name, back[:12])

# gb18030 covers all of Unicode, four bytes outside the two-byte table.
for ch in "\x80é€\u0800\uffff\U00010000\U0010ffff\U0002a6d6":
    b = ch.encode("gb18030")
    print(hex(ord(ch)), b.hex(), b.decode("gb18030") == ch)

# euc_kr spells the CP949-only syllables as KS X 1001:1998 make-up sequences.
for ch in "똠펲각":
    b = ch.encode("euc_kr")
    print(ch, b.hex(), b.decode("euc_kr") == ch, ch.encode("cp949").hex())
