/**
 * The {@code ossaudiodev} module: the Open Sound System's audio ({@code /dev/dsp}) and mixer
 * ({@code /dev/mixer}) devices, driven by {@code ioctl} through the FFM API.
 *
 * <p>CPython counterpart: Modules/ossaudiodev.c.
 */
package dev.krait.modules.ossaudiodev;
