/**
 * The {@code _csv} native module: the CSV reader's parsing state machine, the writer's quoting
 * rules, dialects and their registry — what {@code csv.reader}, {@code csv.writer},
 * {@code DictReader}, {@code DictWriter} and {@code Sniffer} are built on.
 *
 * <p>CPython counterpart: Modules/_csv.c.
 */
package dev.krait.modules.csv;
