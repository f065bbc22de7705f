/**
 * The {@code syslog} module: messages to the system logger through the C library's
 * {@code openlog}/{@code syslog}/{@code closelog}.
 *
 * <p>CPython counterpart: Modules/syslogmodule.c.
 */
package dev.krait.modules.syslog;
