/**
 * The {@code audioop} module: operations on raw sound fragments (signed linear samples of 1, 2,
 * 3 or 4 bytes, little-endian as on the machines CPython runs on), u-law, A-law and Intel/DVI
 * ADPCM codecs, and frame-rate conversion, as {@code wave}, {@code aifc} and {@code sunau} use
 * them.
 *
 * <p>CPython counterpart: Modules/audioop.c.
 */
package dev.krait.modules.audioop;
