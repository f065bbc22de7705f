# colorsys: conversions between RGB and HLS, HSV and YIQ over a palette.
import colorsys

palette = [(1, 0, 0), (0, 1, 0), (0, 0, 1), (1, 1, 0), (0.5, 0.5, 0.5), (0.2, 0.4, 0.6), (1, 1, 1), (0, 0, 0)]
for rgb in palette:
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    yiq = colorsys.rgb_to_yiq(*rgb)
    print(rgb, [round(v, 6) for v in hls], [round(v, 6) for v in hsv], [round(v, 6) for v in yiq])
    print([round(v, 6) for v in colorsys.hls_to_rgb(*hls)], [round(v, 6) for v in colorsys.hsv_to_rgb(*hsv)],
          [round(v, 6) for v in colorsys.yiq_to_rgb(*yiq)])
