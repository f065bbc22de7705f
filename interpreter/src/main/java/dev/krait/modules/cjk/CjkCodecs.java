package dev.krait.modules.cjk;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Which codecs each {@code _codecs_*} module offers, and the one instance of each per JVM (its
 * tables are immutable once built, so interpreters share them). A codec that CPython's module
 * has but Krait cannot yet reproduce exactly is simply absent: getcodec raises LookupError and
 * the encoding stays unknown, rather than answering differently from CPython.
 *
 * <p>CPython counterpart: the BEGIN_CODECS_LIST tables of Modules/cjkcodecs/_codecs_*.c.
 */
final class CjkCodecs {
    private CjkCodecs() {}

    /** The ISO-2022-JP family's flags: no SO/SI, and the JIS X 0208-1990 prefix ESC & @. */
    private static final int JP = Iso2022Codec.NO_SHIFT | Iso2022Codec.USE_JISX0208_EXT;

    private static final Map<String, Supplier<CjkCodec>> FACTORIES = new HashMap<>();
    private static final Map<String, CjkCodec> MADE = new HashMap<>();

    private static void add(String module, String name, Supplier<CjkCodec> factory) {
        FACTORIES.put(module + ":" + name, factory);
    }

    static {
        add("jp", "shift_jis", () -> new TableCodec(JapaneseTables.shiftJis()));
        add("jp", "cp932", () -> new TableCodec(JapaneseTables.cp932()));
        add("jp", "euc_jp", () -> new TableCodec(JapaneseTables.eucJp()));
        add("jp", "euc_jis_2004", () -> jisx0213("euc_jis_2004", true, false));
        add("jp", "euc_jisx0213", () -> jisx0213("euc_jisx0213", true, true));
        add("jp", "shift_jis_2004", () -> jisx0213("shift_jis_2004", false, false));
        add("jp", "shift_jisx0213", () -> jisx0213("shift_jisx0213", false, true));
        add("kr", "euc_kr", () -> new EucKrCodec(KoreanTables.eucKr()));
        add("kr", "cp949", () -> new TableCodec(KoreanTables.cp949()));
        add("kr", "johab", () -> new TableCodec(KoreanTables.johab()));
        add("cn", "gb2312", () -> new TableCodec(ChineseTables.gb2312()));
        add("cn", "gbk", () -> new TableCodec(ChineseTables.gbk()));
        add("cn", "gb18030", () -> new Gb18030Codec(ChineseTables.gb18030()));
        add("cn", "hz", () -> new HzCodec((TableCodec) find("cn", "gb2312")));
        add("iso2022", "iso2022_kr", () -> new Iso2022Codec("iso2022_kr", 0, ksx1001(1)));
        add("iso2022", "iso2022_jp", () -> new Iso2022Codec("iso2022_jp", JP, jisx0208(),
                new Iso2022Charsets.Jisx0201Roman(), jisx0208Old()));
        add("iso2022", "iso2022_jp_1", () -> new Iso2022Codec("iso2022_jp_1", JP, jisx0208(),
                jisx0212(), new Iso2022Charsets.Jisx0201Roman(), jisx0208Old()));
        add("iso2022", "iso2022_jp_2", () -> new Iso2022Codec("iso2022_jp_2",
                JP | Iso2022Codec.USE_G2, jisx0208(), jisx0212(), ksx1001(0),
                new Iso2022Charsets.Euc(Iso2022Charsets.GB2312, 0, "cn", "gb2312", false),
                new Iso2022Charsets.Jisx0201Roman(), jisx0208Old(),
                new Iso2022Charsets.G2Only(Iso2022Charsets.ISO8859_1),
                new Iso2022Charsets.G2Only(Iso2022Charsets.ISO8859_7)));
        add("iso2022", "iso2022_jp_ext", () -> new Iso2022Codec("iso2022_jp_ext", JP,
                jisx0208(), jisx0212(), new Iso2022Charsets.Jisx0201Roman(),
                new Iso2022Charsets.Jisx0201Katakana(), jisx0208Old()));
        add("iso2022", "iso2022_jp_2004", () -> iso2022Jisx0213("iso2022_jp_2004",
                Iso2022Charsets.JISX0213_2004_1, false));
        add("iso2022", "iso2022_jp_3", () -> iso2022Jisx0213("iso2022_jp_3",
                Iso2022Charsets.JISX0213_2000_1, true));
        add("hk", "big5hkscs", () -> new Big5HkscsCodec((TableCodec) find("tw", "big5")));
        add("tw", "big5", () -> new TableCodec(ChineseTables.big5()));
        add("tw", "cp950", () -> new TableCodec(ChineseTables.cp950()));
    }

    private static CjkCodec jisx0213(String name, boolean euc, boolean edition2000) {
        return new Jisx0213Codec(name, euc, edition2000, (TableCodec) find("jp", "euc_jp"));
    }

    /** iso2022_jp_2004 or _3: JIS X 0213 pairs, JIS X 0208, then JIS X 0213's two planes. */
    private static CjkCodec iso2022Jisx0213(String name, int plane1, boolean edition2000) {
        Jisx0213Codec common = new Jisx0213Codec(name, true, edition2000,
                (TableCodec) find("jp", "euc_jp"));
        return new Iso2022Codec(name, JP,
                new Iso2022Charsets.Jisx0213(plane1, Iso2022Charsets.Jisx0213.PAIR_ONLY, common),
                jisx0208(),
                new Iso2022Charsets.Jisx0213(plane1, Iso2022Charsets.Jisx0213.PLANE1, common),
                new Iso2022Charsets.Jisx0213(Iso2022Charsets.JISX0213_2,
                        Iso2022Charsets.Jisx0213.PLANE2, common));
    }

    private static Iso2022Charsets.Designation jisx0208() {
        return new Iso2022Charsets.Euc(Iso2022Charsets.JISX0208, 0, "jp", "euc_jp", false);
    }

    private static Iso2022Charsets.Designation jisx0208Old() {
        return new Iso2022Charsets.Euc(Iso2022Charsets.JISX0208_O, 0, "jp", "euc_jp", false);
    }

    private static Iso2022Charsets.Designation jisx0212() {
        return new Iso2022Charsets.Euc(Iso2022Charsets.JISX0212, 0, "jp", "euc_jp", true);
    }

    private static Iso2022Charsets.Designation ksx1001(int plane) {
        return new Iso2022Charsets.Euc(Iso2022Charsets.KSX1001, plane, "kr", "euc_kr", false);
    }

    /** The codec {@code name} of module {@code _codecs_<module>}, or null. */
    static CjkCodec find(String module, String name) {
        String key = module + ":" + name;
        synchronized (MADE) {
            CjkCodec c = MADE.get(key);
            if (c == null) {
                Supplier<CjkCodec> f = FACTORIES.get(key);
                if (f == null) {
                    return null;
                }
                c = f.get();
                MADE.put(key, c);
            }
            return c;
        }
    }
}
