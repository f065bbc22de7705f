/**
 * The static compatibility site (issue 7, {@code bin/compat-site}): pages rendered from
 * {@link dev.krait.compat.Dashboard} with jte templates ({@code src/main/jte}, precompiled at build
 * time), SVG charts drawn by {@link dev.krait.site.Svg}, and a little vanilla JavaScript for
 * sorting and filtering. Everything is written into one folder whose {@code index.html} opens
 * from the file system: no server, no external network.
 *
 * <p>CPython counterpart: none (CPython's buildbot pages play this part for CPython).
 */
package dev.krait.site;
