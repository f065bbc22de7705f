/**
 * The {@code binascii} native module: hex, base64 and uuencode conversions and the CRC-32 and
 * CRC-CCITT checksums that {@code base64}, {@code zipfile}, {@code uu} and the codecs of
 * {@code encodings} use.
 *
 * <p>CPython counterpart: Modules/binascii.c.
 */
package dev.krait.modules.binascii;
