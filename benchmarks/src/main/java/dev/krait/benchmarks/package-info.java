/**
 * The benchmark runner: times each program of {@code benchmarks/programs} on CPython and on Krait
 * (and on any other interpreter named), in alternation, checks that every interpreter prints
 * CPython's checksum, and reports medians, spreads and ratios as a table and as JSON. Started by
 * the {@code benchmarks/run} script; {@link dev.krait.benchmarks.Runner} is the entry point.
 *
 * <p>CPython counterpart: none in CPython itself; pyperformance plays this part for CPython. The
 * subpackage {@code jmh} holds JMH microbenchmarks of Krait's own hot paths.
 */
package dev.krait.benchmarks;
