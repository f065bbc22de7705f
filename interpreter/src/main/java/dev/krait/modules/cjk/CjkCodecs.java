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

    private static final Map<String, Supplier<CjkCodec>> FACTORIES = new HashMap<>();
    private static final Map<String, CjkCodec> MADE = new HashMap<>();

    private static void add(String module, String name, Supplier<CjkCodec> factory) {
        FACTORIES.put(module + ":" + name, factory);
    }

    static {
        add("jp", "shift_jis", () -> new TableCodec(JapaneseTables.shiftJis()));
        add("jp", "cp932", () -> new TableCodec(JapaneseTables.cp932()));
        add("jp", "euc_jp", () -> new TableCodec(JapaneseTables.eucJp()));
        add("kr", "euc_kr", () -> new EucKrCodec(KoreanTables.eucKr()));
        add("kr", "cp949", () -> new TableCodec(KoreanTables.cp949()));
        add("kr", "johab", () -> new TableCodec(KoreanTables.johab()));
        add("cn", "gb2312", () -> new TableCodec(ChineseTables.gb2312()));
        add("cn", "gbk", () -> new TableCodec(ChineseTables.gbk()));
        add("cn", "gb18030", () -> new Gb18030Codec(ChineseTables.gb18030()));
        add("tw", "big5", () -> new TableCodec(ChineseTables.big5()));
        add("tw", "cp950", () -> new TableCodec(ChineseTables.cp950()));
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
